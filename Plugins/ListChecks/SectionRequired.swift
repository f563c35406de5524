import QingdanPluginAPI

/// `section.required`: each named section or list is present and, unless allowed, not empty.
struct SectionRequired: CheckKind {
    struct Options: CheckOptions {
        @CheckOption("sections", title: "必须有的部分") var sections: [FilingPath]
        @CheckOption("allow_empty", title: "允许为空列表") var allowEmpty = false
    }

    struct Message: FindingMessage {
        let section: String
        let title: String
        let state: String

        static let placeholders: [Placeholder<Message>] = [
            Placeholder("section", \.section, "缺少的部分的路径，如 lists.assistance"),
            Placeholder("title", \.title, "缺少的部分的名称，如 依法协助政府工作事项清单"),
            Placeholder("state", \.state, "「缺少」或「为空」"),
        ]
    }

    static let name = "section.required"
    static let summary = "申报中必须有这些部分（清单），且不为空"

    let sections: [FilingPath]
    let allowEmpty: Bool

    init(options: Options, context: CheckContext) {
        sections = options.sections
        allowEmpty = options.allowEmpty
    }

    var reads: [FilingPath] { sections }

    func run(on filing: FilingView, into sink: inout FindingSink<Message>) {
        for section in sections {
            let node = filing.node(at: section)
            let empty = node.map { ($0.isSequence || $0.isMapping) && $0.count == 0 || $0.isNull } ?? false
            guard node == nil || (empty && !allowEmpty) else { continue }
            let place = filing.nearestNode(to: section)
            sink.report(
                at: place.node, path: place.path, identity: section.description,
                Message(section: section.description, title: section.title, state: node == nil ? "缺少" : "为空"))
        }
    }
}
