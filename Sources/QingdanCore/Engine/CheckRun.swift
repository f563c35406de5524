/// Everything one `qingdan check` invocation produced: what reporters render.
public struct CheckRun: Sendable {
    public let reports: [FileReport]
    public let toolVersion: String

    public init(reports: [FileReport], toolVersion: String) {
        self.reports = reports
        self.toolVersion = toolVersion
    }

    public var findings: [Finding] { reports.flatMap(\.findings) }

    public func count(_ severity: Severity) -> Int {
        reports.reduce(0) { $0 + $1.findings.count { $0.severity == severity } }
    }

    /// True when some file could not be read as a filing.
    public var hasInputError: Bool { reports.contains(where: \.hasInputError) }

    /// The exit status: 2 for input errors, 1 for findings at or above `failLevel`, else 0.
    public func exitStatus(failLevel: Severity?) -> Int32 {
        if hasInputError { return 2 }
        guard let failLevel else { return 0 }
        return findings.contains { $0.severity >= failLevel } ? 1 : 0
    }
}
