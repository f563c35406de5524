import QingdanYAML

/// A reason a rule pack cannot be used, located in the pack file.
public struct PackProblem: Error, Sendable, Equatable {
    public enum Code: String, Sendable, CaseIterable {
        case syntax = "pack.syntax"
        case schema = "pack.schema"
        case notFound = "pack.not-found"
        case idMismatch = "pack.id-mismatch"
        case extendsCycle = "pack.extends-cycle"
        case unknownKind = "pack.unknown-kind"
        case option = "pack.option"
        case duplicateRule = "pack.duplicate-rule"
        case citation = "pack.citation"
        case template = "pack.template"
        case example = "pack.example"
        case loosening = "pack.loosening"
        case region = "pack.region"
    }

    public var code: Code
    public var file: String
    public var location: SourceLocation
    public var message: String
    public var hint: String?
    /// Another place involved, such as the parent rule a child loosens.
    public var related: (file: String, location: SourceLocation)?

    public init(code: Code, file: String, location: SourceLocation, message: String, hint: String? = nil,
                related: (file: String, location: SourceLocation)? = nil) {
        self.code = code
        self.file = file
        self.location = location
        self.message = message
        self.hint = hint
        self.related = related
    }

    public static func == (lhs: PackProblem, rhs: PackProblem) -> Bool {
        lhs.code == rhs.code && lhs.file == rhs.file && lhs.location == rhs.location
            && lhs.message == rhs.message && lhs.hint == rhs.hint
            && lhs.related?.file == rhs.related?.file && lhs.related?.location == rhs.related?.location
    }
}

/// Every problem found while loading packs; nothing is checked with a broken pack.
public struct PackLoadFailure: Error, Sendable {
    public let problems: [PackProblem]

    public init(problems: [PackProblem]) {
        self.problems = problems
    }
}
