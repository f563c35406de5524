import Foundation
import QingdanTestSupport
import Testing

/// One input Qingdan must refuse: the stable code it reports, where, and what the message names.
struct HostileCase: CustomTestStringConvertible, Sendable {
    let file: String
    let code: String
    let line: Int
    let column: Int
    var messageContains = ""
    var arguments: [String] = []

    var testDescription: String { file + (arguments.isEmpty ? "" : " " + arguments.joined(separator: " ")) }
}

/// The `Tests/Hostile/` corpus and inputs too large to commit (generated into a temporary folder):
/// each is refused with exit 2, its code, its place and a hint, within bounded memory and CPU
/// time (a run that exceeded them would be killed and fail the status check).
@Suite struct HostileInputTests {
    static let committed: [HostileCase] = [
        HostileCase(file: "alias-bomb.yaml", code: "yaml.alias", line: 7, column: 4, messageContains: "锚点"),
        HostileCase(file: "alias-as-key.yaml", code: "yaml.alias", line: 2, column: 1, messageContains: "别名"),
        HostileCase(file: "merge-key.yaml", code: "yaml.alias", line: 7, column: 11),
        HostileCase(file: "nul-byte.yaml", code: "yaml.syntax", line: 9, column: 15, messageContains: "0x0"),
        HostileCase(file: "control-character.yaml", code: "yaml.syntax", line: 7, column: 10, messageContains: "0x7"),
        HostileCase(file: "tab-indent.yaml", code: "yaml.tab-indent", line: 8, column: 1, messageContains: "Tab"),
        HostileCase(file: "invalid-utf8.yaml", code: "yaml.encoding", line: 9, column: 13, messageContains: "UTF-8"),
        HostileCase(file: "gb18030.yaml", code: "yaml.encoding", line: 4, column: 9, messageContains: "GB18030"),
        HostileCase(file: "utf16-bom.yaml", code: "yaml.encoding", line: 1, column: 1, messageContains: "UTF-16LE"),
        HostileCase(file: "utf16-no-bom.yaml", code: "yaml.encoding", line: 1, column: 1, messageContains: "UTF-16BE"),
        HostileCase(file: "utf32-bom.yaml", code: "yaml.encoding", line: 1, column: 1, messageContains: "UTF-32LE"),
        HostileCase(file: "empty.yaml", code: "yaml.empty", line: 1, column: 1),
        HostileCase(file: "bom-only.yaml", code: "yaml.empty", line: 1, column: 1),
        HostileCase(file: "comments-only.yaml", code: "yaml.empty", line: 1, column: 1),
        HostileCase(file: "multi-document.yaml", code: "yaml.multiple-documents", line: 7, column: 1),
        HostileCase(file: "scalar-root.yaml", code: "schema.type", line: 1, column: 1, messageContains: "映射"),
        HostileCase(file: "sequence-root.yaml", code: "schema.type", line: 1, column: 1, messageContains: "列表"),
        HostileCase(
            file: "duplicate-key.yaml", code: "yaml.duplicate-key", line: 7, column: 1, messageContains: "as_of"),
        HostileCase(file: "custom-tag.yaml", code: "yaml.tag", line: 7, column: 7),
        HostileCase(file: "complex-key.yaml", code: "yaml.complex-key", line: 7, column: 3),
        HostileCase(file: "unclosed-quote.yaml", code: "yaml.syntax", line: 7, column: 7, messageContains: "引号没有闭合"),
        HostileCase(file: "unclosed-bracket.yaml", code: "yaml.syntax", line: 8, column: 1, messageContains: "括号没有闭合"),
        HostileCase(
            file: "full-width-colon.yaml", code: "yaml.full-width-colon", line: 7, column: 11, messageContains: "全角冒号"),
        // `.json` filings are read as strict JSON (RFC 8259), not as YAML.
        HostileCase(
            file: "json-trailing-comma.json", code: "yaml.syntax", line: 10, column: 47, messageContains: "尾随逗号"),
        HostileCase(file: "json-single-quote.json", code: "yaml.syntax", line: 9, column: 3, messageContains: "单引号"),
        HostileCase(file: "json-comment.json", code: "yaml.syntax", line: 9, column: 3, messageContains: "注释"),
        HostileCase(
            file: "json-lone-surrogate.json", code: "yaml.syntax", line: 9, column: 25,
            messageContains: "孤立的代理项 \\uD840"),
        HostileCase(file: "json-unquoted-key.json", code: "yaml.syntax", line: 9, column: 3, messageContains: "没有加引号"),
        HostileCase(file: "json-nan.json", code: "yaml.syntax", line: 9, column: 17, messageContains: "NaN"),
        HostileCase(file: "json-leading-zero.json", code: "yaml.syntax", line: 9, column: 17, messageContains: "前导零"),
        HostileCase(
            file: "json-control-character.json", code: "yaml.syntax", line: 9, column: 25, messageContains: "Tab"),
        HostileCase(file: "json-invalid-escape.json", code: "yaml.syntax", line: 9, column: 25, messageContains: "\\x"),
        HostileCase(
            file: "json-full-width-colon.json", code: "yaml.syntax", line: 9, column: 10, messageContains: "全角"),
        HostileCase(
            file: "json-unclosed-bracket.json", code: "yaml.syntax", line: 10, column: 1, messageContains: "括号不配对"),
        HostileCase(
            file: "json-trailing-content.json", code: "yaml.syntax", line: 11, column: 1, messageContains: "顶层"),
        HostileCase(
            file: "json-duplicate-key.json", code: "yaml.duplicate-key", line: 9, column: 3, messageContains: "as_of"),
        HostileCase(
            file: "json-invalid-utf8.json", code: "yaml.encoding", line: 9, column: 23, messageContains: "GB18030"),
        HostileCase(file: "json-empty.json", code: "yaml.empty", line: 1, column: 1),
    ]

    /// Inputs written by `HostileFiles`, with the limits that stop them.
    static let generated: [HostileCase] = [
        HostileCase(file: "deep-flow.yaml", code: "yaml.limit", line: 7, column: 70, messageContains: "64 层"),
        HostileCase(file: "deep-block.yaml", code: "yaml.limit", line: 8, column: 127, messageContains: "64 层"),
        HostileCase(file: "huge.yaml", code: "yaml.limit", line: 1, column: 1, messageContains: "104857600 字节"),
        HostileCase(
            file: "million-flow.yaml", code: "yaml.limit", line: 7, column: 499_978, messageContains: "250000 个节点"),
        HostileCase(
            file: "million-block.yaml", code: "yaml.limit", line: 249_993, column: 5, messageContains: "250000 个节点"),
        HostileCase(file: "long-line.yaml", code: "yaml.limit", line: 7, column: 7, messageContains: "1048576 字节"),
        HostileCase(file: "long-key.yaml", code: "yaml.syntax", line: 7, column: 1, messageContains: "1024"),
        HostileCase(file: "deep.json", code: "yaml.limit", line: 1, column: 186, messageContains: "64 层"),
        HostileCase(file: "million.json", code: "yaml.limit", line: 1, column: 500_094, messageContains: "250000 个节点"),
        HostileCase(file: "long-string.json", code: "yaml.limit", line: 1, column: 123, messageContains: "1048576 字节"),
        // 100,000 unknown keys: each finding's anchor looked its key up in the whole mapping, so
        // the findings were quadratic (40,000 keys: 40 s); now well inside the CPU bound.
        HostileCase(file: "many-keys.yaml", code: "schema.unknown-key", line: 7, column: 1),
        // Raised limits let the same inputs through to the schema, still bounded.
        HostileCase(
            file: "deep-flow.yaml", code: "schema.unknown-key", line: 7, column: 1,
            arguments: ["--max-depth", "20000"]),
        HostileCase(
            file: "million-flow.yaml", code: "schema.unknown-key", line: 7, column: 1,
            arguments: ["--max-nodes", "2000000"]),
        HostileCase(
            file: "huge.yaml", code: "yaml.syntax", line: 7, column: 1, messageContains: "0x0",
            arguments: ["--max-file-size", "200M"]),
        HostileCase(
            file: "deep.json", code: "schema.unknown-key", line: 1, column: 115,
            arguments: ["--max-depth", "20000"]),
        HostileCase(
            file: "million.json", code: "schema.unknown-key", line: 1, column: 115,
            arguments: ["--max-nodes", "2000000"]),
        // Lowered limits stop an ordinary filing.
        HostileCase(
            file: "district.yaml", code: "yaml.limit", line: 1, column: 1, messageContains: "上限 1024 字节",
            arguments: ["--max-file-size", "1K"]),
        HostileCase(
            file: "district.yaml", code: "yaml.limit", line: 13, column: 7, messageContains: "3 层",
            arguments: ["--max-depth", "3"]),
        HostileCase(
            file: "district.yaml", code: "yaml.limit", line: 8, column: 10, messageContains: "10 个节点",
            arguments: ["--max-nodes", "10"]),
    ]

    @Test(arguments: committed)
    func committedInputIsRefused(_ hostile: HostileCase) throws {
        try expectRefused(hostile, path: "Tests/Hostile/" + hostile.file)
    }

    @Test(arguments: generated)
    func generatedInputIsRefused(_ hostile: HostileCase) throws {
        try expectRefused(hostile, path: HostileFiles.directory + "/" + hostile.file)
    }

    @Test func everyCommittedFileHasACase() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Repository.path("Tests/Hostile"))
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }
        #expect(Set(files) == Set(Self.committed.map(\.file)))
    }

    @Test(arguments: [("gb18030.yaml", "gb18030"), ("utf16-bom.yaml", "utf-16"), ("utf16-no-bom.yaml", "utf-16")])
    func encodingOptionConvertsOnRead(_ file: String, _ encoding: String) throws {
        let result = try Binary.run(
            ["check", "--format", "json", "--encoding", encoding, "Tests/Hostile/" + file],
            bounds: .hostile)
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let entry = try #require((report["files"] as? [[String: Any]])?.first)
        #expect((entry["region"] as? [String: Any])?["name"] as? String == "重庆市渝北区某村")
        let findings = entry["findings"] as? [[String: Any]] ?? []
        #expect(!findings.contains { ($0["rule_id"] as? String)?.hasPrefix("yaml.") == true }, "\(findings)")
    }

    @Test func gb18030OptionReadsUTF8FilesUnchanged() throws {
        let plain = try Binary.run(["check", "--format", "json", "Examples/yubei/district-violations.yaml"])
        let converted = try Binary.run([
            "check", "--format", "json", "--encoding", "gb18030",
            "Examples/yubei/district-violations.yaml",
        ])
        #expect(converted.status == plain.status)
        #expect(converted.standardOutput == plain.standardOutput)
    }

    @Test func badBytesForTheChosenEncodingAreLocated() throws {
        // Byte 0x81 must be followed by a GB18030 trailing byte, not a space.
        let path = FileManager.temporaryFile("")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(Array("qingdan: 1\nx".utf8) + [0x81, 0x20, 0x0A]).write(to: URL(fileURLWithPath: path))
        let result = try Binary.run(["check", "--format", "json", "--encoding", "gb18030", path], bounds: .hostile)
        #expect(result.status == 2)
        let finding = try #require(try Self.findings(result.standardOutput).first)
        #expect(finding["rule_id"] as? String == "yaml.encoding")
        #expect(finding["line"] as? Int == 2)
        #expect(finding["column"] as? Int == 2)
    }

    private func expectRefused(_ hostile: HostileCase, path: String) throws {
        let result = try Binary.run(
            ["check", "--format", "json", "--no-progress"] + hostile.arguments + [path],
            bounds: .hostile)
        #expect(result.status == 2, "status \(result.status): \(result.standardError)")
        let findings = try Self.findings(result.standardOutput)
        let finding = try #require(findings.first)
        #expect(finding["rule_id"] as? String == hostile.code)
        #expect(finding["line"] as? Int == hostile.line)
        #expect(finding["column"] as? Int == hostile.column)
        #expect(
            hostile.messageContains.isEmpty
                || (finding["message"] as? String)?.contains(hostile.messageContains) == true,
            "\(finding["message"] ?? "")")
        #expect((finding["hint"] as? String)?.isEmpty == false)
    }

    static func findings(_ json: String) throws -> [[String: Any]] {
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let files = try #require(report["files"] as? [[String: Any]])
        return files.flatMap { $0["findings"] as? [[String: Any]] ?? [] }
    }
}

/// Writes the large hostile inputs once per test run.
enum HostileFiles {
    static let directory: String = {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("qingdan-hostile-\(ProcessInfo.processInfo.processIdentifier)").path
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let header =
            "qingdan: 1\nregion:\n  code: \"500112101100\"\n  name: 重庆市渝北区某村\n  level: village\nas_of: 2024-06-30\n"
        func write(_ name: String, _ text: String) {
            _ = FileManager.default.createFile(atPath: folder + "/" + name, contents: Data((header + text).utf8))
        }
        write(
            "deep-flow.yaml",
            "note: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n")
        write("deep-block.yaml", "note:\n" + String(repeating: "- ", count: 10_000) + "1\n")
        write("million-flow.yaml", "note: [" + Array(repeating: "1", count: 1_000_000).joined(separator: ",") + "]\n")
        write("million-block.yaml", "note:\n" + String(repeating: "  - 1\n", count: 1_000_000))
        write("long-line.yaml", "note: " + String(repeating: "长", count: 1_000_000) + "\n")
        write("long-key.yaml", String(repeating: "k", count: 3_000_000) + ": 1\n")
        write("many-keys.yaml", (0..<100_000).map { "note\($0): 1\n" }.joined())
        // The same header as one line of JSON, then the note.
        let jsonHeader =
            #"{"qingdan": 1, "region": {"code": "500112101100", "name": "重庆市渝北区某村", "level": "village"}, "#
            + #""as_of": "2024-06-30", "note": "#
        func writeJSON(_ name: String, _ note: String) {
            _ = FileManager.default.createFile(
                atPath: folder + "/" + name, contents: Data((jsonHeader + note + "}\n").utf8))
        }
        writeJSON("deep.json", String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000))
        writeJSON("million.json", "[" + Array(repeating: "1", count: 1_000_000).joined(separator: ",") + "]")
        writeJSON("long-string.json", "\"" + String(repeating: "\\u957f", count: 1_000_000) + "\"")
        // 100 MB: the header, then zero bytes (a sparse file, so writing it costs nothing).
        write("huge.yaml", "")
        if let handle = FileHandle(forWritingAtPath: folder + "/huge.yaml") {
            try? handle.truncate(atOffset: 100 << 20)
            try? handle.close()
        }
        try? FileManager.default.copyItem(
            atPath: Repository.path("Examples/yubei/district.yaml"),
            toPath: folder + "/district.yaml")
        return folder
    }()
}
