import Foundation
import QingdanTestSupport
import Testing

/// `export` then `import` round-trips a filing; the xlsx report keeps every code as text.
@Suite struct WorkbookExportTests {
    static func temporary(_ name: String) -> String {
        let path = NSTemporaryDirectory() + "qingdan-\(UUID().uuidString)-\(name)"
        try? FileManager.default.removeItem(atPath: path)
        return path
    }

    static func findings(_ path: String) throws -> [String] {
        let result = try Binary.run(["check", "--format", "json", "--no-progress", "--today", "2024-06-30", path])
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let file = try #require((report["files"] as? [[String: Any]])?.first)
        return (file["findings"] as? [[String: Any]] ?? []).map { "\($0["rule_id"]!) \($0["path"]!) \($0["message"]!)" }
            .sorted()
    }

    @Test(arguments: [
        "Examples/yubei/district-violations.yaml", "Examples/anshan/village-violations.yaml",
        "Examples/ninghai/county-violations.yaml", "Examples/anshan/city-signboard-list-violations.yaml",
        "Examples/nanchuan/village.yaml",
    ])
    func aFilingRoundTripsThroughAWorkbook(_ filing: String) throws {
        let workbook = Self.temporary("round.xlsx")
        let back = Self.temporary("round.yaml")
        defer {
            try? FileManager.default.removeItem(atPath: workbook)
            try? FileManager.default.removeItem(atPath: back)
        }
        let exported = try Binary.run(["export", filing, "-o", workbook])
        #expect(exported.status == 0, "\(exported.standardError)")
        let original = try Self.findings(filing)
        #expect(try Self.findings(workbook) == original)
        let imported = try Binary.run(["import", workbook, "-o", back])
        #expect(imported.status == 0, "\(imported.standardError)")
        #expect(try Self.findings(back) == original)
        // Exported again, the imported filing gives the same workbook.
        let again = Self.temporary("again.xlsx")
        defer { try? FileManager.default.removeItem(atPath: again) }
        #expect(try Binary.run(["export", back, "-o", again]).status == 0)
        #expect(FileManager.default.contents(atPath: again) == FileManager.default.contents(atPath: workbook))
    }

    @Test func exportNeverOverwritesUnlessAskedAndRefusesBrokenFilings() throws {
        let workbook = Self.temporary("exists.xlsx")
        defer { try? FileManager.default.removeItem(atPath: workbook) }
        FileManager.default.createFile(atPath: workbook, contents: Data("mine".utf8))
        let refused = try Binary.run(["export", "Examples/yubei/district.yaml", "-o", workbook])
        #expect(refused.status == 2)
        #expect(FileManager.default.contents(atPath: workbook) == Data("mine".utf8))
        #expect(try Binary.run(["export", "Examples/yubei/district.yaml", "-o", workbook, "--force"]).status == 0)
        let broken = try Binary.run(["export", "Tests/Hostile/full-width-colon.yaml", "-o", Self.temporary("b.xlsx")])
        #expect(broken.status == 2)
        #expect(broken.standardError.contains("有格式问题，没有导出"))
    }

    @Test func theTemplateIsTheShippedOne() throws {
        let template = Self.temporary("template.xlsx")
        defer { try? FileManager.default.removeItem(atPath: template) }
        #expect(try Binary.run(["export", "--template", "-o", template]).status == 0)
        #expect(
            FileManager.default.contents(atPath: template)
                == FileManager.default.contents(atPath: Repository.path("Docs/templates/清单模板.xlsx")),
            "regenerate with: qingdan export --template -o Docs/templates/清单模板.xlsx --force")
    }

    @Test func theSpreadsheetReportKeepsCodesAsText() throws {
        let report = Self.temporary("report.xlsx")
        defer { try? FileManager.default.removeItem(atPath: report) }
        let result = try Binary.run([
            "check", "--no-progress", "--format", "json", "--report", "xlsx:\(report)", "Examples/",
        ])
        #expect(result.status == 1)
        let summary = try #require(
            (try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])?["summary"]
                as? [String: Any])
        let count = ["errors", "warnings", "infos"].reduce(0) { $0 + (summary[$1] as? Int ?? 0) }
        var arguments = [report, String(count)]
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/soffice") { arguments.append("--libreoffice") }
        let checked = try PythonTool.run("check_xlsx_report.py", arguments)
        #expect(checked.status == 0, "\(checked.output)")
    }

    @Test func aWorkbookIsNotWrittenToATerminal() throws {
        let result = try Binary.shell(
            "script -qec \"$QINGDAN check --format xlsx Examples/yubei\" /dev/null", in: Repository.root)
        #expect(result.standardOutput.contains("不能显示在终端上"))
    }
}
