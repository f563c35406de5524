/// The stable code that identifies what a finding is about: a rule's id (`YB-CERT-COUNT`) or one
/// of the built-in codes below. Reports, waivers, baselines and `--fail-on` filters all use it;
/// a built-in code never changes once released. Each layer declares its own family here, so one
/// type spells every code.
public struct FindingCode: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        rawValue = value
    }

    public var description: String { rawValue }

    public static func < (lhs: FindingCode, rhs: FindingCode) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A file that could not be read or turned into a document tree (`YAMLProblem`).
extension FindingCode {
    public static let syntax: FindingCode = "yaml.syntax"
    public static let encoding: FindingCode = "yaml.encoding"
    public static let duplicateKey: FindingCode = "yaml.duplicate-key"
    public static let alias: FindingCode = "yaml.alias"
    public static let tag: FindingCode = "yaml.tag"
    public static let complexKey: FindingCode = "yaml.complex-key"
    public static let multipleDocuments: FindingCode = "yaml.multiple-documents"
    public static let empty: FindingCode = "yaml.empty"
    public static let limit: FindingCode = "yaml.limit"
    public static let unreadable: FindingCode = "input.unreadable"
    /// Typing slips found before libyaml reads the file (`TypingSlips`), every one in a run.
    public static let fullWidthColon: FindingCode = "yaml.full-width-colon"
    public static let fullWidthIndent: FindingCode = "yaml.full-width-space"
    public static let tabIndent: FindingCode = "yaml.tab-indent"
    public static let fullWidthDash: FindingCode = "yaml.full-width-dash"
    public static let fullWidthHash: FindingCode = "yaml.full-width-hash"

    /// Every code of a file that does not parse.
    public static let yamlCodes: [FindingCode] = [
        .syntax, .encoding, .duplicateKey, .alias, .tag, .complexKey, .multipleDocuments, .empty, .limit, .unreadable,
        .fullWidthColon, .fullWidthIndent, .tabIndent, .fullWidthDash, .fullWidthHash,
    ]
}
