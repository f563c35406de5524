import QingdanPluginAPI
import QingdanText

/// `items.abbreviations`: names are written in full, not in the short forms the pack lists
/// (村委会 for 村民委员会). A short form that is part of its own full form (文明实践站 in
/// 新时代文明实践站) is not counted.
struct ItemsAbbreviations: CheckKind {
    /// A class, so that trying every abbreviation on every name copies no arrays.
    final class Abbreviation: Sendable {
        let short: String
        let full: String
        let foldedShort: FoldedText
        let foldedFull: FoldedText

        init(short: String, full: String, foldedShort: FoldedText, foldedFull: FoldedText) {
            self.short = short
            self.full = full
            self.foldedShort = foldedShort
            self.foldedFull = foldedFull
        }
    }

    struct Options: CheckOptions {
        @CheckOption("lists", title: "清单") var lists: [FilingList]
        @CheckOption("field", title: "检查的键，默认 name") var field: FieldName = "name"
        @CheckOption("abbreviations", title: "简称 → 全称", stricter: .superset) var abbreviations: OptionTable<String>
    }

    struct Message: FindingMessage {
        let item: String
        let short: String
        let full: String
        let suggestion: String
        let title: String

        static let placeholders: [Placeholder<Message>] = [
            Placeholder("item", \.item, "名称"),
            Placeholder("short", \.short, "使用的简称"),
            Placeholder("full", \.full, "应使用的全称"),
            Placeholder("suggestion", \.suggestion, "改正后的名称"),
            Placeholder("title", \.title, "所在清单的名称"),
        ]
    }

    static let name = "items.abbreviations"
    static let summary = "名称写全称，不用简称"

    let lists: [FilingPath]
    let field: String
    let abbreviations: [Abbreviation]

    init(options: Options, context: CheckContext) throws(PackProblem) {
        lists = options.lists.map(\.path)
        field = try options.field.checked(in: options.lists, context)
        abbreviations = options.abbreviations.entries.map { entry in
            Abbreviation(
                short: entry.key, full: entry.value, foldedShort: FoldedText(entry.key),
                foldedFull: FoldedText(entry.value))
        }
    }

    var reads: [FilingPath] { lists }

    func run(on filing: FilingView, into sink: inout FindingSink<Message>) {
        for list in lists {
            for item in filing.items(of: list) {
                guard let node = item.value(field), node.isScalar else { continue }
                let folded = filing.folded(node)
                for abbreviation in abbreviations
                where folded.contains(abbreviation.foldedShort)
                    && folded.removing(abbreviation.foldedFull).contains(abbreviation.foldedShort)
                {
                    sink.report(
                        at: node, path: item.path.appending(key: field),
                        Message(
                            item: item.label, short: abbreviation.short, full: abbreviation.full,
                            suggestion: expand(node.text ?? "", abbreviation), title: list.title))
                    break
                }
            }
        }
    }

    /// `text` with the short form written out, leaving full forms already present alone.
    private func expand(_ text: String, _ abbreviation: Abbreviation) -> String {
        let marker = "\u{0}"
        return text.replacing(abbreviation.full, with: marker)
            .replacing(abbreviation.short, with: abbreviation.full)
            .replacing(marker, with: abbreviation.full)
    }
}
