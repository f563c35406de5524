import QingdanYAML

/// Values a check fills into its rule's message template.
public struct MessageValues: Sendable, ExpressibleByDictionaryLiteral {
    public private(set) var pairs: [(String, String)]

    public init(dictionaryLiteral elements: (String, String)...) {
        pairs = elements
    }

    public subscript(name: String) -> String? {
        get { pairs.first { $0.0 == name }?.1 }
        set {
            pairs.removeAll { $0.0 == name }
            if let newValue { pairs.append((name, newValue)) }
        }
    }
}

/// Where a check reports what it finds; the engine adds the rule's id, severity, message and
/// legal basis.
public struct FindingSink: Sendable {
    public struct Report: Sendable {
        public let location: SourceLocation
        public let path: DocumentPath
        public let values: MessageValues
        /// Tells apart several reports of one rule at one place.
        public let identity: String
        /// What the finding is about, when that is not where it is reported (a list that is too
        /// long is reported at its first excess item): its fingerprint follows this place.
        public let subject: DocumentPath?
    }

    public private(set) var reports: [Report] = []

    public init() {}

    /// Reports a place; `identity` must differ between reports of one check at one place.
    public mutating func report(at node: YAMLNode, path: DocumentPath, identity: String = "",
                                subject: DocumentPath? = nil, _ values: MessageValues) {
        reports.append(Report(location: node.location, path: path, values: values, identity: identity, subject: subject))
    }
}
