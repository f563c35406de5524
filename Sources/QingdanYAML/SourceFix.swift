/// A change to a file's bytes: `range` (UTF-8 byte offsets into the file as read) becomes
/// `replacement`.
public struct SourceEdit: Sendable, Hashable {
    public var range: Range<Int>
    public var replacement: String

    public init(range: Range<Int>, replacement: String) {
        self.range = range
        self.replacement = replacement
    }
}

/// A fix whose result is certain, offered with a finding: `qingdan fix` applies it, the language
/// server offers it as a code action. Its edits do not overlap.
public struct SourceFix: Sendable, Hashable {
    /// What the fix does, in Chinese (`把「務」改为「务」`).
    public var title: String
    public var edits: [SourceEdit]

    public init(title: String, edits: [SourceEdit]) {
        self.title = title
        self.edits = edits
    }

    public init(title: String, range: Range<Int>, replacement: String) {
        self.init(title: title, edits: [SourceEdit(range: range, replacement: replacement)])
    }
}
