import QingdanCore
import QingdanText

/// `items.categories`: no item of the given lists falls under a category (such as the matters a
/// village may not be made responsible for). An item falls under a category when its folded text
/// contains one of the category's keywords and none of its exceptions.
struct ItemsCategories: Check {
    /// A class, so that trying every category on every name copies no arrays.
    final class Category: Sendable {
        let name: String
        let keywords: [(text: String, folded: FoldedText)]
        let exceptions: [FoldedText]

        init(name: String, keywords: [(text: String, folded: FoldedText)], exceptions: [FoldedText]) {
            self.name = name
            self.keywords = keywords
            self.exceptions = exceptions
        }
    }

    let lists: [FilingPath]
    let field: String
    let categories: [Category]

    static let kind = CheckKind(
        name: "items.categories",
        summary: "清单中的事项不得属于给定类别（如负面事项）",
        options: ObjectSchema(title: "items.categories 的选项", properties: [
            Property("lists", .list(.text(.filingPath)), required: true, title: "要检查的清单"),
            Property("field", .text(), title: "比对的键，默认 name"),
            Property("categories", .dictionary(key: .any, value: .object(ObjectSchema(title: "类别", properties: [
                Property("keywords", .list(.text()), required: true, title: "关键词"),
                Property("except", .list(.text()), title: "含有这些词时不算"),
            ]))), required: true, title: "类别"),
        ]),
        variables: [("item", "事项名称"), ("value", "比对的文字（field 的值）"), ("category", "事项所属的类别"), ("keyword", "匹配的关键词"),
                    ("title", "事项所在清单的名称"), ("list", "事项所在清单的路径")],
        limits: [LimitOption("categories", stricter: .superset), LimitOption("lists", stricter: .superset)],
        compile: { options throws(PackProblem) in
            let lists = try options.filingLists("lists")
            var field = "name"
            for (_, item) in lists { field = try options.fieldName("field", of: item) ?? "name" }
            var categories: [Category] = []
            guard let table = options.node("categories") else {
                throw options.problem(at: nil, "items.categories 缺少选项「categories」")
            }
            for (key, value) in table.pairs {
                let keywords = value["keywords"]?.items.compactMap(\.text) ?? []
                guard !keywords.isEmpty else {
                    throw PackProblem(code: .option, file: options.file, location: value.location,
                                      message: "类别「\(key.text ?? "")」没有关键词")
                }
                categories.append(Category(
                    name: key.text ?? "",
                    keywords: keywords.map { ($0, FoldedText($0)) },
                    exceptions: value["except"]?.items.compactMap { $0.text.map(FoldedText.init) } ?? []))
            }
            return ItemsCategories(lists: lists.map(\.path), field: field, categories: categories)
        })

    var reads: [FilingPath] { lists }

    func run(on filing: FilingView, into sink: inout FindingSink) {
        for list in lists {
            for item in filing.items(of: list) {
                guard let node = item.value(field), node.isScalar else { continue }
                let folded = filing.folded(node)
                for category in categories where !category.exceptions.contains(where: folded.contains) {
                    guard let keyword = category.keywords.first(where: { folded.contains($0.folded) }) else { continue }
                    sink.report(at: item.value(field)!, path: item.path.appending(key: field), [
                        "item": item.label, "value": node.text ?? "", "category": category.name, "keyword": keyword.text,
                        "title": list.title, "list": list.description,
                    ])
                    break
                }
            }
        }
    }
}
