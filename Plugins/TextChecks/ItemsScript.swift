import QingdanCore
import QingdanText

/// `items.script`: names use standard simplified characters only — no traditional characters and
/// no non-standard simplified forms (二简字 and the like).
struct ItemsScript: Check {
    let lists: [FilingPath]
    let field: String

    static let kind = CheckKind(
        name: "items.script",
        summary: "名称使用规范汉字：不用繁体字，不用不规范的简化字",
        options: ObjectSchema(title: "items.script 的选项", properties: [
            Property("lists", .list(.text(.filingPath)), required: true, title: "清单"),
            Property("field", .text(), title: "检查的键，默认 name"),
        ]),
        variables: [("item", "名称"), ("found", "不规范的字，及其规范写法"), ("kinds", "繁体字、不规范简化字"),
                    ("suggestion", "改正后的名称"), ("title", "所在清单的名称")],
        compile: { options throws(PackProblem) in
            let lists = try options.filingLists("lists")
            var field = "name"
            for (_, item) in lists { field = try options.fieldName("field", of: item) ?? "name" }
            return ItemsScript(lists: lists.map(\.path), field: field)
        })

    var reads: [FilingPath] { lists }

    func run(on filing: FilingView, into sink: inout FindingSink) {
        for list in lists {
            for item in filing.items(of: list) {
                guard let node = item.value(field), node.withTextBytes(ChineseScript.mayHaveIssues) == true,
                      let text = node.text else { continue }
                let issues = ChineseScript.issues(in: text)
                guard !issues.isEmpty else { continue }
                var kinds: [String] = []
                for issue in issues where !kinds.contains(issue.kind.chineseName) { kinds.append(issue.kind.chineseName) }
                sink.report(at: item.value(field)!, path: item.path.appending(key: field), [
                    "item": item.label,
                    "found": issues.map { "「\($0.found)」应为「\($0.standard)」" }.joined(separator: "，"),
                    "kinds": kinds.joined(separator: "和"),
                    "suggestion": ChineseScript.corrected(text), "title": list.title,
                ])
            }
        }
    }
}
