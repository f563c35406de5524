import QingdanCore
import QingdanText

/// `list.includes`: a list has an item for each of the given entries (an item matches when its
/// folded name contains the entry or one of its aliases).
struct ListIncludes: Check {
    let list: FilingPath
    let catalogue: Catalogue

    static let kind = CheckKind(
        name: "list.includes",
        summary: "清单包含政策列明的每一个事项",
        options: ObjectSchema(title: "list.includes 的选项", properties: [
            Property("list", .text(.filingPath), required: true, title: "清单"),
            Property("items", .list(.text()), required: true, title: "必须包含的事项"),
            Property("aliases", .dictionary(key: .any, value: .list(.text())), title: "事项的其他写法"),
        ]),
        variables: [("entry", "缺少的事项"), ("number", "该事项在政策中的序号"), ("title", "清单名称"),
                    ("list", "清单路径")],
        limits: [LimitOption("items", stricter: .superset)],
        compile: { options throws(PackProblem) in
            ListIncludes(list: try options.filingList("list").path,
                         catalogue: try Catalogue(options, option: "items", aliasOption: "aliases"))
        })

    var reads: [FilingPath] { [list] }

    func run(on filing: FilingView, into sink: inout FindingSink) {
        guard let node = filing.node(at: list), node.isSequence else { return }
        let names = filing.items(of: list).compactMap { $0.name.map(FoldedText.init) }
        for entry in catalogue.entries where !names.contains(where: { name in entry.forms.contains { name.contains($0) } }) {
            sink.report(at: node, path: list.documentPath, identity: entry.name, [
                "entry": entry.name, "number": String(entry.number), "title": list.title, "list": list.description,
            ])
        }
    }
}
