import QingdanCore
import QingdanText

/// `items.catalogue`: no item of a list matches an entry of a catalogue (such as the certificates
/// villages may not issue).
struct ItemsCatalogue: Check {
    let list: FilingPath
    let field: String
    let catalogue: Catalogue
    let containing: Bool

    static let kind = CheckKind(
        name: "items.catalogue",
        summary: "清单中的事项不得是目录（如不应由村级组织出具的证明）中的事项",
        options: ObjectSchema(title: "items.catalogue 的选项", properties: [
            Property("list", .text(.filingPath), required: true, title: "清单"),
            Property("field", .text(), title: "比对的键，默认 name"),
            Property("catalogue", .list(.text()), required: true, title: "目录"),
            Property("aliases", .dictionary(key: .any, value: .list(.text())), title: "目录事项的其他写法"),
            Property("match", .choice(["contains", "exact"]), title: "比对方式：包含（默认）或完全相同"),
        ]),
        variables: [("item", "事项名称"), ("entry", "匹配的目录事项"), ("number", "目录事项的序号"),
                    ("title", "清单名称")],
        limits: [LimitOption("catalogue", stricter: .superset)],
        compile: { options throws(PackProblem) in
            let (path, item) = try options.filingList("list")
            return ItemsCatalogue(list: path, field: try options.fieldName("field", of: item) ?? "name",
                                  catalogue: try Catalogue(options, option: "catalogue", aliasOption: "aliases"),
                                  containing: options.text("match") != "exact")
        })

    var reads: [FilingPath] { [list] }

    func run(on filing: FilingView, into sink: inout FindingSink) {
        for item in filing.items(of: list) {
            guard let node = item.value(field), let entry = catalogue.match(filing.folded(node), containing: containing) else { continue }
            sink.report(at: item.value(field)!, path: item.path.appending(key: field), [
                "item": item.label, "entry": entry.name, "number": String(entry.number), "title": list.title,
            ])
        }
    }
}
