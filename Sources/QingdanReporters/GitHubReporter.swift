import QingdanCore
import QingdanPluginAPI

/// GitHub Actions workflow commands: each finding becomes an annotation on its line in the pull
/// request (`::error file=…,line=…,col=…,title=…::message`).
public struct GitHubReporter: Reporter {
    public init() {}

    public mutating func begin(into output: inout TextBuffer) {}

    public mutating func add(_ report: FileReport, into output: inout TextBuffer) {
        for finding in report.findings {
            let command =
                switch finding.severity {
                case .error: "error"
                case .warning: "warning"
                case .info: "notice"
                }
            // The log viewer acts on ESC sequences: each piece shows its hidden characters as codes.
            var message = VisibleText.escaped(finding.message)
            if let citation = finding.citation { message += "\n依据：\(VisibleText.escaped(citation))" }
            if let hint = finding.hint { message += "\n建议：\(VisibleText.escaped(hint))" }
            output += "::\(command) file=\(Self.property(finding.file)),line=\(finding.shownLine),"
            output +=
                "col=\(finding.shownColumn),title=\(Self.property("qingdan \(finding.ruleID)"))::\(Self.data(message))\n"
        }
    }

    public mutating func end(_ summary: RunSummary, into output: inout TextBuffer) {
        output +=
            "::notice title=qingdan::\(Self.data("检查了 \(summary.files) 个文件：\(summary.count(.error)) 个错误，\(summary.count(.warning)) 个警告"))\n"
    }

    static func data(_ text: String) -> String {
        text.replacing("%", with: "%25").replacing("\r", with: "%0D").replacing("\n", with: "%0A")
    }

    static func property(_ text: String) -> String {
        data(VisibleText.escaped(text)).replacing(":", with: "%3A").replacing(",", with: "%2C")
    }
}
