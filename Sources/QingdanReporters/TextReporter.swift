import QingdanCore

/// The report people read: one `file:line:col: severity [RULE] message` line per finding, the
/// policy it rests on and a hint under it, then a one-line summary. Chinese; coloured on a terminal.
public struct TextReporter: Reporter {
    public static let name = "text"
    public let colour: Bool

    public init(colour: Bool) {
        self.colour = colour
    }

    public func render(_ run: CheckRun) -> String {
        var output = ""
        for finding in run.findings {
            output += line(for: finding)
        }
        output += summary(run)
        return output
    }

    func line(for finding: Finding) -> String {
        let severityColour = switch finding.severity {
        case .error: Style.red
        case .warning: Style.yellow
        case .info: Style.cyan
        }
        var text = "\(paint(Style.bold, "\(finding.file):\(finding.location.line):\(finding.location.column):")) "
        text += "\(paint(severityColour, finding.severity.rawValue)) [\(finding.ruleID)] \(finding.message)\n"
        if let basis = finding.basis {
            let status = basis.status == .unverified ? "（未核实）" : ""
            var source = basis.document.title
            if let number = basis.document.number { source += "（\(number)）" }
            text += paint(Style.dim, "  依据\(status)：\(source) \(basis.section)：「\(basis.quote)」") + "\n"
        }
        if let hint = finding.hint {
            text += paint(Style.dim, "  建议：\(hint)") + "\n"
        }
        return text
    }

    func summary(_ run: CheckRun) -> String {
        let files = run.reports.count
        let errors = run.count(.error), warnings = run.count(.warning), infos = run.count(.info)
        var packs: [String] = []
        for report in run.reports {
            guard let pack = report.pack else { continue }
            let chain = pack.versionChain.map { "\($0.id)@\($0.version)" }.joined(separator: " → ")
            if !packs.contains(chain) { packs.append(chain) }
        }
        var details: [String] = []
        if !packs.isEmpty { details.append("规则包 \(packs.joined(separator: "、"))") }
        if run.reports.count == 1, run.reports[0].rulesRun > 0 { details.append("\(run.reports[0].rulesRun) 条规则") }
        let detail = details.isEmpty ? "" : "（\(details.joined(separator: "，"))）"
        if errors + warnings + infos == 0 {
            return paint(Style.green, "✓ 检查了 \(files) 个文件，未发现问题") + detail + "\n"
        }
        var counts: [String] = []
        if errors > 0 { counts.append("\(errors) 个错误") }
        if warnings > 0 { counts.append("\(warnings) 个警告") }
        if infos > 0 { counts.append("\(infos) 个提示") }
        let withProblems = run.reports.count { !$0.findings.isEmpty }
        let symbol = errors > 0 ? paint(Style.red, "✗") : paint(Style.yellow, "!")
        return "\(symbol) 检查了 \(files) 个文件，\(withProblems) 个有问题：\(counts.joined(separator: "，"))\(detail)\n"
    }

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
