import QingdanYAML

/// The outcome of checking one file.
public struct FileReport: Sendable {
    public let file: String
    /// Findings in report order.
    public var findings: [Finding]
    public let header: FilingHeader?
    /// The pack applied, when one could be chosen.
    public let pack: ResolvedPack?
    /// How many rules judged the filing.
    public let rulesRun: Int

    /// True when the file could not be read as a filing (a `format.*` finding): exit status 2.
    public var hasInputError: Bool { findings.contains { $0.topic.isFormat } }

    public init(file: String, findings: [Finding], header: FilingHeader?, pack: ResolvedPack?, rulesRun: Int) {
        self.file = file
        self.findings = findings.sorted(by: Finding.reportOrder)
        self.header = header
        self.pack = pack
        self.rulesRun = rulesRun
    }
}
