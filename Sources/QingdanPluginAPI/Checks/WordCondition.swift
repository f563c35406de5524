/// A condition on the words of an item's fields, written in packs as a mapping from field to
/// words: `unless_contains: {set_by: [村民会议, 村民委员会]}`. It holds when a field's text holds
/// one of its words other than in a denial: 本项不适用个人承诺制 does not hold 个人承诺.
public struct WordCondition: Sendable {
    public struct Clause: Sendable {
        public let field: String
        public let words: [String]
    }

    public let clauses: [Clause]

    /// The condition a pack wrote, with every field checked against the items of `lists`.
    public init(_ table: OptionTable<[String]>?, in lists: [FilingList], _ context: CheckContext) throws(PackProblem) {
        var clauses: [Clause] = []
        for entry in table?.entries ?? [] {
            let field = try FieldName(name: entry.key, node: entry.keyNode).checked(in: lists, context)
            clauses.append(Clause(field: field, words: entry.value))
        }
        self.clauses = clauses
    }

    public var isEmpty: Bool { clauses.isEmpty }

    /// Whether one of `item`'s fields affirms one of its words.
    public func matches(_ item: ListItem) -> Bool {
        for clause in clauses {
            guard let text = item.text(clause.field) else { continue }
            if clause.words.contains(where: { Self.affirms($0, in: text) }) { return true }
        }
        return false
    }

    /// Whether one of `item`'s fields affirms one of its words, or is not filled in (who set an
    /// item up is unknown, so it may be anyone).
    public func matchesOrUnstated(_ item: ListItem) -> Bool {
        clauses.contains { item.text($0.field) == nil } || matches(item)
    }

    /// Characters that, just before a word, deny it: 不适用, 非, 未实行, 无, 没有.
    static let denials: Set<Character> = ["不", "非", "未", "无", "没"]
    /// How many characters before a word a denial reaches (不适用个人承诺制).
    static let denialReach = 3

    /// Whether `text` holds `word` at least once without a denial just before it.
    public static func affirms(_ word: String, in text: String) -> Bool {
        var rest = text[...]
        while let range = rest.firstRange(of: word) {
            let before = text[text.startIndex..<range.lowerBound].suffix(denialReach)
            if !before.contains(where: denials.contains) { return true }
            rest = text[range.upperBound...]
        }
        return false
    }
}
