import QingdanCore
import QingdanPluginAPI

/// The report people read: one `file:line:col: severity [RULE] message` line per finding, the
/// policy it rests on and a hint under it, then a one-line summary — and for runs over several
/// regions, a roll-up by region and topic. Chinese; coloured on a terminal.
public struct TextReporter: Reporter {
    public let colour: Bool

    public init(colour: Bool) {
        self.colour = colour
    }

    public mutating func begin(into output: inout TextBuffer) {}

    public mutating func add(_ report: FileReport, into output: inout TextBuffer) {
        for finding in report.findings { output += line(for: finding) }
    }

    public mutating func end(_ summary: RunSummary, into output: inout TextBuffer) {
        if summary.regionTotals.count > 1 { output += rollup(summary) }
        output += self.summary(summary)
    }

    func line(for finding: Finding) -> String {
        let severityColour =
            switch finding.severity {
            case .error: Style.red
            case .warning: Style.yellow
            case .info: Style.cyan
            }
        // What a filing or a pack wrote is shown with its controls as codes (`shown`): raw, an
        // ESC, a carriage return or a line break could paint a line of its own.
        let place = "\(shown(finding.file)):\(shown(finding.place)):"
        var text = "\(paint(Style.bold, place)) "
        text +=
            "\(paint(severityColour, finding.severity.rawValue)) [\(shown(finding.ruleID.rawValue))] \(shown(finding.message))\n"
        if let basis = finding.basis {
            var source = basis.document.title
            if let number = basis.document.number { source += "（\(number)）" }
            text +=
                paint(Style.dim, "  依据：\(shown("\(source) \(basis.section)：「\(basis.quote)」\(basis.remarkText)"))")
                + "\n"
        }
        if let hint = finding.hint {
            text += paint(Style.dim, "  建议：\(shown(hint))") + "\n"
        }
        return text
    }

    func rollup(_ summary: RunSummary) -> String {
        var text = "\n按地区：\n"
        for (region, name, count) in summary.regionTotals {
            text += "  \(shown(region))\(name.map { " \(shown($0))" } ?? "")：\(count)\n"
        }
        text += "按类别：\n"
        for (topic, count) in summary.topicTotals {
            text += "  \(topic.rawValue)（\(topic.summary)）：\(count)\n"
        }
        return text + "\n"
    }

    func summary(_ summary: RunSummary) -> String {
        let errors = summary.count(.error), warnings = summary.count(.warning), infos = summary.count(.info)
        var details: [String] = []
        if !summary.packChains.isEmpty {
            details.append("规则包 \(shown(summary.packChains.joined(separator: "、")))")
        }
        if let rules = summary.rulesRunInOnlyFile, rules > 0 {
            let withContent = summary.rulesWithContentInOnlyFile ?? rules
            details.append(withContent < rules ? "\(rules) 条规则，其中 \(withContent) 条有内容可查" : "\(rules) 条规则")
        }
        if summary.suppressedTotal > 0 {
            var parts: [String] = []
            if let count = summary.suppressed[.inline] { parts.append("注释豁免 \(count)") }
            if let count = summary.suppressed[.waiverFile] { parts.append("豁免文件 \(count)") }
            if let count = summary.suppressed[.baseline] { parts.append("基线 \(count)") }
            details.append("未计入：\(parts.joined(separator: "、"))")
        }
        if summary.dependsOnToday, let today = summary.today { details.append("以 \(today) 为今天") }
        let detail = details.isEmpty ? "" : "（\(details.joined(separator: "，"))）"
        if errors + warnings + infos == 0 {
            return paint(Style.green, "✓ 检查了 \(summary.files) 个文件，未发现问题") + detail + "\n"
        }
        var counts: [String] = []
        if errors > 0 { counts.append("\(errors) 个错误") }
        if warnings > 0 { counts.append("\(warnings) 个警告") }
        if infos > 0 { counts.append("\(infos) 个提示") }
        let withProblems = summary.withFindings + summary.inputErrors
        let symbol = errors > 0 ? paint(Style.red, "✗") : paint(Style.yellow, "!")
        return "\(symbol) 检查了 \(summary.files) 个文件，\(withProblems) 个有问题：\(counts.joined(separator: "，"))\(detail)\n"
    }

    private func shown(_ text: String) -> String { VisibleText.escaped(text) }

    private func paint(_ style: String, _ text: String) -> String {
        colour ? "\u{1B}[\(style)m\(text)\u{1B}[0m" : text
    }

    private enum Style {
        static let bold = "1"
        static let dim = "2"
        static let red = "31"
        static let green = "32"
        static let yellow = "33"
        static let cyan = "36"
    }
}
