import QingdanPluginAPI
import QingdanText
import QingdanYAML

/// `items.script`: names use standard simplified characters only — no traditional characters and
/// no non-standard simplified forms (二简字 and the like).
struct ItemsScript: CheckKind {
    struct Options: CheckOptions {
        @CheckOption("lists", title: "清单") var lists: [FilingList]
        @CheckOption("field", title: "检查的键，默认 name") var field: FieldName = "name"
    }

    struct Message: FindingMessage {
        let item: String
        let found: String
        let kinds: String
        let suggestion: String
        let title: String

        static let placeholders: [Placeholder<Message>] = [
            Placeholder("item", \.item, "名称"),
            Placeholder("found", \.found, "不规范的字，及其规范写法"),
            Placeholder("kinds", \.kinds, "繁体字、不规范简化字"),
            Placeholder("suggestion", \.suggestion, "改正后的名称"),
            Placeholder("title", \.title, "所在清单的名称"),
        ]
    }

    static let name = "items.script"
    static let summary = "名称使用规范汉字：不用繁体字，不用不规范的简化字"
    static let fixSummary: String? = "把繁体字和不规范简化字改为规范汉字"

    let lists: [FilingPath]
    let field: String

    init(options: Options, context: CheckContext) throws(PackProblem) {
        lists = options.lists.map(\.path)
        field = try options.field.checked(in: options.lists, context)
    }

    var reads: [FilingPath] { lists }

    func run(on filing: FilingView, into sink: inout FindingSink<Message>) {
        for list in lists {
            for item in filing.items(of: list) {
                guard let node = item.value(field), node.withTextBytes(ChineseScript.mayHaveIssues) == true,
                    let text = node.text
                else { continue }
                let issues = ChineseScript.issues(in: text)
                guard !issues.isEmpty else { continue }
                var kinds: [String] = []
                for issue in issues where !kinds.contains(issue.kind.chineseName) {
                    kinds.append(issue.kind.chineseName)
                }
                let found = issues.map { "「\($0.found)」应为「\($0.standard)」" }.joined(separator: "，")
                let suggestion = ChineseScript.corrected(text)
                sink.report(
                    at: node, path: item.path.appending(key: field),
                    fix: node.edit(changingTextTo: suggestion).map {
                        SourceFix(title: "改为规范汉字：\(found)", edits: [$0])
                    },
                    Message(
                        item: item.label, found: found, kinds: kinds.joined(separator: "和"), suggestion: suggestion,
                        title: list.title))
            }
        }
    }
}
