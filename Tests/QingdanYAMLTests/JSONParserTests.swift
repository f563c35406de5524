import Foundation
import Testing

@testable import QingdanYAML

private func parse(_ text: String, limits: ParseLimits = .default) throws(YAMLProblem) -> YAMLTree {
    try JSONParser.parse(SourceFile(path: "t.json", text: text), limits: limits)
}

private func problem(_ bytes: [UInt8], limits: ParseLimits = .default) -> YAMLProblem? {
    do {
        _ = try JSONParser.parse(SourceFile(path: "t.json", bytes: bytes), limits: limits)
        return nil
    } catch {
        return error
    }
}

private func problem(_ text: String, limits: ParseLimits = .default) -> YAMLProblem? {
    problem(Array(text.utf8), limits: limits)
}

/// A JSON syntax error: the text, what the message names, and where (line, column).
struct JSONSyntaxCase: CustomTestStringConvertible, Sendable {
    let text: String
    let message: String
    let line: Int
    let column: Int
    var testDescription: String { text }
}

/// Every node of a tree in document order: kind, style, text, start and end.
private func nodes(_ tree: YAMLTree) -> [String] {
    (0..<tree.nodeCount).map { index in
        let node = YAMLNode(tree: tree, id: Int32(index))
        return
            "\(node.kind) \(node.style) \(node.text ?? "-") \(node.location) \(node.endLocation) \(node.location.offset) \(node.count)"
    }
}

@Suite struct JSONParserTests {
    @Test func surrogatePairEscapesDecodeToTheCharacter() throws {
        // json.dumps("𠀀村", ensure_ascii=True), a CJK Extension B character.
        let tree = try parse(#"{"name": "\ud840\udc00\u6751", "upper": "\uD840\uDC00"}"#)
        #expect(tree.root["name"]?.text == "\u{20000}村")
        #expect(tree.root["upper"]?.text == "\u{20000}")
    }

    @Test func escapesDecode() throws {
        let tree = try parse(#"["\"\\\/\b\f\n\r\t", "\u0041\u00e9\u4E2D", "\u0000"]"#)
        #expect(tree.root.items[0].text == "\"\\/\u{8}\u{C}\n\r\t")
        #expect(tree.root.items[1].text == "Aé中")
        #expect(tree.root.items[2].text == "\u{0}")
    }

    @Test func locatesEveryNodeInUnicodeScalars() throws {
        let text = "{\n  \"region\": {\"name\": \"重庆市渝北区\", \"code\": \"500112\"},\n  \"lists\": [1, 𠀀]\n}"
        let tree = try parse(text.replacing("𠀀", with: "\"\u{20000}\""))
        let name = try #require(tree.root["region"]?["name"])
        #expect(name.location.line == 2)
        #expect(name.location.column == 22)
        #expect(name.location.offset == Array("{\n  \"region\": {\"name\": ".utf8).count)
        let code = try #require(tree.root["region"]?.pair(forKey: "code"))
        // Six CJK characters count one column each.
        #expect(code.key.location.column == 32)
        #expect(code.value.location.column == 40)
        #expect(code.value.endLocation.column == 48)
        let lists = try #require(tree.root["lists"])
        #expect(lists.location.line == 3)
        #expect(lists.location.column == 12)
        #expect(lists.items[1].location.column == 16)
        #expect(lists.endLocation.column == 20)
        #expect(tree.root.endLocation.line == 4)
        #expect(tree.root.endLocation.column == 2)
        #expect(name.sourceText == "\"重庆市渝北区\"")
    }

    @Test func acceptsByteOrderMarkAndCRLF() throws {
        let tree = try JSONParser.parse(
            SourceFile(
                path: "bom.json", bytes: [0xEF, 0xBB, 0xBF] + Array("{\"a\": \"中文\",\r\n\"b\": 1,\r\"c\": 2}".utf8)))
        let b = try #require(tree.root.pair(forKey: "b"))
        #expect(b.key.location.line == 2)
        #expect(b.key.location.column == 1)
        #expect(b.key.location.offset == 3 + Array("{\"a\": \"中文\",\r\n".utf8).count)
        let c = try #require(tree.root.pair(forKey: "c"))
        #expect(c.key.location.line == 3)
        #expect(c.key.location.column == 1)
        #expect(tree.root["a"]?.text == "中文")
    }

    /// Where libyaml reads a JSON document the same way (no surrogate pairs), both parsers build
    /// the same tree: same nodes, styles, texts and places.
    @Test(arguments: [
        #"{"qingdan": 1, "region": {"code": "500112", "name": "重庆市渝北区", "level": "county"}}"#,
        "{\n  \"a\": [1, -2.5e3, true, false, null],\n  \"b\": {},\n  \"c\": [],\n  \"d\": \"x\\ty\"\n}\n",
        "[\"中文\", [[\"深\"]], {\"k\": \"v\"}]",
        "\"just a string\"",
    ])
    func buildsTheTreeTheYAMLParserBuilds(text: String) throws {
        let json = try parse(text)
        let yaml = try YAMLParser.parse(SourceFile(path: "t.yaml", text: text))
        #expect(nodes(json) == nodes(yaml))
    }

    @Test func scalarsReadAsYAMLScalarsDo() throws {
        let tree = try parse(#"{"n": 860, "s": "860", "f": -0.5e-2, "t": true, "z": null, "e": ""}"#)
        #expect(tree.root["n"]?.integer == 860)
        #expect(tree.root["n"]?.style == .plain)
        #expect(tree.root["s"]?.integer == nil)
        #expect(tree.root["s"]?.style == .quoted)
        #expect(tree.root["f"]?.number == -0.005)
        #expect(tree.root["t"]?.boolean == true)
        #expect(tree.root["z"]?.isNull == true)
        #expect(tree.root["e"]?.isNull == false)
    }

    @Test(arguments: ["0", "-0", "12", "-12", "0.5", "1e3", "1E+3", "1.5e-3", "-0.0"])
    func acceptsJSONNumbers(number: String) throws {
        #expect(try parse("[\(number)]").root.items[0].text == number)
    }

    static let syntaxErrors: [JSONSyntaxCase] = [
        JSONSyntaxCase(text: "[1, 2,]", message: "尾随逗号", line: 1, column: 6),
        JSONSyntaxCase(text: "{\"a\": 1,\n}", message: "尾随逗号", line: 1, column: 8),
        JSONSyntaxCase(text: "{'a': 1}", message: "单引号", line: 1, column: 2),
        JSONSyntaxCase(text: "{\"a\": 'x'}", message: "单引号", line: 1, column: 7),
        JSONSyntaxCase(text: "{\n// note\n\"a\": 1}", message: "注释", line: 2, column: 1),
        JSONSyntaxCase(text: "{\"a\": 1 /* x */}", message: "注释", line: 1, column: 9),
        JSONSyntaxCase(text: "# x\n{}", message: "注释", line: 1, column: 1),
        JSONSyntaxCase(text: "{a: 1}", message: "没有加引号", line: 1, column: 2),
        JSONSyntaxCase(text: "{\"a\": 区划}", message: "「区划」没有加引号", line: 1, column: 7),
        JSONSyntaxCase(text: "[NaN]", message: "NaN", line: 1, column: 2),
        JSONSyntaxCase(text: "[-Infinity]", message: "Infinity", line: 1, column: 2),
        JSONSyntaxCase(text: "[012]", message: "前导零", line: 1, column: 2),
        JSONSyntaxCase(text: "[-01]", message: "前导零", line: 1, column: 2),
        JSONSyntaxCase(text: "[+1]", message: "+", line: 1, column: 2),
        JSONSyntaxCase(text: "[.5]", message: "小数点", line: 1, column: 2),
        JSONSyntaxCase(text: "[1.]", message: "小数点", line: 1, column: 2),
        JSONSyntaxCase(text: "[1e]", message: "指数", line: 1, column: 2),
        JSONSyntaxCase(text: "[0x1F]", message: "0x1F", line: 1, column: 2),
        JSONSyntaxCase(text: "[True]", message: "小写", line: 1, column: 2),
        JSONSyntaxCase(text: "[nul]", message: "nul", line: 1, column: 2),
        JSONSyntaxCase(text: "[\"a\tb\"]", message: "Tab", line: 1, column: 4),
        JSONSyntaxCase(text: "[\"a\nb\"]", message: "换行", line: 1, column: 4),
        JSONSyntaxCase(text: "[\"a\u{1B}b\"]", message: "0x1B", line: 1, column: 4),
        JSONSyntaxCase(text: "[\"\\ud800\"]", message: "孤立的代理项 \\uD800", line: 1, column: 3),
        JSONSyntaxCase(text: "[\"\\ud800x\"]", message: "孤立的代理项", line: 1, column: 3),
        JSONSyntaxCase(text: "[\"\\ud800\\u0041\"]", message: "孤立的代理项", line: 1, column: 3),
        JSONSyntaxCase(text: "[\"\\udc00\"]", message: "孤立的代理项 \\uDC00", line: 1, column: 3),
        JSONSyntaxCase(text: "[\"\\x\"]", message: "无效的转义", line: 1, column: 3),
        JSONSyntaxCase(text: "[\"\\u12\"]", message: "4 个十六进制数字", line: 1, column: 3),
        JSONSyntaxCase(text: "[\"abc", message: "没有闭合", line: 1, column: 2),
        JSONSyntaxCase(text: "{\"a\": [1, 2}", message: "括号不配对", line: 1, column: 12),
        JSONSyntaxCase(text: "{\"a\": [1, 2]", message: "「{」没有闭合", line: 1, column: 13),
        JSONSyntaxCase(text: "{\"a\" 1}", message: "冒号", line: 1, column: 6),
        JSONSyntaxCase(text: "{\"a\"：1}", message: "全角", line: 1, column: 5),
        JSONSyntaxCase(text: "[1，2]", message: "全角", line: 1, column: 3),
        JSONSyntaxCase(text: "[1 2]", message: "缺少逗号", line: 1, column: 4),
        JSONSyntaxCase(text: "{\"a\": }", message: "缺少值", line: 1, column: 7),
        JSONSyntaxCase(text: "[1,,2]", message: "缺少一个值", line: 1, column: 4),
        JSONSyntaxCase(text: "{} {}", message: "后面还有内容", line: 1, column: 4),
        JSONSyntaxCase(text: "[1,\u{3000}2]", message: "U+3000", line: 1, column: 4),
        JSONSyntaxCase(text: "[1]\u{0C}", message: "控制字符", line: 1, column: 4),
        JSONSyntaxCase(text: "{\"a\"", message: "冒号", line: 1, column: 5),
    ]

    @Test(arguments: syntaxErrors)
    func refusesWhatJSONDoesNotAllow(_ bad: JSONSyntaxCase) throws {
        let found = try #require(problem(bad.text))
        #expect(found.code == .syntax)
        #expect(found.message.contains(bad.message), "\(found.message)")
        #expect(found.location.line == bad.line)
        #expect(found.location.column == bad.column)
        #expect(!found.hint.isEmpty)
    }

    @Test func rawNULInAStringIsRefused() throws {
        let found = try #require(problem(Array("[\"a".utf8) + [0] + Array("\"]".utf8)))
        #expect(found.code == .syntax)
        #expect(found.message.contains("0x0"))
    }

    @Test(
        arguments: [[0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE4, 0xB8], [0xFF]] as [[UInt8]])
    func refusesInvalidUTF8(bytes: [UInt8]) throws {
        let found = try #require(problem(Array("[\"".utf8) + bytes + Array("\"]".utf8)))
        #expect(found.code == .encoding)
        #expect(found.location.column == 3)
    }

    @Test func emptyInputIsEmpty() throws {
        #expect(problem("")?.code == .empty)
        #expect(problem(" \n\t ")?.code == .empty)
        #expect(problem([0xEF, 0xBB, 0xBF])?.code == .empty)
        #expect(problem([0xFF, 0xFE, 0x7B, 0x00])?.code == .encoding)
    }

    @Test func duplicateKeysAreReportedAsYAMLReportsThem() throws {
        let found = try #require(problem("{\"region\": {\"code\": \"a\",\n \"code\": \"b\"}}"))
        #expect(found.code == .duplicateKey)
        #expect(found.location.line == 2)
        #expect(found.location.column == 2)
        #expect(found.related?.line == 1)
        #expect(found.related?.column == 13)
        #expect(found.message.contains("code"))
        // Keys compare by their decoded text.
        #expect(problem(#"{"中": 1, "\u4e2d": 2}"#)?.code == .duplicateKey)
        var large = "{"
        for index in 0..<100 { large += "\"k\(index)\": \(index), " }
        #expect(problem(large + "\"k42\": 0}")?.code == .duplicateKey)
    }

    @Test func limitsApply() throws {
        let depth = try #require(problem("[[[[1]]]]", limits: ParseLimits(maxDepth: 3)))
        #expect(depth.code == .limit)
        #expect(depth.message.contains("3 层"))
        #expect(depth.location.column == 4)
        let nodes = try #require(problem("[1, 2, 3, 4]", limits: ParseLimits(maxNodes: 3)))
        #expect(nodes.code == .limit)
        #expect(nodes.location.column == 8)
        let scalar = try #require(problem("[\"12345\"]", limits: ParseLimits(maxScalarBytes: 4)))
        #expect(scalar.code == .limit)
        #expect(scalar.location.column == 2)
        #expect(problem("[1]", limits: ParseLimits(maxFileBytes: 2))?.code == .limit)
    }

    /// No recursion: nesting far deeper than any stack allows is read when the limit lets it.
    @Test func deepNestingIsReadWithoutRecursion() throws {
        let depth = 200_000
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let tree = try parse(text, limits: ParseLimits(maxDepth: depth))
        #expect(tree.nodeCount == depth)
        #expect(problem(text)?.code == .limit)
    }

    @Test func fileNameChoosesTheParser() throws {
        #expect(SourceFile.isJSON(path: "a/b.json"))
        #expect(SourceFile.isJSON(path: "B.JSON"))
        #expect(!SourceFile.isJSON(path: "b.yaml"))
        #expect(!SourceFile.isJSON(path: "json"))
        let trailing = SourceFile(path: "t.json", text: "[1,]")
        #expect(throws: YAMLProblem.self) { try YAMLTree.parse(trailing) }
        #expect(try YAMLTree.parse(SourceFile(path: "t.yaml", text: "[1,]")).root.count == 1)
    }

    @Test func headerScanOfATreeReadsTheRegion() throws {
        let tree = try parse(#"{"region": {"code": "500112", "name": "\ud840\udc00", "x": []}, "as_of": "2024-01-01"}"#)
        let scan = try #require(YAMLParser.scanHeader(of: "region", scalars: ["as_of"], in: tree))
        #expect(scan.mapping == ["code": "500112", "name": "\u{20000}"])
        #expect(scan.scalars == ["as_of": "2024-01-01"])
        #expect(YAMLParser.scanHeader(of: "region", scalars: [], in: try parse(#"{"region": "x"}"#)) == nil)
    }
}

/// Random one-byte edits of a valid document: what the reader accepts, Foundation's JSON parser
/// accepts too, and what Foundation accepts the reader refuses only for a trailing comma (which
/// Foundation allows); duplicate keys aside (Foundation keeps the last). Nothing crashes.
@Suite struct JSONParserDifferentialTests {
    static let document = Array(
        #"{"a": [1, -2.5e+3, 0, true, false, null, "x\"\\\/\b\f\n\r\t\u00e9\ud840\udc00"], "b": {"c": {}, "d": []}, "中": "文"}"#
            .utf8)
    static let alphabet = Array(#"{}[],:" \/'tfnrue0123456789.-+Eabx#*"#.utf8) + [0x09, 0x0A, 0x0D, 0x00, 0xE4, 0x80]

    @Test func agreesWithFoundation() throws {
        var generator = SplitMix(seed: 12)
        var refused = 0
        for _ in 0..<20_000 {
            var bytes = Self.document
            for _ in 0..<(1 + Int(generator.next() % 3)) {
                let index = Int(generator.next() % UInt64(bytes.count))
                let byte = Self.alphabet[Int(generator.next() % UInt64(Self.alphabet.count))]
                switch generator.next() % 3 {
                case 0: bytes[index] = byte
                case 1: bytes.insert(byte, at: index)
                default: bytes.remove(at: index)
                }
            }
            let problem: YAMLProblem?
            do {
                _ = try JSONParser.parse(SourceFile(path: "t.json", bytes: bytes))
                problem = nil
            } catch {
                problem = error
            }
            if problem?.code == .duplicateKey { continue }
            let theirs = (try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])) != nil
            let text = String(decoding: bytes, as: UTF8.self)
            if let problem {
                refused += 1
                #expect(!theirs || problem.message.contains("尾随逗号"), "\(problem.message): \(text)")
            } else {
                #expect(theirs, "\(text)")
            }
        }
        #expect(refused > 10_000)
    }
}

/// A small deterministic generator (SplitMix64), so that a failure reproduces.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
