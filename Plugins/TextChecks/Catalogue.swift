import QingdanPluginAPI
import QingdanText

/// Named entries, each matched by its name or any of its aliases, compared folded.
struct Catalogue: Sendable {
    struct Entry: Sendable {
        let name: String
        /// 1-based position in the policy's list.
        let number: Int
        let forms: [FoldedText]
        /// How many of `forms`, from the start, rest on the policy text itself; the others come
        /// from `unverified_aliases` (public reprints not checked against the document).
        let verifiedForms: Int
    }

    /// An entry a name refers to, and the unverified alias it was known by, if it was.
    struct Found: Sendable {
        let entry: Entry
        let unverifiedAlias: String?
    }

    let entries: [Entry]
    /// Words a name may drop or add without naming something else (居民 in 居民养犬证明).
    let optionalWords: [FoldedText]

    /// The names of a list option, each with the other forms an aliases option gives it.
    init(
        _ names: [String], from option: String, aliases: OptionTable<[String]>?,
        unverifiedAliases: OptionTable<[String]>? = nil, optionalWords: [String] = [], _ context: CheckContext
    ) throws(PackProblem) {
        func table(_ aliases: OptionTable<[String]>?, named key: String) throws(PackProblem) -> [String: [String]] {
            var forms: [String: [String]] = [:]
            for alias in aliases?.entries ?? [] {
                guard names.contains(alias.key) else {
                    throw context.problem(
                        at: alias.keyNode, "\(key) 中的「\(alias.key)」不在 \(option) 中",
                        hint: Suggestions.hint(for: alias.key, among: names, listing: "名称"))
                }
                forms[alias.key] = alias.value
            }
            return forms
        }
        let verified = try table(aliases, named: "aliases")
        let unverified = try table(unverifiedAliases, named: "unverified_aliases")
        let optional = optionalWords.map(FoldedText.init)
        self.optionalWords = optional
        entries = names.enumerated().map { index, name in
            var normalized: [FoldedText] = []
            func add(_ form: String) {
                let folded = Self.normalized(FoldedText(form), optionalWords: optional)
                if !normalized.contains(folded) { normalized.append(folded) }
            }
            ([name] + (verified[name] ?? [])).forEach(add)
            let verifiedForms = normalized.count
            (unverified[name] ?? []).forEach(add)
            return Entry(name: name, number: index + 1, forms: normalized, verifiedForms: verifiedForms)
        }
    }

    /// The first entry that `text` matches: equal to a form, or (when `containing`) containing one.
    /// A verified form of any entry is preferred to an unverified alias.
    func match(_ text: FoldedText, containing: Bool) -> Entry? { find(text, containing: containing)?.entry }

    private func find(_ text: FoldedText, containing: Bool) -> Found? {
        func matches(_ form: FoldedText) -> Bool { containing ? text.contains(form) : text == form }
        if let entry = entries.first(where: { $0.forms[..<$0.verifiedForms].contains(where: matches) }) {
            return Found(entry: entry, unverifiedAlias: nil)
        }
        for entry in entries {
            if let form = entry.forms[entry.verifiedForms...].first(where: matches) {
                return Found(entry: entry, unverifiedAlias: form.description)
            }
        }
        return nil
    }

    /// Every entry a drafter's name refers to, read as drafters write: a bracketed remark
    /// (婚姻状况（未婚）证明), 「的」 and optional words are ignored, and a name that joins several
    /// with 、 or 和 (出生、死亡证明) names each of them, the last part's ending completing the
    /// others.
    func matches(inName text: FoldedText, containing: Bool) -> [Found] {
        let name = Self.normalized(text, optionalWords: optionalWords)
        var found: [Found] = []
        func add(_ next: Found?) {
            if let next, !found.contains(where: { $0.entry.number == next.entry.number }) { found.append(next) }
        }
        add(find(name, containing: containing))
        let parts = Self.parts(of: name.description)
        guard parts.count > 1, let last = parts.last else { return found }
        for part in parts.dropLast() {
            // 出生 + 证明: try the last part's endings, shortest first, until one names an entry.
            for start in last.indices.reversed() {
                if let entry = find(FoldedText(part + last[start...]), containing: containing) {
                    add(entry)
                    break
                }
            }
        }
        add(find(FoldedText(last), containing: containing))
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
