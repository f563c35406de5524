import Foundation
import QingdanTestSupport
import Testing

/// Workbooks as drafters keep them (Tests/Filings/Workbooks, written by someone who had not read
/// the reader), each saved by openpyxl and re-saved by LibreOffice, check with the findings of
/// their YAML twins at the cells `expect.jsonc` names; hostile workbooks are refused at the file
/// or cell with exit 2.
@Suite struct WorkbookScenarioTests {
    static let folder = "Tests/Filings/Workbooks"

    struct Expected {
        let name: String
        let files: [String]
        let twin: String
        /// rule id + path → `Sheet!B12` (nil sheet: the file's own name, for a CSV table).
        let cells: [String: (sheet: String?, cell: String)]
    }

    static func expectations() throws -> [Expected] {
        let data = try Data(contentsOf: URL(fileURLWithPath: Repository.path("\(folder)/expect.jsonc")))
        let table = try #require(try JSONSerialization.jsonObject(with: data) as? [String: [String: Any]])
        return table.keys.sorted().map { name in
            let entry = table[name]!
            var cells: [String: (String?, String)] = [:]
            for finding in entry["findings"] as? [[String: Any]] ?? [] {
                let key = "\(finding["rule_id"]!) \(finding["path"]!)"
                cells[key] = (finding["sheet"] as? String, finding["cell"] as! String)
            }
            return Expected(
                name: name, files: [entry["file"], entry["lo_file"]].compactMap { $0 as? String },
                twin: entry["twin"] as! String, cells: cells)
        }
    }

    static func findings(_ path: String) throws -> (status: Int32, findings: [[String: Any]]) {
        let result = try Binary.run(["check", "--format", "json", "--no-progress", "--today", "2024-06-30", path])
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let file = try #require((report["files"] as? [[String: Any]])?.first)
        return (result.status, file["findings"] as? [[String: Any]] ?? [])
    }

    static func key(_ finding: [String: Any]) -> String { "\(finding["rule_id"]!) \(finding["path"]!)" }

    @Test(arguments: try expectations().map(\.name))
    func aWorkbookHasTheFindingsOfItsTwinAtTheCellsOfItsRows(_ name: String) throws {
        let expected = try #require(try Self.expectations().first { $0.name == name })
        let twin = try Self.findings("\(Self.folder)/\(expected.twin)")
        let twinFindings = twin.findings.map { "\(Self.key($0)) | \($0["message"]!)" }.sorted()
        for file in expected.files {
            let workbook = try Self.findings("\(Self.folder)/\(file)")
            #expect(workbook.status == twin.status, "\(file)")
            #expect(workbook.findings.map { "\(Self.key($0)) | \($0["message"]!)" }.sorted() == twinFindings, "\(file)")
            let stem = String(file.prefix { $0 != "." })
            for finding in workbook.findings {
                guard let want = expected.cells[Self.key(finding)] else { continue }
                // A CSV table's one sheet has no name: its places are bare cells (`B29`).
                let got = (finding["sheet"].map { "\($0)!" } ?? "") + "\(finding["cell"] ?? "-")"
                let sheet = file.hasSuffix(".csv") ? "" : "\(want.sheet ?? stem)!"
                #expect(got == sheet + want.cell, "\(file): \(Self.key(finding))")
            }
        }
    }

    @Test func theTextReportNamesTheFileSheetAndCell() throws {
        let result = try Binary.run([
            "check", "--no-progress", "--today", "2024-06-30", "\(Self.folder)/yubei-district-bad.xlsx",
        ])
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("yubei-district-bad.xlsx:依法协助政府工作事项!E11: error [YB-ASSIST-FUNDING]"))
    }

    /// Every hostile workbook: refused with exit 2, a Chinese message at the file or a cell,
    /// within bounds of memory and time; nothing written beside it.
    @Test(arguments: [
        ("empty.xlsx", "input.workbook-corrupt", "empty.xlsx:1:1"),
        ("truncated.xlsx", "input.workbook-corrupt", "truncated.xlsx:1:1"),
        ("not-a-workbook.xlsx", "input.workbook-corrupt", "not-a-workbook.xlsx:1:1"),
        ("zip-bomb-declared.xlsx", "input.workbook-limit", "zip-bomb-declared.xlsx:协助事项!A1"),
        ("macro.xlsm", "input.workbook-macro", "macro.xlsm:1:1"),
        ("macro-renamed.xlsx", "input.workbook-macro", "macro-renamed.xlsx:1:1"),
        ("legacy.xls", "input.workbook-legacy", "legacy.xls:1:1"),
        ("encrypted.xlsx", "input.workbook-encrypted", "encrypted.xlsx:1:1"),
        ("entity-expansion.xlsx", "input.workbook-corrupt", "entity-expansion.xlsx:协助事项!A1"),
        ("formulas.xlsx", "input.workbook-formula", "formulas.xlsx:协助事项!B4"),
        ("typo.xlsx", "schema.unknown-column", "typo.xlsx:协助事项!C2"),
        ("typo.xlsx", "schema.unknown-sheet", "typo.xlsx:随便什么!A1"),
        ("gbk.csv", "yaml.encoding", "gbk.csv:1:1"),
    ])
    func aHostileWorkbookIsRefusedAtItsPlace(_ file: String, _ code: String, _ place: String) throws {
        let result = try Binary.run(
            ["check", "--no-progress", "Tests/Hostile/Workbooks/\(file)"], bounds: .hostile)
        #expect(result.status == 2, "\(file): \(result.standardError)")
        #expect(result.standardOutput.contains("\(place): error [\(code)]"), "\(file): \(result.standardOutput)")
        #expect(result.standardOutput.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) })
    }

    @Test func aTypoInAColumnNameGetsADidYouMean() throws {
        let result = try Binary.run(["check", "--no-progress", "Tests/Hostile/Workbooks/typo.xlsx"])
        #expect(result.standardOutput.contains("建议：是否想写「法律依据」？"))
    }

    @Test func aSheetTooLargeOrABombIsRefusedWithinBounds() throws {
        let directory = NSTemporaryDirectory() + "qingdan-bomb-\(getpid())"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let generated = try PythonTool.run("make_workbooks.py", ["--zip-bomb", "\(directory)/bomb.xlsx"])
        try #require(generated.status == 0, "\(generated.output)")
        let result = try Binary.run(["check", "--no-progress", "\(directory)/bomb.xlsx"], bounds: .hostile)
        #expect(result.status == 2)
        #expect(result.standardOutput.contains("error [input.workbook-limit]"))
    }

    @Test func fixLeavesAWorkbookAsItWas() throws {
        let copy = NSTemporaryDirectory() + "qingdan-fix-\(getpid()).xlsx"
        try? FileManager.default.removeItem(atPath: copy)
        try FileManager.default.copyItem(
            atPath: Repository.path("\(Self.folder)/yubei-district-bad.xlsx"), toPath: copy)
        defer { try? FileManager.default.removeItem(atPath: copy) }
        let before = try Data(contentsOf: URL(fileURLWithPath: copy))
        let result = try Binary.run(["fix", "--no-progress", copy])
        #expect(result.status == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == before)
    }

    /// `import` writes the YAML `check` judged: checked again, it has the workbook's findings.
    @Test func anImportedWorkbookChecksLikeTheWorkbook() throws {
        let output = NSTemporaryDirectory() + "qingdan-import-\(getpid()).yaml"
        try? FileManager.default.removeItem(atPath: output)
        defer { try? FileManager.default.removeItem(atPath: output) }
        let workbook = "\(Self.folder)/anshan-village-bad.lo.xlsx"
        let imported = try Binary.run(["import", workbook, "-o", output])
        #expect(imported.status == 0, "\(imported.standardError)")
        let text = try String(contentsOfFile: output, encoding: .utf8)
        #expect(text.contains("# 外部标牌!B3"))
        let fromYAML = try Self.findings(output).findings.map { "\(Self.key($0)) | \($0["message"]!)" }.sorted()
        let fromWorkbook = try Self.findings(workbook).findings.map { "\(Self.key($0)) | \($0["message"]!)" }.sorted()
        #expect(fromYAML == fromWorkbook)
        // Never over an existing file unless asked.
        let again = try Binary.run(["import", workbook, "-o", output])
        #expect(again.status == 2)
        #expect(again.standardError.contains("--force"))
    }

    @Test func importNeverWritesOverTheWorkbookItReads() throws {
        let copy = NSTemporaryDirectory() + "qingdan-self-\(UUID().uuidString).xlsx"
        try FileManager.default.copyItem(atPath: Repository.path("\(Self.folder)/yubei-district.xlsx"), toPath: copy)
        defer { try? FileManager.default.removeItem(atPath: copy) }
        let before = FileManager.default.contents(atPath: copy)
        let result = try Binary.run(["import", copy, "-o", copy, "--force"])
        #expect(result.status == 2)
        #expect(FileManager.default.contents(atPath: copy) == before)
    }

    @Test func importRefusesAWorkbookWithContentItCannotCarry() throws {
        let result = try Binary.run(["import", "Tests/Hostile/Workbooks/typo.xlsx"])
        #expect(result.status == 2)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.contains("typo.xlsx:协助事项!C2: error [schema.unknown-column]"))
    }
}
