import QingdanPluginAPI
import QingdanText

/// `list.count`: a list holds no more (and no fewer) items than the approved catalogue. Items that
/// meet `exempt_when` (such as `{approval: [present]}`: admitted beyond the catalogue) are not
/// counted against `max`; an item listed twice (the same name, folded) counts once. With `when`
/// only the items that meet it are counted at all, against both bounds (a category of a list:
/// `when: {category: [便民服务事项]}`).
struct ListCount: CheckKind {
    struct Options: CheckOptions {
        @CheckOption("list", title: "清单") var list: FilingList
        @CheckOption("max", title: "最多事项数", minimum: 0, stricter: .lower) var max: Int?
        @CheckOption("min", title: "最少事项数", minimum: 0, stricter: .higher) var min: Int?
        @CheckOption("exempt_when", title: "不计入上限的事项满足的条件") var exemptWhen: ConditionOption?
        @CheckOption("when", title: "只数满足这个条件的事项（如某一类别），上下限都按它计") var when: ConditionOption?
        @CheckOption("exempt_contains", title: "键的文字含有这些词之一的事项不计入上限（如 process: [个人承诺制]）")
        var exemptContains: OptionTable<[String]>?
    }

    struct Message: FindingMessage {
        let title: String
        let list: String
        let count: Int
        let total: Int
        let exempt: Int
        let max: Int?
        let min: Int?
        var excess: Int?
        var shortfall: Int?
        var item: String?

        static let placeholders: [Placeholder<Message>] = [
            Placeholder("title", \.title, "清单名称"),
            Placeholder("list", \.list, "清单路径"),
            Placeholder("count", \.count, "计入上限的事项数"),
            Placeholder("total", \.total, "全部事项数"),
            Placeholder("exempt", \.exempt, "不计入上限的事项数"),
            Placeholder("max", \.max, "上限"),
            Placeholder("min", \.min, "下限"),
            Placeholder("excess", \.excess, "超出上限的事项数"),
            Placeholder("shortfall", \.shortfall, "比下限少的事项数"),
            Placeholder("item", \.item, "第一个超出上限的事项"),
        ]
    }

    static let name = "list.count"
    static let summary = "清单事项数不超过（不少于）核定数；符合 exempt_when 的事项（如写明审批的新增事项）不计入上限"

    let list: FilingPath
    let max: Int?
    let min: Int?
    let exemption: ItemCondition?
    let condition: ItemCondition?
    /// Items whose text at a key holds one of the words are not counted either (罗江: a proof
    /// replaced by the applicant's own commitment, 个人承诺制, is not one the village issues).
    let exemptingWords: WordCondition

    init(options: Options, context: CheckContext) throws(PackProblem) {
        guard options.max != nil || options.min != nil else {
            throw context.problem("list.count 至少要有 max 或 min")
        }
        if let max = options.max, let min = options.min, min > max {
            throw options.$min.problem("min（\(min)）大于 max（\(max)）")
        }
        list = options.list.path
        max = options.max
        min = options.min
        exemption = try options.exemptWhen?.compiled(for: [options.list], context)
        condition = try options.when?.compiled(for: [options.list], context)
        exemptingWords = try WordCondition(options.exemptContains, in: [options.list], context)
    }

    func isExempt(_ item: ListItem) -> Bool {
        exemption?.matches(item) == true || exemptingWords.matches(item)
    }

    var reads: [FilingPath] { [list] }

    func run(on filing: FilingView, into sink: inout FindingSink<Message>) {
        guard let node = filing.node(at: list), node.isSequence else { return }
        // Within the upper bound whatever is exempt: nothing to count (the common case). A lower
        // bound is always counted, as listing an item twice does not make up for a missing one.
        if min == nil, max.map({ node.count <= $0 }) ?? true { return }
        var names = Set<FoldedText>()
        let items = filing.items(of: list).filter { item in
            if let condition, !condition.matches(item) { return false }
            guard let name = item.value("name")?.withTextBytes({ FoldedText(utf8: $0) }) else { return true }
            return names.insert(name).inserted
        }
        let counted = items.filter { !isExempt($0) }
        var message = Message(
            title: list.title, list: list.description, count: counted.count, total: items.count,
            exempt: items.count - counted.count, max: max, min: min)
        if let max, counted.count > max {
            let first = counted[max]
            message.excess = counted.count - max
            message.item = first.label
            // An approval that claims to be one but does not say who and when (已审批) is where to
            // look; one that says there was none (未经审批) leaves the item itself to blame.
            let written = exemption?.clauses.first { clause in
                guard case .incompleteApproval = first.unstated(clause.property) else { return false }
                return !clause.matches(first)
            }?.field
            sink.report(
                at: written.flatMap { first.node[$0] } ?? first.node,
                path: written.map { first.path.appending(key: $0) } ?? first.path, subject: list.documentPath, message)
        } else if let min, counted.count < min {
            // Exempt items (approved additions, a 特色清单) do not stand in for catalogue items.
            message.shortfall = min - counted.count
            sink.report(at: filing.keyNode(at: list) ?? node, path: list.documentPath, message)
        }
    }
}
