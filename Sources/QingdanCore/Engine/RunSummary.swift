import QingdanPluginAPI
import QingdanYAML

/// Totals of a run, gathered file by file so that nothing per file needs to be kept: what
/// reporters print at the end, and what decides the exit status.
public struct RunSummary: Sendable {
    public struct RollupKey: Hashable, Sendable, Comparable {
        /// The county-level region's canonical key (the county a township or village lies in), or
        /// the region's own key above that level; `—` for a filing without a readable code.
        public let region: String
        public let topic: Topic

        public static func < (a: RollupKey, b: RollupKey) -> Bool { (a.region, a.topic) < (b.region, b.topic) }
    }

    public let toolVersion: String
    public private(set) var files = 0
    public private(set) var clean = 0
    public private(set) var withFindings = 0
    public private(set) var inputErrors = 0
    public private(set) var bySeverity: [Severity: Int] = [:]
    public private(set) var suppressed: [Suppression.Kind: Int] = [:]
    /// Findings per region and topic.
    public private(set) var rollup: [RollupKey: Int] = [:]
    /// Names of the regions in the roll-up, from the filings that name them.
    public private(set) var regionNames: [String: String] = [:]
    /// Pack version chains applied, in the order first met (`cn@1.0 → cn/liaoning@1.0`).
    public private(set) var packChains: [String] = []
    /// Rules run in the only file, when there is one file.
    public private(set) var rulesRunInOnlyFile: Int?
    /// Of those, the rules that had something to judge (`FileReport.rulesWithContent`).
    public private(set) var rulesWithContentInOnlyFile: Int?

    /// The day the run took as today (`--today`, else the day in China Standard Time); nil when
    /// not known (reports rendered without a run).
    public let today: CivilDate?
    /// Whether any outcome depended on `today`: a filing without `as_of` judged by today's rules,
    /// or a waiver with `until` that waived a finding or has expired.
    public private(set) var dependsOnToday = false

    public init(toolVersion: String, today: CivilDate? = nil) {
        self.toolVersion = toolVersion
        self.today = today
    }

    public mutating func add(_ report: FileReport) {
        files += 1
        rulesRunInOnlyFile = files == 1 ? report.rulesRun : nil
        rulesWithContentInOnlyFile = files == 1 ? report.rulesWithContent : nil
        if report.hasInputError {
            inputErrors += 1
        } else if report.findings.isEmpty {
            clean += 1
        } else {
            withFindings += 1
        }
        let region = Self.rollupRegion(of: report.header)
        // A group is named by the filing of the region itself (a village's name would mislead).
        if let code = report.header?.agreedRegion, code == code.rollupRegion, let name = report.header?.regionName {
            regionNames[region] = name
        }
        for finding in report.findings {
            bySeverity[finding.severity, default: 0] += 1
            rollup[RollupKey(region: region, topic: finding.topic), default: 0] += 1
        }
        for item in report.suppressed { suppressed[item.suppression.kind, default: 0] += 1 }
        if !dependsOnToday {
            dependsOnToday =
                report.pack != nil && report.header?.asOf == nil
                || report.suppressed.contains { $0.suppression.until != nil }
                || report.findings.contains { $0.ruleID == .waiverExpired }
        }
        if let pack = report.pack {
            let chain = pack.versionChain.map { "\($0.id)@\($0.version)" }.joined(separator: " → ")
            if !packChains.contains(chain) { packChains.append(chain) }
        }
    }

    public func count(_ severity: Severity) -> Int { bySeverity[severity] ?? 0 }
    public var findings: Int { bySeverity.values.reduce(0, +) }
    public var suppressedTotal: Int { suppressed.values.reduce(0, +) }
    public var hasInputError: Bool { inputErrors > 0 }

    /// The exit status: 2 for input errors, 1 for findings at or above `failLevel`, else 0.
    public func exitStatus(failLevel: Severity?) -> Int32 {
        if hasInputError { return 2 }
        guard let failLevel else { return 0 }
        return bySeverity.contains { $0.key >= failLevel && $0.value > 0 } ? 1 : 0
    }

    /// Regions of the roll-up with their totals, most findings first.
    public var regionTotals: [(region: String, name: String?, count: Int)] {
        var totals: [String: Int] = [:]
        for (key, count) in rollup { totals[key.region, default: 0] += count }
        return totals.map { ($0.key, regionNames[$0.key], $0.value) }
            .sorted { ($1.count, $0.region) < ($0.count, $1.region) }
    }

    /// Topics of the roll-up with their totals, most findings first.
    public var topicTotals: [(topic: Topic, count: Int)] {
        var totals: [Topic: Int] = [:]
        for (key, count) in rollup { totals[key.topic, default: 0] += count }
        return totals.map { ($0.key, $0.value) }.sorted { ($1.count, $0.topic) < ($0.count, $1.topic) }
    }

    /// The roll-up group of a filing: its region's `RegionCode.rollupRegion` key, `—` without one.
    public static func rollupRegion(of header: FilingHeader?) -> String {
        header?.region?.rollupRegion.key ?? "—"
    }
}
