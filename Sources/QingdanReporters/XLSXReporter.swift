import QingdanCore
import QingdanPluginAPI
import QingdanSpreadsheet
import QingdanYAML

/// A workbook for filing offices (`--report xlsx:问题.xlsx`): 「问题」 one row per finding, with
/// codes, fingerprints and dates stored as text so a spreadsheet never turns 500112000000 into
/// 5.00112E+11; 「汇总」 the findings by region and topic; 「说明」 the run. Rows are kept small
/// until the end, when the whole zip is written.
public struct XLSXReporter: Reporter {
    static let columns: [(title: String, width: Double)] = [
        ("文件", 36), ("位置", 18), ("严重程度", 8), ("规则", 22), ("类别", 24), ("类别代码", 22), ("消息", 60), ("建议", 40),
        ("依据文件", 36), ("文号", 22), ("条款", 16), ("引文", 60), ("核实状态", 16), ("区划代码", 14), ("地区", 24),
        ("基准日期", 12), ("路径", 30), ("指纹", 18),
    ]

    let toolVersion: String
    var rows: [[DraftCell]] = []
    /// Findings by region (code, name) and topic.
    var counts: [String: [Topic: Int]] = [:]
    var regionNames: [String: String] = [:]
    /// Findings beyond the sheet's last row: counted in 「汇总」, named in 「说明」.
    var leftOut = 0

    public init(toolVersion: String) {
        self.toolVersion = toolVersion
    }

    public mutating func begin(into output: inout TextBuffer) {}

    public mutating func add(_ report: FileReport, into output: inout TextBuffer) {
        let code = report.header?.regionCode ?? ""
        if let name = report.header?.regionName { regionNames[code] = name }
        let asOf = report.header?.asOf?.description ?? ""
        let canonical = PathSpelling.canonical(report.file)
        for finding in report.findings {
            let basis = finding.basis
            let texts = [
                finding.file, finding.place, finding.severity.chineseName, finding.ruleID.rawValue,
                finding.topic.summary,
                finding.topic.rawValue, finding.message, finding.hint ?? "", basis?.document.title ?? "",
                basis?.document.number ?? "", basis?.section ?? "", basis?.quote ?? "",
                basis.map { $0.remarks.isEmpty ? "已核实" : $0.remarks.joined(separator: "；") } ?? "", code,
                report.header?.regionName ?? "", asOf, finding.path.description,
                finding.fingerprint(canonicalFile: canonical),
            ]
            if rows.count < XLSXWriter.maximumRows - 1 {
                rows.append(texts.map { .text(VisibleText.escaped($0)) })
            } else {
                leftOut += 1
            }
            counts[code, default: [:]][finding.topic, default: 0] += 1
        }
    }

    public mutating func end(_ summary: RunSummary, into output: inout TextBuffer) {
        let findings = SheetDraft(
            name: "问题", rows: [Self.columns.map { .text($0.title) }] + rows,
            columnWidths: Self.columns.map(\.width), headerRows: 1, filter: true)
        let draft = WorkbookDraft(sheets: [findings, totals(), notes(summary)])
        guard let bytes = try? XLSXWriter.bytes(of: draft) else { return }
        bytes.withUnsafeBufferPointer { output.append($0) }
    }

    /// 「汇总」: a row per region, a column per topic that occurs, and the totals.
    func totals() -> SheetDraft {
        let topics = Topic.all.filter { topic in counts.values.contains { $0[topic] != nil } }
        var table: [[DraftCell]] = [[.text("区划代码"), .text("地区")] + topics.map { .text($0.summary) } + [.text("合计")]]
        var columnTotals = [Int](repeating: 0, count: topics.count)
        for code in counts.keys.sorted() {
            let byTopic = counts[code]!
            var row: [DraftCell] = [.text(code.isEmpty ? "（未写区划代码）" : code), .text(regionNames[code] ?? "")]
            for (index, topic) in topics.enumerated() {
                let count = byTopic[topic] ?? 0
                columnTotals[index] += count
                row.append(count == 0 ? .empty : .number(Double(count)))
            }
            row.append(.number(Double(byTopic.values.reduce(0, +))))
            table.append(row)
        }
        table.append(
            [.text("合计"), .empty] + columnTotals.map { .number(Double($0)) } + [
                .number(Double(columnTotals.reduce(0, +)))
            ])
        return SheetDraft(
            name: "汇总", rows: table, columnWidths: [14, 24] + topics.map { _ in 14 } + [8], headerRows: 1, filter: true)
    }

    func notes(_ summary: RunSummary) -> SheetDraft {
        var rows: [[DraftCell]] = [
            [.text("项目"), .text("内容")],
            [.text("工具"), .text("Qingdan \(toolVersion)")],
            [.text("检查的文件"), .number(Double(summary.files))],
            [.text("未发现问题"), .number(Double(summary.clean))],
            [.text("有问题"), .number(Double(summary.withFindings))],
            [.text("无法读取或格式错误"), .number(Double(summary.inputErrors))],
        ]
        for severity in [Severity.error, .warning, .info] {
            rows.append([.text(severity.chineseName), .number(Double(summary.bySeverity[severity] ?? 0))])
        }
        if let today = summary.today { rows.append([.text("检查日期"), .text(today.description)]) }
        if leftOut > 0 {
            rows.append([
                .text("未列出"),
                .text("「问题」表已到工作表的最大行数，另有 \(leftOut) 个问题未列出（已计入「汇总」）；请用 --report json 或 csv 取得全部问题"),
            ])
        }
        rows.append([
            .text("说明"),
            .text("区划代码、指纹和日期都存为文本，编辑时不会变成数字。「位置」是申报文件的行:列，工作簿申报则是 工作表!单元格。"),
        ])
        return SheetDraft(name: "说明", rows: rows, columnWidths: [20, 80], headerRows: 1, filter: false)
    }
}
