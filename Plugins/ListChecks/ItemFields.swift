import QingdanCore

/// `items.fields`: every item of the given lists (that meets `when`, if given) fills in the fields.
struct ItemFields: Check {
    let lists: [FilingPath]
    let fields: [String]
    let titles: [String: String]
    let condition: ItemCondition?

    static let kind = CheckKind(
        name: "items.fields",
        summary: "清单的每个事项（或满足 when 条件的事项）都填写了这些键",
        options: ObjectSchema(title: "items.fields 的选项", properties: [
            Property("lists", .list(.text(.filingPath)), required: true, title: "清单"),
            Property("fields", .list(.text()), required: true, title: "必须填写的键"),
            Property("when", .dictionary(key: .any, value: .list(.text())), title: "只检查满足这个条件的事项"),
        ]),
        variables: [("item", "事项名称（或「第 N 项」）"), ("missing", "缺少的键及其含义"),
                    ("fields", "缺少的键"), ("title", "清单名称"), ("number", "事项序号，从 1 起")],
        limits: [LimitOption("fields", stricter: .superset), LimitOption("lists", stricter: .superset)],
        compile: { options throws(PackProblem) in
            let lists = try options.filingLists("lists")
            var fields: [String] = []
            var titles: [String: String] = [:]
            var condition: ItemCondition?
            for (_, item) in lists {
                fields = try options.fieldNames("fields", of: item)
                condition = try options.condition("when", of: item)
                for field in fields { titles[field] = item.property(field)?.title }
            }
            guard !fields.isEmpty else { throw options.problem(at: "fields", "fields 不能为空") }
            return ItemFields(lists: lists.map(\.path), fields: fields, titles: titles, condition: condition)
        })

    var reads: [FilingPath] { lists }

    func run(on filing: FilingView, into sink: inout FindingSink) {
        for list in lists {
            for item in filing.items(of: list) where condition?.matches(item) ?? true {
                let missing = fields.filter { item.value($0) == nil }
                guard !missing.isEmpty else { continue }
                sink.report(at: item.node, path: item.path, [
                    "item": item.label, "title": list.title, "number": String(item.index + 1),
                    "missing": missing.map { "\(titles[$0] ?? $0)（\($0)）" }.joined(separator: "、"),
                    "fields": missing.joined(separator: "、"),
                ])
            }
        }
    }
}
