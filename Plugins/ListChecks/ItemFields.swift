import QingdanCore

/// `items.fields`: every item of a list fills in the given fields.
struct ItemFields: Check {
    let list: FilingPath
    let fields: [String]
    let titles: [String: String]

    static let kind = CheckKind(
        name: "items.fields",
        summary: "清单的每个事项都填写了这些键",
        options: ObjectSchema(title: "items.fields 的选项", properties: [
            Property("list", .text(.filingPath), required: true, title: "清单"),
            Property("fields", .list(.text()), required: true, title: "必须填写的键"),
        ]),
        variables: [("item", "事项名称（或「第 N 项」）"), ("missing", "缺少的键及其含义"),
                    ("fields", "缺少的键"), ("title", "清单名称"), ("number", "事项序号，从 1 起")],
        compile: { options throws(PackProblem) in
            let (path, item) = try options.filingList("list")
            let fields = try options.fieldNames("fields", of: item)
            guard !fields.isEmpty else { throw options.problem(at: "fields", "fields 不能为空") }
            var titles: [String: String] = [:]
            for field in fields { titles[field] = item.property(field)?.title }
            return ItemFields(list: path, fields: fields, titles: titles)
        })

    var reads: [FilingPath] { [list] }

    func run(on filing: FilingView, into sink: inout FindingSink) {
        for item in filing.items(of: list) {
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
