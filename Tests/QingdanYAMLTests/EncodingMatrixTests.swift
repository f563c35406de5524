import Testing

@testable import QingdanYAML

/// What each byte order mark gives under each `--encoding`: the mark decides, and a file is read
/// only in UTF-8 or in the encoding `--encoding` names.
@Suite struct EncodingMatrixTests {
    static let text = "qingdan: 1\nregion:\n  name: 鞍山市千山区某镇乾元村\n  level: village\n"

    enum Form: String, CaseIterable, CustomTestStringConvertible, Sendable {
        case utf8, utf8Marked, utf16LEMarked, utf16BEMarked, utf16LE, utf16BE, utf32LEMarked, gb18030

        var testDescription: String { rawValue }

        var bytes: [UInt8] {
            let utf16 = Array(EncodingMatrixTests.text.utf16)
            let little = utf16.flatMap { [UInt8(truncatingIfNeeded: $0), UInt8($0 >> 8)] }
            let big = utf16.flatMap { [UInt8($0 >> 8), UInt8(truncatingIfNeeded: $0)] }
            switch self {
            case .utf8: return Array(EncodingMatrixTests.text.utf8)
            case .utf8Marked: return [0xEF, 0xBB, 0xBF] + Array(EncodingMatrixTests.text.utf8)
            case .utf16LEMarked: return [0xFF, 0xFE] + little
            case .utf16BEMarked: return [0xFE, 0xFF] + big
            case .utf16LE: return little
            case .utf16BE: return big
            case .utf32LEMarked:
                return [0xFF, 0xFE, 0, 0]
                    + EncodingMatrixTests.text.unicodeScalars.flatMap { scalar in
                        (0..<4).map { UInt8(truncatingIfNeeded: scalar.value >> (8 * $0)) }
                    }
            case .gb18030:
                // 鞍山市千山区某镇乾元村 in GB18030.
                return Array("qingdan: 1\nregion:\n  name: ".utf8)
                    + [
                        0xB0, 0xB0, 0xC9, 0xBD, 0xCA, 0xD0, 0xC7, 0xA7, 0xC9, 0xBD, 0xC7, 0xF8, 0xC4, 0xB3, 0xD5, 0xF2,
                        0xC7, 0xAC, 0xD4, 0xAA, 0xB4, 0xE5,
                    ] + Array("\n  level: village\n".utf8)
            }
        }
    }

    /// The outcome: the name read, or the start of the encoding error.
    static func outcome(_ form: Form, _ encoding: SourceEncoding) -> String {
        do {
            let decoded = try encoding.decode(SourceFile(path: "t.yaml", bytes: form.bytes), maxBytes: 1 << 20)
            let tree = try YAMLParser.parse(decoded)
            return tree.root["region"]?["name"]?.text ?? "?"
        } catch {
            return "\(error.code): \(error.message)"
        }
    }

    static let name = "鞍山市千山区某镇乾元村"

    static let expected: [Form: [SourceEncoding: String]] = [
        .utf8: [.utf8: name, .gb18030: name, .utf16: name],
        .utf8Marked: [.utf8: name, .gb18030: name, .utf16: name],
        .utf16LEMarked: [
            .utf8: "yaml.encoding: 文件是 UTF-16LE 编码，申报文件要用 UTF-8",
            .gb18030: "yaml.encoding: 文件开头的字节顺序标记表明它是 UTF-16LE 编码，不是 --encoding 指定的 gb18030",
            .utf16: name,
        ],
        .utf16BEMarked: [
            .utf8: "yaml.encoding: 文件是 UTF-16BE 编码，申报文件要用 UTF-8",
            .gb18030: "yaml.encoding: 文件开头的字节顺序标记表明它是 UTF-16BE 编码，不是 --encoding 指定的 gb18030",
            .utf16: name,
        ],
        .utf16LE: [
            .utf8: "yaml.encoding: 文件是 UTF-16LE 编码，申报文件要用 UTF-8",
            .gb18030: "yaml.encoding: 文件看起来是 UTF-16LE 编码（没有字节顺序标记），不是 --encoding 指定的 gb18030",
            .utf16: name,
        ],
        .utf16BE: [
            .utf8: "yaml.encoding: 文件是 UTF-16BE 编码，申报文件要用 UTF-8",
            .gb18030: "yaml.encoding: 文件看起来是 UTF-16BE 编码（没有字节顺序标记），不是 --encoding 指定的 gb18030",
            .utf16: name,
        ],
        .utf32LEMarked: [
            .utf8: "yaml.encoding: 文件是 UTF-32LE 编码，申报文件要用 UTF-8",
            .gb18030: "yaml.encoding: 文件是 UTF-32LE 编码，申报文件要用 UTF-8",
            .utf16: "yaml.encoding: 文件是 UTF-32LE 编码，申报文件要用 UTF-8",
        ],
        .gb18030: [
            .utf8: "yaml.encoding: 文件不是 UTF-8 编码，看起来是 GB18030/GBK",
            .gb18030: name,
            .utf16: "yaml.encoding: 文件不是 UTF-16 编码：既没有字节顺序标记，也没有 UTF-16 文本中的零字节；看起来是 GB18030/GBK",
        ],
    ]

    @Test(arguments: Form.allCases, SourceEncoding.allCases)
    func byteOrderMarkDecides(form: Form, encoding: SourceEncoding) {
        #expect(Self.outcome(form, encoding) == Self.expected[form]?[encoding])
    }

    /// A file whose mark says UTF-8 but that holds a byte that is not: named at the byte, not
    /// converted as the `--encoding` it was not written in.
    @Test(arguments: [SourceEncoding.gb18030, .utf16])
    func markedUTF8WithABadByteIsNotGuessedAgain(encoding: SourceEncoding) throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("qingdan: 1\nname: ".utf8) + [0xB0, 0xB0] + [0x0A]
        do {
            _ = try encoding.decode(SourceFile(path: "t.yaml", bytes: bytes), maxBytes: 1 << 20)
            Issue.record("decoded")
        } catch {
            #expect(error.code == .encoding)
            #expect(error.message.contains("字节顺序标记表明它是 UTF-8 编码"))
            #expect(error.location.line == 2)
            #expect(error.location.column == 7)
        }
    }
}

/// A byte order mark after the start of a file is named where it is.
@Suite struct StrayByteOrderMarkTests {
    static func problem(_ bytes: [UInt8]) -> YAMLProblem? {
        do {
            _ = try YAMLParser.parse(SourceFile(path: "t.yaml", bytes: bytes))
            return nil
        } catch {
            return error
        }
    }

    static let mark: [UInt8] = [0xEF, 0xBB, 0xBF]

    @Test(arguments: [
        // Two files joined, each with its mark: the second mark at the start of line 3.
        (mark + Array("qingdan: 1\nregion: {code: \"21\"}\n".utf8) + mark + Array("as_of: 2024-03-01\n".utf8), 3, 1),
        // Without a leading mark.
        (Array("a: 1\n".utf8) + mark + Array("b: 2\n".utf8), 2, 1),
        // Inside a value: pasted text.
        (Array("a: 1\nname: 乾元".utf8) + mark + Array("村\n".utf8), 2, 9),
        // Inside a quoted value.
        (Array("name: \"".utf8) + mark + Array("x\"\n".utf8), 1, 8),
        // At the very end.
        (Array("a: 1\n".utf8) + mark, 2, 1),
    ])
    func strayMarkIsNamedAtItsPlace(bytes: [UInt8], line: Int, column: Int) throws {
        let found = try #require(Self.problem(bytes))
        #expect(found.code == .syntax)
        #expect(found.message == "文件中间有字节顺序标记（BOM，U+FEFF）")
        #expect(found.location.line == line)
        #expect(found.location.column == column)
        #expect(found.hint.contains("两个文件"))
    }

    @Test func leadingMarkAndFullWidthFormsAreFine() {
        // 「：」 is EF BC 9A and 「｛」 EF BD 9B: the same lead byte as the mark.
        #expect(Self.problem(Self.mark + Array("a: 值：１２｛\n".utf8)) == nil)
        #expect(Self.problem(Array("a: \u{FEFE}\u{FFEF}\n".utf8)) == nil)
    }
}
