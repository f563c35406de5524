import QingdanPluginAPI
import QingdanYAML

/// The outcome of checking one file.
public struct FileReport: Sendable {
    public let file: String
    /// Findings that count, in report order.
    public var findings: [Finding]
    /// Findings waived or in the baseline, in report order.
    public var suppressed: [SuppressedFinding]
    public let header: FilingHeader?
    /// The pack applied, when one could be chosen.
    public let pack: ResolvedPack?
    /// How many rules judged the filing: those in force for its level and date.
    public let rulesRun: Int
    /// How many of them had something to judge: reported a finding, or found a part they read
    /// present and not empty. Fewer than `rulesRun` when sections are absent or empty.
    public let rulesWithContent: Int
    /// Entries of the waiver file that waived something in this file.
    public var usedWaiverEntries: Set<Int>
    /// Where the filing writes its region code, for findings about it.
    public var regionCodeLocation: SourceLocation?

    /// True when the file could not be read as a filing (a `format.*` finding): exit status 2.
    public var hasInputError: Bool { findings.contains { $0.topic.isFormat } }

    public init(
        file: String, findings: [Finding], suppressed: [SuppressedFinding] = [], header: FilingHeader?,
        pack: ResolvedPack?, rulesRun: Int, rulesWithContent: Int? = nil, usedWaiverEntries: Set<Int> = []
    ) {
        self.file = file
        self.findings = findings.sorted(by: Finding.reportOrder)
        self.suppressed = suppressed.sorted { Finding.reportOrder($0.finding, $1.finding) }
        self.header = header
        self.pack = pack
        self.rulesRun = rulesRun
        self.rulesWithContent = rulesWithContent ?? rulesRun
        self.usedWaiverEntries = usedWaiverEntries
    }

    /// Adds findings made after the file was checked (cross-filing checks).
    public mutating func add(_ more: [Finding]) {
        findings = (findings + more).sorted(by: Finding.reportOrder)
    }
}
