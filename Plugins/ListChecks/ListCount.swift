import QingdanCore

/// `list.count`: a list holds no more (and no fewer) items than the approved catalogue. Items that
/// meet `exempt_when` (such as `{approval: [present]}`: admitted beyond the catalogue) are not
/// counted against `max`.
struct ListCount: Check {
    let list: FilingPath
    let max: Int?
    let min: Int?
    let exemption: ItemCondition?

    static let kind = CheckKind(
        name: "list.count",
        summary: "清单事项数不超过（不少于）核定数；符合 exempt_when 的事项（如写明审批的新增事项）不计入上限",
        options: ObjectSchema(title: "list.count 的选项", properties: [
            Property("list", .text(.filingPath), required: true, title: "清单"),
            Property("max", .integer(minimum: 0), title: "最多事项数"),
            Property("min", .integer(minimum: 0), title: "最少事项数"),
            Property("exempt_when", .dictionary(key: .any, value: .list(.text())), title: "不计入上限的事项满足的条件"),
        ]),
        variables: [("title", "清单名称"), ("list", "清单路径"), ("count", "计入上限的事项数"),
                    ("total", "全部事项数"), ("exempt", "不计入上限的事项数"), ("max", "上限"),
                    ("min", "下限"), ("excess", "超出上限的事项数"), ("shortfall", "比下限少的事项数"),
                    ("item", "第一个超出上限的事项")],
        limits: [LimitOption("max", stricter: .lower), LimitOption("min", stricter: .higher)],
        compile: { options throws(PackProblem) in
            let (path, item) = try options.filingList("list")
            let max = options.integer("max"), min = options.integer("min")
            guard max != nil || min != nil else {
                throw options.problem(at: nil, "list.count 至少要有 max 或 min")
            }
            if let max, let min, min > max {
                throw options.problem(at: "min", "min（\(min)）大于 max（\(max)）")
            }
            return ListCount(list: path, max: max, min: min, exemption: try options.condition("exempt_when", of: item))
        })

    var reads: [FilingPath] { [list] }

    func run(on filing: FilingView, into sink: inout FindingSink) {
        guard let node = filing.node(at: list), node.isSequence else { return }
        // Within bounds whatever is exempt: nothing to count (the common case).
        if max.map({ node.count <= $0 }) ?? true, min.map({ node.count >= $0 }) ?? true { return }
        let items = filing.items(of: list)
        let counted = items.filter { exemption?.matches($0) != true }
        func values() -> MessageValues {
            var values: MessageValues = ["title": list.title, "list": list.description,
                                         "count": String(counted.count), "total": String(node.count),
                                         "exempt": String(items.count - counted.count)]
            values["max"] = max.map(String.init)
            values["min"] = min.map(String.init)
            return values
        }
        if let max, counted.count > max {
            let first = counted[max]
            var message = values()
            message["excess"] = String(counted.count - max)
            message["item"] = first.label
            sink.report(at: first.node, path: first.path, subject: list.documentPath, message)
        } else if let min, node.count < min {
            var message = values()
            message["shortfall"] = String(min - node.count)
            sink.report(at: node, path: list.documentPath, message)
        }
    }
}
