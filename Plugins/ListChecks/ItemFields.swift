import QingdanPluginAPI

/// `items.fields`: every item of the given lists (that meets `when`, if given) fills in the fields.
struct ItemFields: CheckKind {
    struct Options: CheckOptions {
        @CheckOption("lists", title: "清单", stricter: .superset) var lists: [FilingList]
        @CheckOption("fields", title: "必须填写的键", stricter: .superset) var fields: [FieldName]
        @CheckOption("when", title: "只检查满足这个条件的事项") var when: ConditionOption?
    }

    struct Message: FindingMessage {
        let item: String
        let missing: String
        let fields: String
        let title: String
        let number: Int

        static let placeholders: [Placeholder<Message>] = [
            Placeholder("item", \.item, "事项名称（或「第 N 项」）"),
            Placeholder("missing", \.missing, "缺少的键及其含义"),
            Placeholder("fields", \.fields, "缺少的键"),
            Placeholder("title", \.title, "清单名称"),
            Placeholder("number", \.number, "事项序号，从 1 起"),
        ]
    }

    static let name = "items.fields"
    static let summary = "清单的每个事项（或满足 when 条件的事项）都填写了这些键"

    let lists: [FilingPath]
    let fields: [String]
    let titles: [String: String]
    let condition: ItemCondition?

    init(options: Options, context: CheckContext) throws(PackProblem) {
        var fields: [String] = []
        for field in options.fields { fields.append(try field.checked(in: options.lists, context)) }
        var titles: [String: String] = [:]
        for list in options.lists {
            for field in fields { titles[field] = list.item.property(field)?.title }
        }
        self.lists = options.lists.map(\.path)
        self.fields = fields
        self.titles = titles
        condition = try options.when?.compiled(for: options.lists, context)
    }

    var reads: [FilingPath] { lists }

    func run(on filing: FilingView, into sink: inout FindingSink<Message>) {
        for list in lists {
            for item in filing.items(of: list) where condition?.matches(item) ?? true {
                let missing = fields.filter { item.value($0) == nil }
                guard !missing.isEmpty else { continue }
                sink.report(
                    at: item.node, path: item.path,
                    Message(
                        item: item.label, missing: missing.map { "\(titles[$0] ?? $0)（\($0)）" }.joined(separator: "、"),
                        fields: missing.joined(separator: "、"), title: list.title, number: item.index + 1))
            }
        }
    }
}
