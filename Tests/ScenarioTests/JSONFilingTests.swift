import Foundation
import QingdanTestSupport
import Testing

/// `.json` filings are read as strict JSON and checked exactly as their YAML twins are. The twins
/// in Tests/Fixtures/json were written by `json.dumps(…, ensure_ascii=True, indent=2)` from the
/// YAML, so every Chinese character is a `\u` escape and 𠀀 (U+20000) a surrogate pair.
@Suite struct JSONFilingTests {
    static func report(_ path: String) throws -> (status: Int32, file: [String: Any]) {
        let result = try Binary.run(["check", "--format", "json", "--no-progress", path])
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let file = try #require((report["files"] as? [[String: Any]])?.first)
        return (result.status, file)
    }

    /// What a finding says, without where it is (lines differ between the twins).
    static func findings(_ file: [String: Any]) -> [String] {
        (file["findings"] as? [[String: Any]] ?? []).map { finding in
            ["rule_id", "severity", "path", "message", "hint"].map { "\(finding[$0] ?? "-")" }.joined(separator: " | ")
        }.sorted()
    }

    @Test func surrogatePairFilingChecksCleanLikeItsYAMLTwin() throws {
        let yaml = try Self.report("Tests/Fixtures/json/yubei-district.yaml")
        let json = try Self.report("Tests/Fixtures/json/yubei-district.json")
        let text = try String(
            contentsOfFile: Repository.path("Tests/Fixtures/json/yubei-district.json"), encoding: .utf8)
        #expect(text.contains(#"\ud840\udc00"#))
        #expect(yaml.status == 0)
        #expect(json.status == 0)
        #expect(Self.findings(json.file) == Self.findings(yaml.file))
        #expect(Self.findings(json.file).isEmpty)
        #expect(json.file["rules_run"] as? Int == yaml.file["rules_run"] as? Int)
        #expect(json.file["status"] as? String == "clean")
        #expect((json.file["region"] as? [String: Any])?["name"] as? String == "重庆市渝北区")
    }

    @Test func violatingJSONFilingHasTheFindingsOfItsYAMLTwin() throws {
        let yaml = try Self.report("Examples/yubei/district-violations.yaml")
        let path = "Tests/Fixtures/json/yubei-district-violations.json"
        let json = try Self.report(path)
        #expect(json.status == yaml.status)
        #expect(!Self.findings(yaml.file).isEmpty)
        #expect(Self.findings(json.file) == Self.findings(yaml.file))
        // Each finding points at the start of a key, string or bracket of the JSON file.
        let lines = try String(contentsOfFile: Repository.path(path), encoding: .utf8).split(
            separator: "\n", omittingEmptySubsequences: false)
        for finding in json.file["findings"] as? [[String: Any]] ?? [] {
            let line = try #require(finding["line"] as? Int), column = try #require(finding["column"] as? Int)
            let scalars = Array(lines[line - 1].unicodeScalars)
            #expect(column <= scalars.count && "\"{[".unicodeScalars.contains(scalars[column - 1]), "\(finding)")
        }
    }

    /// The survey reads a JSON district as the check pass does, so a village is held to it.
    @Test func jsonDistrictIsWhatAVillageIsCheckedAgainst() throws {
        let result = try Binary.run([
            "check", "--no-progress", "Examples/yubei/village.yaml", "Tests/Fixtures/json/yubei-district.json",
        ])
        #expect(result.status == 0, "\(result.standardOutput)")
        #expect(!result.standardOutput.contains("YB-TASK-ADMISSION-UNCHECKED"))
    }

    /// A `.yaml` file holding JSON is still read as YAML: the name decides the parser.
    @Test func theFileNameDecidesTheParser() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("qingdan-json-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(
            contentsOfFile: Repository.path("Tests/Hostile/json-trailing-comma.json"), encoding: .utf8)
        try text.write(to: folder.appendingPathComponent("filing.yaml"), atomically: true, encoding: .utf8)
        let result = try Binary.run(["check", "--format", "json", folder.appendingPathComponent("filing.yaml").path])
        #expect(result.status != 2, "\(result.standardOutput)")
    }
}
