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

    /// The names of a list option, each with the other forms an aliases option gives it.
    init(_ names: [String], from option: String, aliases: OptionTable<[String]>?, _ context: CheckContext)
        throws(PackProblem)
    {
        var forms: [String: [String]] = [:]
        for alias in aliases?.entries ?? [] {
            guard names.contains(alias.key) else {
                throw context.problem(
                    at: alias.keyNode, "aliases 中的「\(alias.key)」不在 \(option) 中",
                    hint: Suggestions.hint(for: alias.key, among: names, listing: "名称"))
            }
            forms[alias.key] = alias.value
        }
        entries = names.enumerated().map { index, name in
            Entry(name: name, number: index + 1, forms: ([name] + (forms[name] ?? [])).map(FoldedText.init))
        }
    }

    /// The first entry that `text` matches: equal to a form, or (when `containing`) containing one.
    func match(_ text: FoldedText, containing: Bool) -> Entry? {
        entries.first { entry in entry.forms.contains { containing ? text.contains($0) : text == $0 } }
    }
}
