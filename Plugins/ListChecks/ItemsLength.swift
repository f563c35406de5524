import QingdanPluginAPI

/// `items.length`: a list field of each item (the steps of a micro-power's procedure) has at most
/// `max` entries, unless the item meets `unless` (`{major: [true]}`: a major matter such as a
/// tender) or its text holds one of `unless_contains`' words. With `when`, only the items that
/// meet it are checked. Entries that are blank or only a filler (待定) are not counted.
struct ItemsLength: CheckKind {
    struct Options: CheckOptions {
        @CheckOption("lists", title: "清单") var lists: [FilingList]
        @CheckOption("field", title: "要数条目的列表键，如 steps") var field: FieldName
        @CheckOption("max", title: "最多条目数", minimum: 0, stricter: .lower) var max: Int
        @CheckOption("when", title: "只检查满足这个条件的事项") var when: ConditionOption?
        @CheckOption("unless", title: "满足这个条件的事项不受限制（如 major: [true]）") var unless: ConditionOption?
        @CheckOption("unless_contains", title: "键的文字含有这些词之一时不受限制（如 name: [招投标]）")
        var unlessContains: OptionTable<[String]>?
    }

    struct Message: FindingMessage {
        let item: String
        let count: Int
        let max: Int
        let excess: Int
        let field: String
        let title: String
        let number: Int

        static let placeholders: [Placeholder<Message>] = [
            Placeholder("item", \.item, "事项名称（或「第 N 项」）"),
            Placeholder("count", \.count, "条目数"),
            Placeholder("max", \.max, "最多条目数"),
            Placeholder("excess", \.excess, "超出的条目数"),
            Placeholder("field", \.field, "所数的键的名称，如 办理流程环节"),
            Placeholder("title", \.title, "清单名称"),
            Placeholder("number", \.number, "事项序号，从 1 起"),
        ]
    }

    static let name = "items.length"
    static let summary = "每个事项的某个列表键（如办理流程环节）不超过若干条；满足 unless 的事项（如重大事项）不受限制"

    let lists: [FilingPath]
    let field: String
    let fieldTitle: String
    let max: Int
    let condition: ItemCondition?
    let exception: ItemCondition?
    let excusingWords: WordCondition

    init(options: Options, context: CheckContext) throws(PackProblem) {
        let field = try options.field.checked(in: options.lists, context)
        for list in options.lists {
            guard case .list? = list.item.property(field)?.type else {
                throw options.$field.problem("\(list.item.title)的「\(field)」不是列表，不能数条目")
            }
        }
        lists = options.lists.map(\.path)
        self.field = field
        fieldTitle = options.lists.first?.item.property(field)?.title ?? field
        max = options.max
        condition = try options.when?.compiled(for: options.lists, context)
        exception = try options.unless?.compiled(for: options.lists, context)
        excusingWords = try WordCondition(options.unlessContains, in: options.lists, context)
    }

    var reads: [FilingPath] { lists }

    func run(on filing: FilingView, into sink: inout FindingSink<Message>) {
        for list in lists {
            for item in filing.items(of: list) where condition?.matches(item) ?? true {
                guard let entries = item.value(field), entries.isSequence else { continue }
                let count = entries.items.count { entry in
                    !(entry.isNull || entry.isScalar && (entry.isBlankText || FillerText.filler(in: entry) != nil))
                }
                guard count > max else { continue }
                if exception?.matches(item) == true { continue }
                if excusingWords.matches(item) { continue }
                sink.report(
                    at: item.node[field] ?? item.node, path: item.path.appending(key: field), subject: item.path,
                    Message(
                        item: item.label, count: count, max: max, excess: count - max, field: fieldTitle,
                        title: list.title, number: item.index + 1))
            }
        }
    }
}
