import QingdanCore
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

    /// Reads `option` (a list of names) and `aliasOption` (name → other forms of it).
    init(_ options: CheckOptions, option: String, aliasOption: String) throws(PackProblem) {
        let names = options.texts(option) ?? []
        var aliases: [String: [String]] = [:]
        if let table = options.node(aliasOption) {
            for (key, value) in table.pairs {
                let name = key.text ?? ""
                guard names.contains(name) else {
                    throw PackProblem(code: .option, file: options.file, location: key.location,
                                      message: "\(aliasOption) 中的「\(name)」不在 \(option) 中",
                                      hint: Suggestions.hint(for: name, among: names, listing: "名称"))
                }
                aliases[name] = value.items.compactMap(\.text)
            }
        }
        entries = names.enumerated().map { index, name in
            Entry(name: name, number: index + 1, forms: ([name] + (aliases[name] ?? [])).map(FoldedText.init))
        }
        guard !entries.isEmpty else { throw options.problem(at: option, "\(option) 不能为空") }
    }

    /// The first entry that `text` matches: equal to a form, or (when `containing`) containing one.
    func match(_ text: FoldedText, containing: Bool) -> Entry? {
        entries.first { entry in entry.forms.contains { containing ? text.contains($0) : text == $0 } }
    }
}
