/// Why a file could not be turned into a document tree. One problem ends the parse:
/// libyaml stops at its first error, and a tree that is only partly built is never checked.
public struct YAMLProblem: Error, Sendable, Equatable {
    /// Stable codes that reports, waivers and tests refer to.
    public enum Code: String, Sendable, CaseIterable {
        case syntax = "yaml.syntax"
        case encoding = "yaml.encoding"
        case duplicateKey = "yaml.duplicate-key"
        case alias = "yaml.alias"
        case tag = "yaml.tag"
        case complexKey = "yaml.complex-key"
        case multipleDocuments = "yaml.multiple-documents"
        case empty = "yaml.empty"
        case limit = "yaml.limit"
        case unreadable = "input.unreadable"
    }

    public var code: Code
    public var location: SourceLocation
    public var message: String
    /// What to do about it: every problem carries one.
    public var hint: String
    /// Another place the problem involves, such as the first of two duplicate keys.
    public var related: SourceLocation?

    public init(code: Code, location: SourceLocation, message: String, hint: String,
                related: SourceLocation? = nil) {
        self.code = code
        self.location = location
        self.message = message
        self.hint = hint
        self.related = related
    }
}
