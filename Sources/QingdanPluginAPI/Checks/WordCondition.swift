/// A condition on the words of an item's fields, written in packs as a mapping from field to
/// words: `unless_contains: {set_by: [村民会议, 村民委员会]}`. It holds when a field's text holds
/// one of its words other than in a denial: 本项不适用个人承诺制 does not hold 个人承诺.
public struct WordCondition: Sendable {
    public struct Clause: Sendable {
        public let field: String
        public let words: [String]
        /// The words' UTF-8 bytes, searched for in the field's bytes without making a String.
        let wordBytes: [[UInt8]]

        init(field: String, words: [String]) {
            self.field = field
            self.words = words
            wordBytes = words.map { Array($0.utf8) }
        }
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
            guard let node = item.value(clause.field), node.isScalar else { continue }
            let found = node.withTextBytes { text in
                clause.wordBytes.contains { Self.affirms($0, in: text) }
            }
            if found == true { return true }
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
    /// The denials' scalar values, compared as the bytes before a word are decoded.
    static let denialScalars: Set<UInt32> = Set(denials.flatMap { $0.unicodeScalars.map(\.value) })
    /// How many characters before a word a denial reaches (不适用个人承诺制).
    static let denialReach = 3

    /// Whether `text` holds `word` at least once without a denial just before it.
    public static func affirms(_ word: String, in text: String) -> Bool {
        var text = text
        return text.withUTF8 { affirms(Array(word.utf8), in: $0) }
    }

    /// Whether the UTF-8 `text` holds the UTF-8 `word` at least once without a denial in the
    /// `denialReach` scalars just before it.
    static func affirms(_ word: [UInt8], in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = word.first, word.count <= text.count else { return word.isEmpty }
        var start = 0
        let last = text.count - word.count
        while start <= last {
            guard text[start] == first, Self.matches(word, in: text, at: start) else {
                start += 1
                continue
            }
            if !deniedBefore(start, in: text) { return true }
            start += 1
        }
        return false
    }

    @inline(__always)
    static func matches(_ word: [UInt8], in text: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        for index in 1..<word.count where text[start + index] != word[index] { return false }
        return true
    }

    /// Whether one of the `denialReach` scalars before byte `end` is a denial.
    static func deniedBefore(_ end: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = end, scalars = 0
        while index > 0, scalars < denialReach {
            var begin = index - 1
            while begin > 0, text[begin] & 0xC0 == 0x80 { begin -= 1 }
            if denialScalars.contains(decode(text, from: begin, to: index)) { return true }
            index = begin
            scalars += 1
        }
        return false
    }

    /// The scalar value of the UTF-8 sequence `text[begin..<end]` (valid, as YAML text is).
    static func decode(_ text: UnsafeBufferPointer<UInt8>, from begin: Int, to end: Int) -> UInt32 {
        let lead = UInt32(text[begin])
        let length = end - begin
        var value: UInt32 =
            switch length {
            case 1: lead
            case 2: lead & 0x1F
            case 3: lead & 0x0F
            default: lead & 0x07
            }
        for index in (begin + 1)..<max(begin + 1, end) { value = value << 6 | UInt32(text[index] & 0x3F) }
        return value
    }
}
