import Foundation
import QingdanTestSupport
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Every output format over all example filings, compared with its golden file; the machine
/// formats also parsed and checked against what their consumers require.
@Suite struct ReporterGoldenTests {
    static let formats = [
        ("sarif", "sarif"), ("junit", "xml"), ("github", "txt"), ("gitlab", "json"),
        ("markdown", "md"), ("csv", "csv"), ("html", "html"), ("json", "json"),
    ]

    @Test(arguments: formats)
    func formatMatchesItsGolden(format: String, fileExtension: String) throws {
        // A fixed "today" (2025-01-01 in Beijing): the summary records it.
        let result = try Binary.run(
            ["check", "--format", format, "Examples/"], environment: ["QINGDAN_NOW_FOR_TESTS": "1735660800"])
        #expect(result.status == 1)
        #expect(Golden.mismatch(result.standardOutput, name: "report.\(format).\(fileExtension)") == nil)
    }

    @Test func sarifIsValidAgainstTheOfficialSchema() throws {
        let schema = Repository.path(".build/schemas/sarif-schema-2.1.0.json")
        let fetch = Process()
        fetch.executableURL = URL(fileURLWithPath: "/bin/sh")
        fetch.arguments = [Repository.path("Tests/Tools/fetch_sarif_schema.sh"), schema]
        try fetch.run()
        fetch.waitUntilExit()
        try #require(
            fetch.terminationStatus == 0, "could not obtain the SARIF schema (pip download sarif-pydantic==0.6.2)")
        let text = try String(contentsOfFile: schema, encoding: .utf8)
        #expect(text.contains("Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"))
        #expect(text.contains("oasis-tcs/sarif-spec"))
        let output = FileManager.temporaryFile(
            try Binary.run(["check", "--format", "sarif", "Examples/"]).standardOutput, suffix: ".sarif")
        let result = try PythonTool.run("validate_json_schema.py", [schema, output])
        #expect(result.status == 0, "\(result.output)")
    }

    @Test func sarifListsRulesWithTheirBasisAndSuppressedResults() throws {
        let result = try Binary.run([
            "check", "--format", "sarif", "--baseline", "Tests/Fixtures/baseline-yubei.json",
            "Examples/yubei/district-violations.yaml",
        ])
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let run = try #require((object["runs"] as? [[String: Any]])?.first)
        let rules = try #require(
            ((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        let rule = try #require(rules.first { $0["id"] as? String == "YB-CERT-COUNT" })
        let basis = try #require((rule["properties"] as? [String: Any])?["basis"] as? [String: Any])
        #expect((basis["quote"] as? String)?.contains("保留村级组织依法出具证明事项7项") == true)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 8)
        #expect(results.filter { $0["suppressions"] != nil }.count == 2)
    }

    @Test func csvStartsWithAByteOrderMarkForExcel() throws {
        let result = try Binary.run(["check", "--format", "csv", "Examples/yubei/district-violations.yaml"])
        #expect(result.standardOutput.hasPrefix("\u{FEFF}文件,行,列,"))
        #expect(result.standardOutput.split(separator: "\r\n").count == 9)
    }

    @Test func junitIsWellFormedXML() throws {
        let result = try Binary.run(["check", "--format", "junit", "Examples/"])
        let document = try XMLDocument(data: Data(result.standardOutput.utf8))
        let suites = try document.nodes(forXPath: "/testsuites/testsuite")
        #expect(suites.count == 28)
        let failures = try document.nodes(forXPath: "//failure")
        #expect(failures.count == 56)
    }

    @Test func githubAnnotationsEscapeNewlines() throws {
        let result = try Binary.run(["check", "--format", "github", "Examples/yubei/district-violations.yaml"])
        let first = try #require(result.standardOutput.split(separator: "\n").first)
        #expect(
            first.hasPrefix(
                "::warning file=Examples/yubei/district-violations.yaml,line=82,col=7,title=qingdan YB-SELF-COUNT::"))
        #expect(first.contains("%0A依据："))
    }

    @Test func severalReportsInOneRun() throws {
        let directory = NSTemporaryDirectory() + "qingdan-reports-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = try Binary.run([
            "check", "--format", "text", "--report", "sarif:\(directory)/out.sarif",
            "--report", "html:\(directory)/report.html", "Examples/",
        ])
        #expect(result.status == 1)
        let sarif = try String(contentsOfFile: directory + "/out.sarif", encoding: .utf8)
        let html = try String(contentsOfFile: directory + "/report.html", encoding: .utf8)
        #expect(sarif == (try Binary.run(["check", "--format", "sarif", "Examples/"]).standardOutput))
        #expect(html.contains("<title>清单合规检查报告</title>"))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: directory).sorted() == ["out.sarif", "report.html"])
    }
}
