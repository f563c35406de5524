import QingdanCore
import QingdanPluginAPI

/// GitLab Code Quality JSON: the artifact a merge request widget shows
/// (`artifacts: reports: codequality`).
public struct GitLabReporter: Reporter {
    private var first = true

    public init() {}

    public mutating func begin(into output: inout TextBuffer) {
        output += "["
    }

    public mutating func add(_ report: FileReport, into output: inout TextBuffer) {
        for finding in report.findings {
            output += first ? "\n  " : ",\n  "
            first = false
            var description = "[\(finding.ruleID)] \(finding.message)"
            if let citation = finding.citation { description += " 依据：\(citation)" }
            JSONWriter.write(
                .object([
                    ("description", .string(description)),
                    ("check_name", .string(finding.ruleID.rawValue)),
                    ("fingerprint", .string(finding.fingerprint)),
                    ("severity", .string(Self.severity(finding.severity))),
                    ("categories", .array([.string("Compliance")])),
                    (
                        "location",
                        .object([
                            ("path", .string(finding.file)),
                            ("lines", .object([("begin", .int(finding.shownLine))])),
                        ])
                    ),
                ]), indent: 1, into: &output)
        }
    }

    public mutating func end(_ summary: RunSummary, into output: inout TextBuffer) {
        output += first ? "]\n" : "\n]\n"
    }

    static func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: "major"
        case .warning: "minor"
        case .info: "info"
        }
    }
}
