import QingdanYAML

/// What compiling one rule's check can see: the filing format the run reads and where the rule's
/// `check:` mapping is, for locating problems.
public struct CheckContext: Sendable {
    public let kindName: String
    public let format: FilingFormat
    /// The pack file.
    public let file: String
    /// The rule's `check:` mapping.
    public let node: YAMLNode

    public init(kindName: String, format: FilingFormat, file: String, node: YAMLNode) {
        self.kindName = kindName
        self.format = format
        self.file = file
        self.node = node
    }

    /// A problem at `node`, or at the `check:` mapping.
    public func problem(
        at node: YAMLNode? = nil, _ message: String, hint: String? = nil,
        code: PackProblem.Code = .option
    ) -> PackProblem {
        PackProblem(code: code, file: file, location: (node ?? self.node).location, message: message, hint: hint)
    }
}
