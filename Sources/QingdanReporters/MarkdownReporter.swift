import QingdanCore
import QingdanPluginAPI

/// A Markdown summary for a pull or merge request comment, or a GitHub job summary: totals, a
/// table per file, topics, and the findings with their policy quotes folded under each file.
public struct MarkdownReporter: Reporter {
    private var fileRows: [String] = []
    private var details: [String] = []

    public init() {}

    public mutating func begin(into output: inout TextBuffer) {}

    public mutating func add(_ report: FileReport, into output: inout TextBuffer) {
        let errors = report.findings.count { $0.severity == .error }
        let warnings = report.findings.count { $0.severity == .warning }
        let status = report.hasInputError ? "⛔ 输入错误" : errors > 0 ? "❌" : warnings > 0 ? "⚠️" : "✅"
        fileRows.append(
            "| `\(Self.cell(report.file))` | \(Self.cell(report.header?.regionName ?? "—")) | \(errors) | \(warnings) | \(report.suppressed.count) | \(status) |"
        )
        guard !report.findings.isEmpty else { return }
        var block = "<details><summary><code>\(Self.html(report.file))</code>（\(report.findings.count)）</summary>\n\n"
        block += "| 位置 | 级别 | 规则 | 问题 | 依据 |\n|---|---|---|---|---|\n"
        for finding in report.findings {
            let basis =
                finding.basis.map {
                    "\($0.document.title) \($0.section)：「\($0.quote)」\($0.remarkText)"
                } ?? "—"
            block +=
                "| \(Self.cell(finding.place)) | \(finding.severity.chineseName) | `\(finding.ruleID)` | \(Self.cell(finding.message)) | \(Self.cell(basis)) |\n"
        }
        details.append(block + "\n</details>\n")
    }

    public mutating func end(_ summary: RunSummary, into output: inout TextBuffer) {
        let symbol =
            summary.hasInputError ? "⛔" : summary.count(.error) > 0 ? "❌" : summary.count(.warning) > 0 ? "⚠️" : "✅"
        output += "## Qingdan 清单合规检查\n\n"
        output += "\(symbol) 检查了 **\(summary.files)** 个文件：\(summary.count(.error)) 个错误，\(summary.count(.warning)) 个警告"
        if summary.suppressedTotal > 0 { output += "，\(summary.suppressedTotal) 个已豁免或在基线中" }
        output += "。\n\n"
        if !summary.packChains.isEmpty {
            output += "规则包：" + summary.packChains.map { "`\($0)`" }.joined(separator: "、") + "\n\n"
        }
        output += "| 文件 | 地区 | 错误 | 警告 | 未计入 | 状态 |\n|---|---|---|---|---|---|\n"
        output += fileRows.joined(separator: "\n") + "\n\n"
        if !summary.topicTotals.isEmpty {
            output += "### 按类别\n\n| 类别 | 说明 | 数量 |\n|---|---|---|\n"
            for (topic, count) in summary.topicTotals {
                output += "| `\(topic.rawValue)` | \(topic.summary) | \(count) |\n"
            }
            output += "\n### 问题\n\n" + details.joined(separator: "\n")
        }
    }

    static func cell(_ text: String) -> String {
        html(text).replacing("|", with: "\\|").replacing("\n", with: "<br>")
    }

    /// Text as Markdown and HTML show it, with the characters `VisibleText` hides as codes.
    static func html(_ text: String) -> String {
        VisibleText.escaped(text).replacing("&", with: "&amp;").replacing("<", with: "&lt;").replacing(
            ">", with: "&gt;")
    }
}
