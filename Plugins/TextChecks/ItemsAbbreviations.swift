import QingdanCore
import QingdanText

/// `items.abbreviations`: names are written in full, not in the short forms the pack lists
/// (村委会 for 村民委员会). A short form that is part of its own full form (文明实践站 in
/// 新时代文明实践站) is not counted.
struct ItemsAbbreviations: Check {
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

    let lists: [FilingPath]
    let field: String
    let abbreviations: [Abbreviation]

    static let kind = CheckKind(
        name: "items.abbreviations",
        summary: "名称写全称，不用简称",
        options: ObjectSchema(title: "items.abbreviations 的选项", properties: [
            Property("lists", .list(.text(.filingPath)), required: true, title: "清单"),
            Property("field", .text(), title: "检查的键，默认 name"),
            Property("abbreviations", .dictionary(key: .any, value: .text()), required: true, title: "简称 → 全称"),
        ]),
        variables: [("item", "名称"), ("short", "使用的简称"), ("full", "应使用的全称"),
                    ("suggestion", "改正后的名称"), ("title", "所在清单的名称")],
        limits: [LimitOption("abbreviations", stricter: .superset)],
        compile: { options throws(PackProblem) in
            let lists = try options.filingLists("lists")
            var field = "name"
            for (_, item) in lists { field = try options.fieldName("field", of: item) ?? "name" }
            var abbreviations: [Abbreviation] = []
            guard let table = options.node("abbreviations") else {
                throw options.problem(at: nil, "items.abbreviations 缺少选项「abbreviations」")
            }
            for (key, value) in table.pairs {
                let short = key.text ?? "", full = value.text ?? ""
                abbreviations.append(Abbreviation(short: short, full: full,
                                                  foldedShort: FoldedText(short), foldedFull: FoldedText(full)))
            }
            return ItemsAbbreviations(lists: lists.map(\.path), field: field, abbreviations: abbreviations)
        })

    var reads: [FilingPath] { lists }

    func run(on filing: FilingView, into sink: inout FindingSink) {
        for list in lists {
            for item in filing.items(of: list) {
                guard let node = item.value(field), node.isScalar else { continue }
                let folded = filing.folded(node)
                for abbreviation in abbreviations where folded.contains(abbreviation.foldedShort)
                    && folded.removing(abbreviation.foldedFull).contains(abbreviation.foldedShort) {
                    sink.report(at: item.value(field)!, path: item.path.appending(key: field), [
                        "item": item.label, "short": abbreviation.short, "full": abbreviation.full,
                        "suggestion": expand(node.text ?? "", abbreviation), "title": list.title,
                    ])
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
