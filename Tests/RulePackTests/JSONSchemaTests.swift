import Foundation
import QingdanTestSupport
import Testing

/// The published JSON Schemas are generated from the declarations (GeneratedFilesTests holds
/// them current); a general JSON Schema
/// validator (Python's jsonschema) accepts every example filing and pack with them, and rejects
/// a filing with an unknown key — the same verdict Qingdan gives.
@Suite struct JSONSchemaTests {
    @Test func everyExampleAndPackValidates() throws {
        let examples = try FileManager.default.subpathsOfDirectory(atPath: Repository.path("Examples"))
            .filter { $0.hasSuffix(".yaml") }.map { Repository.path("Examples/" + $0) }
        let packs = try FileManager.default.subpathsOfDirectory(atPath: Repository.path("Rules"))
            .filter { $0.hasSuffix(".yaml") }.map { Repository.path("Rules/" + $0) }
        let filings = try PythonTool.run(
            "validate_json_schema.py", [Repository.path("Docs/schemas/filing.schema.json")] + examples)
        #expect(filings.status == 0, "\(filings.output)")
        let rules = try PythonTool.run(
            "validate_json_schema.py", [Repository.path("Docs/schemas/rule-pack.schema.json")] + packs)
        #expect(rules.status == 0, "\(rules.output)")
    }

    @Test func aFilingWithAnUnknownKeyIsRejected() throws {
        let result = try PythonTool.run(
            "validate_json_schema.py",
            [
                Repository.path("Docs/schemas/filing.schema.json"),
                Repository.path("Tests/Fixtures/yubei-typos.yaml"),
            ])
        #expect(result.status == 1)
        #expect(result.output.contains("assistence"))
    }
}
