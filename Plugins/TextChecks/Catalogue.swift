import QingdanPluginAPI
import QingdanText

/// Named entries, each matched by its name or any of its aliases, compared folded.
struct Catalogue: Sendable {
    struct Entry: Sendable {
        let name: String
        /// 1-based position in the policy's list.
        let number: Int
        let forms: [FoldedText]
    }

    let entries: [Entry]
    /// Words a name may drop or add without naming something else (居民 in 居民养犬证明).
    let optionalWords: [FoldedText]

    /// The names of a list option, each with the other forms an aliases option gives it.
    init(
        _ names: [String], from option: String, aliases: OptionTable<[String]>?, optionalWords: [String] = [],
        _ context: CheckContext
    ) throws(PackProblem) {
        var forms: [String: [String]] = [:]
        for alias in aliases?.entries ?? [] {
            guard names.contains(alias.key) else {
                throw context.problem(
                    at: alias.keyNode, "aliases 中的「\(alias.key)」不在 \(option) 中",
                    hint: Suggestions.hint(for: alias.key, among: names, listing: "名称"))
            }
            forms[alias.key] = alias.value
        }
        let optional = optionalWords.map(FoldedText.init)
        self.optionalWords = optional
        entries = names.enumerated().map { index, name in
            var normalized: [FoldedText] = []
            for form in [name] + (forms[name] ?? []) {
                let folded = Self.normalized(FoldedText(form), optionalWords: optional)
                if !normalized.contains(folded) { normalized.append(folded) }
            }
            return Entry(name: name, number: index + 1, forms: normalized)
        }
    }

    /// The first entry that `text` matches: equal to a form, or (when `containing`) containing one.
    func match(_ text: FoldedText, containing: Bool) -> Entry? {
        entries.first { entry in entry.forms.contains { containing ? text.contains($0) : text == $0 } }
    }

    /// Every entry a drafter's name refers to, read as drafters write: a bracketed remark
    /// (婚姻状况（未婚）证明), 「的」 and optional words are ignored, and a name that joins several
    /// with 、 or 和 (出生、死亡证明) names each of them, the last part's ending completing the
    /// others.
    func matches(inName text: FoldedText, containing: Bool) -> [Entry] {
        let name = Self.normalized(text, optionalWords: optionalWords)
        var found: [Entry] = []
        func add(_ entry: Entry?) {
            if let entry, !found.contains(where: { $0.number == entry.number }) { found.append(entry) }
        }
        add(match(name, containing: containing))
        let parts = Self.parts(of: name.description)
        guard parts.count > 1, let last = parts.last else { return found }
        for part in parts.dropLast() {
            // 出生 + 证明: try the last part's endings, shortest first, until one names an entry.
            for start in last.indices.reversed() {
                if let entry = match(FoldedText(part + last[start...]), containing: containing) {
                    add(entry)
                    break
                }
            }
        }
        add(match(FoldedText(last), containing: containing))
        return found
    }

    /// `text` without bracketed remarks, 「的」 and the optional words.
    static func normalized(_ text: FoldedText, optionalWords: [FoldedText]) -> FoldedText {
        var result = ""
        var depth = 0
        for character in text.description {
            switch character {
            case "(": depth += 1
            case ")": depth = max(0, depth - 1)
            case "的" where depth == 0: continue
            default: if depth == 0 { result.append(character) }
            }
        }
        var folded = FoldedText(result)
        for word in optionalWords { folded = folded.removing(word) }
        return folded
    }

    /// The names joined in one: split at 、，,；/ and the conjunctions 和、及、与、或.
    static func parts(of text: String) -> [String] {
        text.split { "、，,；;/和及与或".contains($0) }.map(String.init).filter { !$0.isEmpty }
    }
}
