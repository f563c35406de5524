import QingdanCore
import QingdanPluginAPI

/// CSV for spreadsheets: UTF-8 with a byte order mark so that Excel shows Chinese correctly,
/// one row per finding, RFC 4180 quoting.
public struct CSVReporter: Reporter {
    static let columns = [
        "文件", "行", "列", "严重程度", "规则", "类别", "消息", "建议", "依据文件", "文号", "条款", "引文",
        "核实状态", "区划代码", "地区", "路径", "指纹",
    ]

    public init() {}

    public mutating func begin(into output: inout TextBuffer) {
        output += "\u{FEFF}" + Self.columns.map(Self.field).joined(separator: ",") + "\r\n"
    }

    public mutating func add(_ report: FileReport, into output: inout TextBuffer) {
        for finding in report.findings {
            let basis = finding.basis
            let row = [
                finding.cell.map { "\(finding.file):\($0)" } ?? finding.file, String(finding.shownLine),
                String(finding.shownColumn),
                finding.severity.chineseName, finding.ruleID.rawValue, finding.topic.rawValue, finding.message,
                finding.hint ?? "", basis?.document.title ?? "", basis?.document.number ?? "", basis?.section ?? "",
                basis?.quote ?? "", basis.map { $0.remarks.isEmpty ? "已核实" : $0.remarks.joined(separator: "；") } ?? "",
                report.header?.regionCode ?? "", report.header?.regionName ?? "", finding.path.description,
                finding.fingerprint,
            ]
            output += row.map(Self.field).joined(separator: ",") + "\r\n"
        }
    }

    public mutating func end(_ summary: RunSummary, into output: inout TextBuffer) {}

    static func field(_ text: String) -> String {
        // Controls and bidirectional overrides show as codes (a spreadsheet or a terminal would
        // act on them); a leading = + - @ would make a spreadsheet run a formula, and a quote
        // mark defuses it.
        let text = VisibleText.escaped(text)
        let safe = text.first.map { "=+-@".contains($0) } == true ? "'" + text : text
        let needsQuotes = safe.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        return needsQuotes ? "\"" + safe.replacing("\"", with: "\"\"") + "\"" : safe
    }
}
