import QingdanCore
import QingdanPluginAPI

/// JUnit XML for CI systems that show test results (Jenkins, GitLab, Azure): one test suite per
/// filing, one failing test case per finding, one passing case for a clean filing.
public struct JUnitReporter: Reporter {
    public init() {}

    public mutating func begin(into output: inout TextBuffer) {
        output += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"qingdan\">\n"
    }

    public mutating func add(_ report: FileReport, into output: inout TextBuffer) {
        let failures = report.findings.count { $0.severity == .error }
        let cases = max(report.findings.count, 1)
        output +=
            "  <testsuite name=\"\(XMLText.escape(report.file))\" tests=\"\(cases)\" failures=\"\(failures)\" errors=\"0\""
        output += " skipped=\"\(report.findings.count - failures)\">\n"
        if report.findings.isEmpty {
            output += "    <testcase classname=\"\(XMLText.escape(report.file))\" name=\"qingdan check\"/>\n"
        }
        for finding in report.findings {
            let name = "\(finding.ruleID) \(finding.place)"
            output += "    <testcase classname=\"\(XMLText.escape(report.file))\" name=\"\(XMLText.escape(name))\">\n"
            // Each line of the body shows its line breaks (and other hidden characters) as codes.
            var body =
                "\(VisibleText.escaped(finding.file)):\(VisibleText.escaped(finding.place))\n\(VisibleText.escaped(finding.message))"
            if let citation = finding.citation { body += "\n依据：\(VisibleText.escaped(citation))" }
            if let hint = finding.hint { body += "\n建议：\(VisibleText.escaped(hint))" }
            if finding.severity == .error {
                output +=
                    "      <failure message=\"\(XMLText.escape(VisibleText.escaped(finding.message)))\" type=\"\(finding.topic.rawValue)\">\(XMLText.escape(body))</failure>\n"
            } else {
                // A warning's citation (and whether it rests on a draft) goes in the skipped element's text.
                output +=
                    "      <skipped message=\"\(finding.severity.rawValue): \(XMLText.escape(VisibleText.escaped(finding.message)))\">\(XMLText.escape(body))</skipped>\n"
            }
            output += "    </testcase>\n"
        }
        output += "  </testsuite>\n"
    }

    public mutating func end(_ summary: RunSummary, into output: inout TextBuffer) {
        output += "</testsuites>\n"
    }
}

public enum XMLText {
    /// Text safe in an attribute or element: the markup characters as entities, a line feed as
    /// `&#10;` (kept through attribute normalisation), and every other character `VisibleText`
    /// hides as `\u{…}` — among them the C0 controls and U+FFFE/U+FFFF that XML 1.0 cannot carry
    /// at all.
    public static func escape(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "\n": escaped += "&#10;"
            case _ where VisibleText.isHidden(scalar.value): escaped += VisibleText.code(scalar.value)
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
