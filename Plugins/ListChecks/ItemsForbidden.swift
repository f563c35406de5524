import QingdanPluginAPI

/// `items.forbidden`: no item of the given lists meets `when` without also meeting `unless`.
/// A signboard of kind `other` outside without a central or statutory basis, a mechanism that
/// demands dedicated staff without a basis, an award plaque hung as a sign.
struct ItemsForbidden: CheckKind {
    enum Place: String, OptionChoice {
        /// The item (its first line): the item itself should not be there.
        case item
        /// The value that breaks `unless` (text_color: black), or else the last value `when` names
        /// (orientation: horizontal), where it is written.
        case value
    }

    struct Options: CheckOptions {
        @CheckOption("lists", title: "清单") var lists: [FilingList]
        @CheckOption("when", title: "违规事项满足的条件（不写则为全部事项）") var when: ConditionOption?
        @CheckOption("when_contains", title: "只检查键的文字含有这些词之一的事项（如 set_by: [区, 镇, 街道]）")
        var whenContains: OptionTable<[String]>?
        @CheckOption("when_unstated", title: "when_contains 的键没有填写时也检查（不知道是谁设立的），默认 false")
        var whenUnstated = false
        @CheckOption("unless", title: "满足这个条件的事项不算违规") var unless: ConditionOption?
        @CheckOption("unless_contains", title: "键的文字含有这些词之一时不算违规（如 set_by: [村民会议]）")
        var unlessContains: OptionTable<[String]>?
        @CheckOption("report_at", title: "报告位置：item（事项，默认）或 value（不符合 unless 的值）") var reportAt = Place.item
        @CheckOption("report_key", title: "报告在这个键的值上（事项写了这个键时），如 venue：交易场所写错了") var reportKey: FieldName?
    }

    struct Message: FindingMessage {
        let item: String
        let title: String
        let number: Int
        /// What the item has at each of its keys.
        let extraValues: [String: String]

        static let placeholders: [Placeholder<Message>] = [
            Placeholder("item", \.item, "事项名称（或「第 N 项」）"),
            Placeholder("title", \.title, "清单名称"),
            Placeholder("number", \.number, "事项序号，从 1 起"),
        ]
    }

    static let name = "items.forbidden"
    static let summary = "清单中不得有满足 when 条件、又不满足 unless 条件的事项"

    let lists: [FilingPath]
    let condition: ItemCondition?
    let exception: ItemCondition?
    /// The item's keys: each is a message value holding what the item has there.
    let fields: [String]
    let valueNames: [String: String]
    let excusingWords: WordCondition
    let namingWords: WordCondition
    let checksUnstated: Bool
    let reportAt: Place
    let reportKey: String?

    init(options: Options, context: CheckContext) throws(PackProblem) {
        guard options.when != nil || options.unless != nil || options.whenContains != nil else {
            throw context.problem("items.forbidden 至少要有 when、when_contains 或 unless")
        }
        lists = options.lists.map(\.path)
        condition = try options.when?.compiled(for: options.lists, context)
        exception = try options.unless?.compiled(for: options.lists, context)
        fields = options.lists.last.map { $0.item.properties.map(\.name).filter { $0 != "name" } } ?? []
        valueNames = context.format.valueNames
        excusingWords = try WordCondition(options.unlessContains, in: options.lists, context)
        namingWords = try WordCondition(options.whenContains, in: options.lists, context)
        checksUnstated = options.whenUnstated
        reportAt = options.reportAt
        reportKey = try options.reportKey?.checked(in: options.lists, context)
    }

    var reads: [FilingPath] { lists }

    var extraPlaceholders: [String] { fields }

    func run(on filing: FilingView, into sink: inout FindingSink<Message>) {
        for list in lists {
            for item in filing.items(of: list) where condition?.matches(item) ?? true {
                if !namingWords.isEmpty,
                    !(checksUnstated ? namingWords.matchesOrUnstated(item) : namingWords.matches(item))
                {
                    continue
                }
                if exception?.matches(item) == true { continue }
                if excusingWords.matches(item) { continue }
                var values: [String: String] = [:]
                for field in fields {
                    let value = item.value(field)
                    values[field] =
                        value?.boolean.map { $0 ? "是" : "否" }
                        ?? value?.text.map { valueNames[$0] ?? $0 } ?? "未填写"
                }
                let wrong =
                    reportKey.flatMap { item.node[$0] == nil ? nil : $0 }
                    ?? (reportAt == .item ? nil : wrongValue(of: item))
                sink.report(
                    at: wrong.flatMap { item.node[$0] } ?? item.node,
                    path: wrong.map { item.path.appending(key: $0) } ?? item.path, subject: item.path,
                    Message(item: item.label, title: list.title, number: item.index + 1, extraValues: values))
            }
        }
    }

    /// The key of the value that breaks `unless`, else of the last value `when` names
    /// (orientation: horizontal), among those the item writes.
    private func wrongValue(of item: ListItem) -> String? {
        let breaking = exception?.clauses.first { clause in
            clause.matches(item) == false && item.value(clause.field) != nil
        }
        let named = namingWords.clauses.first { item.text($0.field) != nil }?.field
        return breaking?.field ?? named ?? condition?.clauses.last { item.value($0.field) != nil }?.field
    }
}
