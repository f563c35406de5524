import QingdanLSP
import Testing

@Suite struct PositionEncodingTests {
    // 「務」 is 3 UTF-8 bytes and 1 UTF-16 unit; 😀 and 𠀀 are 4 bytes and 2 units.
    let text = "name: 某某村便民服務站\r\nkind: 😀𠀀x\nlast"

    @Test func bytesToUTF16Positions() {
        let index = LineIndex(bytes: Array(text.utf8))
        #expect(index.position(ofByte: "name: ".utf8.count) == Position(line: 0, character: 6))
        let serviceStation = "name: 某某村便民服".utf8.count
        #expect(index.position(ofByte: serviceStation) == Position(line: 0, character: 12))
        let secondLine = "name: 某某村便民服務站\r\n".utf8.count
        #expect(index.position(ofByte: secondLine) == Position(line: 1, character: 0))
        #expect(index.position(ofByte: secondLine + "kind: 😀".utf8.count) == Position(line: 1, character: 8))
        #expect(index.position(ofByte: secondLine + "kind: 😀𠀀".utf8.count) == Position(line: 1, character: 10))
        // The CR of CR LF is not part of the line.
        #expect(index.position(ofByte: secondLine - 1) == Position(line: 0, character: 14))
        #expect(index.position(ofByte: Array(text.utf8).count) == Position(line: 2, character: 4))
    }

    @Test func utf16PositionsToBytes() {
        let index = LineIndex(bytes: Array(text.utf8))
        let secondLine = "name: 某某村便民服務站\r\n".utf8.count
        #expect(index.byteOffset(of: Position(line: 1, character: 8)) == secondLine + "kind: 😀".utf8.count)
        // Half a surrogate pair is the character's start.
        #expect(index.byteOffset(of: Position(line: 1, character: 7)) == secondLine + "kind: ".utf8.count)
        // Past the end of a line: the line's end, before its break.
        #expect(index.byteOffset(of: Position(line: 0, character: 99)) == "name: 某某村便民服務站".utf8.count)
        #expect(index.byteOffset(of: Position(line: 9, character: 0)) == Array(text.utf8).count)
    }

    @Test func everyCharacterBoundaryRoundTrips() {
        for encoding in PositionEncoding.allCases {
            let index = LineIndex(bytes: Array(text.utf8), encoding: encoding)
            var offset = 0
            for scalar in text.unicodeScalars {
                if scalar != "\n" && scalar != "\r" {
                    #expect(index.byteOffset(of: index.position(ofByte: offset)) == offset, "\(encoding) \(offset)")
                }
                offset += String(scalar).utf8.count
            }
        }
    }

    @Test func utf8AndUTF32Units() {
        let utf8 = LineIndex(bytes: Array("a務😀b".utf8), encoding: .utf8)
        #expect(utf8.position(ofByte: 8) == Position(line: 0, character: 8))
        let utf32 = LineIndex(bytes: Array("a務😀b".utf8), encoding: .utf32)
        #expect(utf32.position(ofByte: 8) == Position(line: 0, character: 3))
    }

    @Test func fileURIs() {
        #expect(FileURI.path(of: "file:///tmp/%E6%9D%91/a%20b.yaml") == "/tmp/村/a b.yaml")
        #expect(FileURI.from(path: "/tmp/村/a b.yaml") == "file:///tmp/%E6%9D%91/a%20b.yaml")
        #expect(FileURI.path(of: "untitled:Untitled-1") == nil)
    }

    @Test func ruleAnchorsFollowMarkdownHeadings() {
        #expect(
            RuleDocumentation.anchor(heading: "CN-CERT-BANNED: 不得出具民政部清单列明的 20 项证明")
                == "cn-cert-banned-不得出具民政部清单列明的-20-项证明")
        #expect(RuleDocumentation.anchor(heading: "A-B: 外部标牌（竖写）、横写") == "a-b-外部标牌竖写横写")
    }
}

@Suite struct FramingTests {
    func framed(_ json: String) -> [UInt8] { MessageFramer.frame(Array(json.utf8)) }

    @Test func messagesArrivingByteByByte() {
        let bytes = framed(#"{"a":"村委会"}"#) + framed(#"{"b":2}"#)
        var framer = MessageFramer()
        var frames: [MessageFramer.Frame] = []
        for byte in bytes {
            framer.append([byte])
            while let frame = framer.next() { frames.append(frame) }
        }
        #expect(frames == [.message(Array(#"{"a":"村委会"}"#.utf8)), .message(Array(#"{"b":2}"#.utf8))])
    }

    @Test func severalMessagesInOneRead() {
        var framer = MessageFramer()
        framer.append(framed("{}") + Array("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n".utf8))
        #expect(framer.next() == .message(Array("{}".utf8)))
        #expect(framer.next() == nil)
        framer.append(Array("Content-Length: 2\r\n\r\n[]".utf8))
        #expect(framer.next() == .message(Array("[]".utf8)))
    }

    @Test func aBadHeaderIsReportedAndSkipped() {
        var framer = MessageFramer()
        framer.append(Array("Content-Lenght: 2\r\n\r\n".utf8) + framed("{}"))
        guard case .badHeader = framer.next() else {
            Issue.record("a header without Content-Length was accepted")
            return
        }
        #expect(framer.next() == .message(Array("{}".utf8)))
        framer.append(Array("Content-Length: -1\r\n\r\n".utf8))
        guard case .badHeader = framer.next() else {
            Issue.record("a negative length was accepted")
            return
        }
    }

    /// A message framed too long or too short costs only itself: the next header is found again
    /// (a raw `Content-Length: N` line never stands inside a JSON text).
    @Test func aWronglyFramedMessageDoesNotDesynchroniseTheStream() {
        let next = framed(#"{"id":1,"text":"Content-Length: 9"}"#)
        for bad in ["Content-Length: 5\r\n\r\n{}", "Content-Length: -5\r\n\r\n{}", "Content-Length: 1\r\n\r\n{}"] {
            var framer = MessageFramer()
            framer.append(Array(bad.utf8) + next)
            var frames: [MessageFramer.Frame] = []
            while let frame = framer.next() { frames.append(frame) }
            #expect(frames.last == .message(Array(#"{"id":1,"text":"Content-Length: 9"}"#.utf8)), "\(bad): \(frames)")
        }
        // Split across reads, byte by byte, the same.
        var framer = MessageFramer()
        var frames: [MessageFramer.Frame] = []
        for byte in Array("Content-Length: 40\r\n\r\n{}".utf8) + next {
            framer.append([byte])
            while let frame = framer.next() { frames.append(frame) }
        }
        #expect(frames == [.message(Array("{}".utf8)), .message(Array(#"{"id":1,"text":"Content-Length: 9"}"#.utf8))])
    }

    @Test func jsonRoundTripsCJKAstralAndControlCharacters() throws {
        let text = "某某村便民服務站 😀𠀀 \u{1B}[31m\t\"\\\u{0}\u{2028}"
        let value = JSONValue.object(["text": .string(text), "n": .int(-12), "ok": .bool(true), "none": .null])
        let parsed = try JSONValue.parse(value.serialized)
        #expect(parsed == value)
        #expect(!value.serialized.contains(0x1B))
        #expect(try JSONValue.parse(Array(#"{"s":"\ud840\udc00"}"#.utf8))["s"]?.stringValue == "𠀀")
        // A document saved with a byte order mark arrives with the mark in a string.
        #expect(
            try JSONValue.parse(Array("{\"text\":\"\u{FEFF}qingdan: 1\"}".utf8))["text"]
                == .string("\u{FEFF}qingdan: 1"))
    }
}
