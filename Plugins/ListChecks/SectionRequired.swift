import QingdanCore

/// `section.required`: each named section or list is present and, unless allowed, not empty.
struct SectionRequired: Check {
    let sections: [FilingPath]
    let allowEmpty: Bool

    static let kind = CheckKind(
        name: "section.required",
        summary: "申报中必须有这些部分（清单），且不为空",
        options: ObjectSchema(title: "section.required 的选项", properties: [
            Property("sections", .list(.text(.filingPath)), required: true, title: "必须有的部分"),
            Property("allow_empty", .boolean, title: "允许为空列表"),
        ]),
        variables: [("section", "缺少的部分的路径，如 lists.assistance"),
                    ("title", "缺少的部分的名称，如 依法协助政府工作事项清单"),
                    ("state", "「缺少」或「为空」")],
        compile: { options throws(PackProblem) in
            SectionRequired(sections: try options.filingPaths("sections"),
                            allowEmpty: options.boolean("allow_empty") ?? false)
        })

    var reads: [FilingPath] { sections }

    func run(on filing: FilingView, into sink: inout FindingSink) {
        for section in sections {
            let node = filing.node(at: section)
            let empty = node.map { ($0.isSequence || $0.isMapping) && $0.count == 0 || $0.isNull } ?? false
            guard node == nil || (empty && !allowEmpty) else { continue }
            let place = filing.nearestNode(to: section)
            sink.report(at: place.node, path: place.path, identity: section.description,
                        ["section": section.description, "title": section.title, "state": node == nil ? "缺少" : "为空"])
        }
    }
}
