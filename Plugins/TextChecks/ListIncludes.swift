import QingdanPluginAPI
import QingdanText

/// `list.includes`: a list has an item for each of the given entries (an item matches when its
/// folded name contains the entry or one of its aliases).
struct ListIncludes: CheckKind {
    struct Options: CheckOptions {
        @CheckOption("list", title: "清单") var list: FilingList
        @CheckOption("items", title: "必须包含的事项", stricter: .superset) var items: [String]
        @CheckOption("aliases", title: "事项的其他写法") var aliases: OptionTable<[String]>?
    }

    struct Message: FindingMessage {
        let entry: String
        let number: Int
        let title: String
        let list: String

        static let placeholders: [Placeholder<Message>] = [
            Placeholder("entry", \.entry, "缺少的事项"),
            Placeholder("number", \.number, "该事项在政策中的序号"),
            Placeholder("title", \.title, "清单名称"),
            Placeholder("list", \.list, "清单路径"),
        ]
    }

    static let name = "list.includes"
    static let summary = "清单包含政策列明的每一个事项"

    let list: FilingPath
    let catalogue: Catalogue

    init(options: Options, context: CheckContext) throws(PackProblem) {
        list = options.list.path
        catalogue = try Catalogue(options.items, from: "items", aliases: options.aliases, context)
    }

    var reads: [FilingPath] { [list] }

    func run(on filing: FilingView, into sink: inout FindingSink<Message>) {
        guard let node = filing.node(at: list), node.isSequence else { return }
        let names = filing.items(of: list).compactMap { $0.name.map(FoldedText.init) }
        for entry in catalogue.entries
        where !names.contains(where: { name in entry.forms.contains { name.contains($0) } }) {
            sink.report(
                at: filing.keyNode(at: list) ?? node, path: list.documentPath, identity: entry.name,
                Message(entry: entry.name, number: entry.number, title: list.title, list: list.description))
        }
    }
}
