import QingdanPluginAPI
import QingdanText

/// `items.fields`: every item of the given lists (that meets `when`, if given) fills in the fields.
struct ItemFields: CheckKind {
    struct Options: CheckOptions {
        @CheckOption("lists", title: "清单", stricter: .superset) var lists: [FilingList]
        @CheckOption("fields", title: "必须填写的键", stricter: .superset) var fields: [FieldName]
        @CheckOption("when", title: "只检查满足这个条件的事项") var when: ConditionOption?
        @CheckOption(
            "except_listed_in", title: "所属县级申报的这些清单列明的事项（按名称或 list_item）不检查；县级申报不在本次检查中时照常检查")
        var exceptListedIn: [FilingList]?
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
    /// The required fields as the first list's items declare them (the others have the same keys).
    let fields: [Property]
    let condition: ItemCondition?
    /// The district's lists whose items are not checked here (a village's own duties).
    let exceptListedIn: [FilingPath]
    let memoKey: String

    init(options: Options, context: CheckContext) throws(PackProblem) {
        var fields: [Property] = []
        for field in options.fields {
            let name = try field.checked(in: options.lists, context)
            if let property = options.lists.first?.item.property(name) { fields.append(property) }
        }
        self.lists = options.lists.map(\.path)
        self.fields = fields
        condition = try options.when?.compiled(for: options.lists, context)
        exceptListedIn = (options.exceptListedIn ?? []).map(\.path)
        memoKey = "items.fields.except:" + exceptListedIn.map(\.description).joined(separator: ",")
    }

    var reads: [FilingPath] { lists }

    /// Whether `item` is, by its name or its `list_item`, one of the district's `listed` items.
    private func isListed(_ item: ListItem, in listed: Set<FoldedText>) -> Bool {
        if let name = item.name, listed.contains(FoldedText(name)) { return true }
        return item.text("list_item").map { listed.contains(FoldedText($0)) } ?? false
    }

    func run(on filing: FilingView, into sink: inout FindingSink<Message>) {
        let listed: Set<FoldedText> =
            exceptListedIn.isEmpty
            ? []
            : filing.district.map { district in
                district.memoized(memoKey) {
                    Set(
                        exceptListedIn.flatMap {
                            district.view.items(of: $0).compactMap { $0.name.map(FoldedText.init) }
                        })
                }
            } ?? []
        for list in lists {
            for item in filing.items(of: list) where condition?.matches(item) ?? true {
                if !listed.isEmpty, isListed(item, in: listed) { continue }
                let missing = fields.compactMap { field in item.unstated(field).map { (field, $0) } }
                guard !missing.isEmpty else { continue }
                // A filler is reported where it is written; a missing key at the item.
                let written = missing.first { field, _ in item.node[field.name] != nil }?.0.name
                sink.report(
                    at: written.flatMap { item.node[$0] } ?? item.node,
                    path: written.map { item.path.appending(key: $0) } ?? item.path, subject: item.path,
                    missingKey: written == nil ? missing.first?.0.name : nil,
                    Message(
                        item: item.label,
                        missing: missing.map { field, why in "\(field.title)（\(field.name)）\(why.explanation)" }
                            .joined(separator: "、"),
                        fields: missing.map(\.0.name).joined(separator: "、"), title: list.title, number: item.index + 1)
                )
            }
        }
    }
}
