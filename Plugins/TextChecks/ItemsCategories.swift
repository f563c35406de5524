import QingdanPluginAPI
import QingdanText

/// `items.categories`: no item of the given lists falls under a category (such as the matters a
/// village may not be made responsible for). An item falls under a category when its folded text
/// contains one of the category's keywords and none of its exceptions.
struct ItemsCategories: CheckKind {
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

    struct Options: CheckOptions {
        @CheckOption("lists", title: "要检查的清单", stricter: .superset) var lists: [FilingList]
        @CheckOption("field", title: "比对的键，默认 name") var field: FieldName = "name"
        @CheckOption("categories", title: "类别", stricter: .superset) var categories: OptionTable<CategoryOptions>
    }

    struct CategoryOptions: CheckOptions {
        static let title = "类别"
        @CheckOption("keywords", title: "关键词") var keywords: [String]
        @CheckOption("except", title: "含有这些词时不算") var except: [String]?
    }

    struct Message: FindingMessage {
        let item: String
        let value: String
        let category: String
        let keyword: String
        let title: String
        let list: String

        static let placeholders: [Placeholder<Message>] = [
            Placeholder("item", \.item, "事项名称"),
            Placeholder("value", \.value, "比对的文字（field 的值）"),
            Placeholder("category", \.category, "事项所属的类别"),
            Placeholder("keyword", \.keyword, "匹配的关键词"),
            Placeholder("title", \.title, "事项所在清单的名称"),
            Placeholder("list", \.list, "事项所在清单的路径"),
        ]
    }

    static let name = "items.categories"
    static let summary = "清单中的事项不得属于给定类别（如负面事项）"

    let lists: [FilingPath]
    let field: String
    let categories: [Category]

    init(options: Options, context: CheckContext) throws(PackProblem) {
        lists = options.lists.map(\.path)
        field = try options.field.checked(in: options.lists, context)
        categories = options.categories.entries.map { entry in
            Category(
                name: entry.key, keywords: entry.value.keywords.map { ($0, FoldedText($0)) },
                exceptions: (entry.value.except ?? []).map(FoldedText.init))
        }
    }

    var reads: [FilingPath] { lists }

    func run(on filing: FilingView, into sink: inout FindingSink<Message>) {
        for list in lists {
            for item in filing.items(of: list) {
                guard let node = item.value(field), node.isScalar else { continue }
                let folded = filing.folded(node)
                for category in categories where !category.exceptions.contains(where: folded.contains) {
                    guard let keyword = category.keywords.first(where: { folded.contains($0.folded) }) else { continue }
                    sink.report(
                        at: node, path: item.path.appending(key: field),
                        Message(
                            item: item.label, value: node.text ?? "", category: category.name, keyword: keyword.text,
                            title: list.title, list: list.description))
                    break
                }
            }
        }
    }
}
