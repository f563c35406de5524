import QingdanYAML

/// Where a check reports what it finds, each report with its kind's typed message values; the
/// engine adds the rule's id, severity, rendered message and legal basis.
public struct FindingSink<Message: FindingMessage>: Sendable {
    public struct Report: Sendable {
        public let location: SourceLocation
        public let path: DocumentPath
        public let message: Message
        /// Tells apart several reports of one rule at one place.
        public let identity: String
        /// What the finding is about, when that is not where it is reported (a list that is too
        /// long is reported at its first excess item): its fingerprint follows this place.
        public let subject: DocumentPath?
        /// The change that certainly resolves the finding, when the kind knows one.
        public let fix: SourceFix?
        /// The key the finding says is missing from the item at `path` (a workbook's report
        /// points at that key's empty cell).
        public let missingKey: String?
    }

    public private(set) var reports: [Report] = []

    public init() {}

    /// Reports a place; `identity` must differ between reports of one check at one place.
    public mutating func report(
        at node: YAMLNode, path: DocumentPath, identity: String = "",
        subject: DocumentPath? = nil, fix: SourceFix? = nil, missingKey: String? = nil, _ message: Message
    ) {
        reports.append(
            Report(
                location: node.location, path: path, message: message, identity: identity, subject: subject,
                fix: fix, missingKey: missingKey))
    }
}
