/// Why a file could not be turned into a document tree. One problem ends the parse (libyaml
/// stops at its first error, and a tree that is only partly built is never checked), but for the
/// typing slips found before libyaml reads the file: all of them are reported, the first as the
/// problem and the rest in `others`.
public struct YAMLProblem: Error, Sendable, Equatable {
    /// One of `FindingCode.yamlCodes`.
    public var code: FindingCode
    public var location: SourceLocation
    public var message: String
    /// What to do about it: every problem carries one.
    public var hint: String
    /// Another place the problem involves, such as the first of two duplicate keys.
    public var related: SourceLocation?
    /// The change that certainly resolves the problem, when there is one (a full-width colon).
    public var fix: SourceFix?
    /// The workbook cell the problem is at, for a filing read from a spreadsheet.
    public var cell: SheetCell?
    /// More problems of the same file, found in the same run (typing slips after the first).
    public var others: [YAMLProblem] = []

    /// This problem and the others, in the order of the file.
    public var all: [YAMLProblem] {
        var first = self
        first.others = []
        return [first] + others
    }

    public init(
        code: FindingCode, location: SourceLocation, message: String, hint: String,
        related: SourceLocation? = nil, fix: SourceFix? = nil, cell: SheetCell? = nil
    ) {
        self.cell = cell
        self.fix = fix
        self.code = code
        self.location = location
        self.message = message
        self.hint = hint
        self.related = related
    }

    /// More nodes than `limits` allow, at the node that is one too many: the same for YAML and JSON.
    static func tooManyNodes(_ limits: ParseLimits, at location: SourceLocation) -> YAMLProblem {
        YAMLProblem(
            code: .limit, location: location, message: "文档超过 \(limits.maxNodes) 个节点",
            hint: "申报文件通常只有几百个节点；如确需检查更大的文件，用 --max-nodes 调高上限")
    }
}
