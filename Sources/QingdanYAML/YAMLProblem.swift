/// Why a file could not be turned into a document tree. One problem ends the parse:
/// libyaml stops at its first error, and a tree that is only partly built is never checked.
public struct YAMLProblem: Error, Sendable, Equatable {
    /// One of `FindingCode.yamlCodes`.
    public var code: FindingCode
    public var location: SourceLocation
    public var message: String
    /// What to do about it: every problem carries one.
    public var hint: String
    /// Another place the problem involves, such as the first of two duplicate keys.
    public var related: SourceLocation?

    public init(
        code: FindingCode, location: SourceLocation, message: String, hint: String,
        related: SourceLocation? = nil
    ) {
        self.code = code
        self.location = location
        self.message = message
        self.hint = hint
        self.related = related
    }
}
