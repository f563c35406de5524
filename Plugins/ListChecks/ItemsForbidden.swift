import QingdanCore

/// `items.forbidden`: no item of the given lists meets `when` without also meeting `unless`.
/// A signboard of kind `other` outside without a central or statutory basis, a mechanism that
/// demands dedicated staff without a basis, an award plaque hung as a sign.
struct ItemsForbidden: Check {
    let lists: [FilingPath]
    let condition: ItemCondition?
    let exception: ItemCondition?
    /// The item's keys: each is a message value holding what the item has there.
    let fields: [String]

    static let kind = CheckKind(
        name: "items.forbidden",
        summary: "清单中不得有满足 when 条件、又不满足 unless 条件的事项",
        options: ObjectSchema(title: "items.forbidden 的选项", properties: [
            Property("lists", .list(.text(.filingPath)), required: true, title: "清单"),
            Property("when", .dictionary(key: .any, value: .list(.text())), title: "违规事项满足的条件（不写则为全部事项）"),
            Property("unless", .dictionary(key: .any, value: .list(.text())), title: "满足这个条件的事项不算违规"),
        ]),
        variables: [("item", "事项名称（或「第 N 项」）"), ("title", "清单名称"), ("number", "事项序号，从 1 起")],
        compile: { options throws(PackProblem) in
            let lists = try options.filingLists("lists")
            var condition: ItemCondition?, exception: ItemCondition?
            var fields: [String] = []
            for (_, item) in lists {
                condition = try options.condition("when", of: item)
                exception = try options.condition("unless", of: item)
                fields = item.properties.map(\.name).filter { $0 != "name" }
            }
            guard condition != nil || exception != nil else {
                throw options.problem(at: nil, "items.forbidden 至少要有 when 或 unless")
            }
            return ItemsForbidden(lists: lists.map(\.path), condition: condition, exception: exception, fields: fields)
        })

    var reads: [FilingPath] { lists }

    var variables: [String] { fields }

    func run(on filing: FilingView, into sink: inout FindingSink) {
        for list in lists {
            for item in filing.items(of: list) where condition?.matches(item) ?? true {
                if exception?.matches(item) == true { continue }
                var values: MessageValues = ["item": item.label, "title": list.title, "number": String(item.index + 1)]
                for field in fields {
                    let value = item.value(field)
                    values[field] = value?.boolean.map { $0 ? "是" : "否" }
                        ?? value?.text.map { FilingSchema.valueNames[$0] ?? $0 } ?? "未填写"
                }
                sink.report(at: item.node, path: item.path, values)
            }
        }
    }
}
