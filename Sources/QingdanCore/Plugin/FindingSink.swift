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
    }

    public private(set) var reports: [Report] = []

    public init() {}

    public mutating func report(at node: YAMLNode, path: DocumentPath, _ values: MessageValues) {
        reports.append(Report(location: node.location, path: path, values: values))
    }
}
