import QingdanPluginAPI
import QingdanText

/// `tasks.admitted`: each task handed to a village is on a list its district published (准入),
/// or carries an approval (who approved, and when). Runs only when the same run checks the
/// district's filing.
///
/// A task is on the list when it names the listed item it carries out (`list_item`), or when its
/// wording falls within a listed item: the task's duty (its name without 协助, 做好, 开展 …) is
/// in the item's name or content, the item's duty is in the task, or a word the pack relates to
/// the item (`related`: 最低生活保障 under 社会救助) is in the task. A task that joins a further
/// duty (并负责…, 同时承担…) must have that duty listed too, and a task that hands the village a
/// responsibility (负责, 承担, 牵头) that its listed item does not is not admitted by it.
struct TasksAdmitted: CheckKind {
    struct Options: CheckOptions {
        @CheckOption("list", title: "交办的工作") var list: FilingList
        @CheckOption("admitted_by", title: "县级地区申报中列明准入事项的清单", stricter: .superset)
        var admittedBy: [FilingList]
        @CheckOption("exempt_when", title: "不需在清单中的工作满足的条件") var exemptWhen: ConditionOption?
        @CheckOption("exempt_when_any", title: "不需在清单中的工作满足的几种条件，满足其中之一即可（如写明审批，或写明购买服务）")
        var exemptWhenAny: [ConditionOption]?
        @CheckOption("exempt_contains", title: "键的文字含有这些词之一的工作不需在清单中（如 assigned_by: [村民委员会]：村里自己的工作）")
        var exemptContains: OptionTable<[String]>?
        @CheckOption("related", title: "清单事项中的词 → 属于它的具体工作的词（社会救助 → 最低生活保障）")
        var related: OptionTable<[String]>?
    }

    struct Message: FindingMessage {
        let item: String
        let district: String
        let lists: String
        let districtFile: String
        var why: String = ""

        static let placeholders: [Placeholder<Message>] = [
            Placeholder("item", \.item, "工作名称"),
            Placeholder("district", \.district, "县级地区名称"),
            Placeholder("lists", \.lists, "准入清单的名称"),
            Placeholder("district_file", \.districtFile, "县级地区的申报文件"),
            Placeholder("why", \.why, "不能对应清单事项的原因，带括号（可为空）"),
        ]
    }

    static let name = "tasks.admitted"
    static let summary = "交办村级组织的工作在所属县级地区发布的清单中，或经准入审批（需同时检查县级申报）"

    /// Words that say how a duty is done rather than what it is.
    static let manner = [
        "协助", "配合", "参与", "做好", "开展", "组织", "落实", "推进", "加强", "抓好", "搞好", "进行", "实施", "负责",
        "承担", "牵头", "完成", "积极", "全力", "及时", "认真", "相关", "有关", "日常", "工作",
    ]
    /// Words that join a further duty to a task: 协助开展社会救助并负责低保资金发放.
    static let joiners = [
        "并负责", "并承担", "并牵头", "并完成", "并做好", "并开展", "并组织", "同时负责", "同时承担", "并且", "同时", "另外", "此外",
    ]
    /// Fewer characters than this are too general to place a task (宣传, 调查).
    static let shortestDuty = 3
    static let handingOver = ["负责", "承担", "牵头", "包干", "责任主体"]

    let tasks: FilingPath
    let admittedBy: [FilingPath]
    /// Conditions any one of which exempts a task (exempt_when, and each of exempt_when_any).
    let exemptions: [ItemCondition]
    /// Work the village gives itself (assigned by its own committee or meeting) is not handed down.
    let ownWork: WordCondition
    /// The task's approval key, when its items have one: an approval that says too little is
    /// where a finding points, and why.
    let approval: Property?
    let related: [(listed: FoldedText, words: [FoldedText])]
    /// Under which name the district's listed items are kept for the villages after it.
    let memoKey: String

    init(options: Options, context: CheckContext) throws(PackProblem) {
        tasks = options.list.path
        admittedBy = options.admittedBy.map(\.path)
        var exemptions: [ItemCondition] = []
        if let condition = options.exemptWhen {
            exemptions.append(try condition.compiled(for: [options.list], context))
        }
        for condition in options.exemptWhenAny ?? [] {
            exemptions.append(try condition.compiled(for: [options.list], context))
        }
        self.exemptions = exemptions
        ownWork = try WordCondition(options.exemptContains, in: [options.list], context)
        approval = options.list.item.property("approval")
        related = (options.related?.entries ?? []).map { (FoldedText($0.key), $0.value.map(FoldedText.init)) }
        memoKey = "tasks.admitted:" + admittedBy.map(\.description).joined(separator: ",")
    }

    var reads: [FilingPath] { [tasks] }

    /// A listed item of the district, prepared for matching. A class: every task of every village
    /// of the district is tried against it, and a reference is all a try copies.
    final class Listed: Sendable {
        let name: FoldedText
        /// The name without the words of manner: 社会救助 for 协助开展社会救助.
        let duty: FoldedText
        /// The name and content, where a task's duty may be found.
        let text: FoldedText
        /// Words `related` gives this item.
        let related: [FoldedText]
        let dutyLength: Int
        /// Whether the listed duty is only publicity or reporting (参保宣传).
        let isPublicity: Bool
        /// The pairs of adjacent characters of the duty, and of the name and content.
        let dutyPairs: [UInt64]
        let textPairs: Set<UInt64>
        let textMask: UInt64

        init(name: FoldedText, content: FoldedText?, related: [(listed: FoldedText, words: [FoldedText])]) {
            self.name = name
            text = content.map { name + $0 } ?? name
            duty = TasksAdmitted.duty(of: name)
            self.related = related.filter { [text] in text.contains($0.listed) }.flatMap(\.words)
            dutyLength = duty.scalarCount
            isPublicity = TasksAdmitted.publicity.contains(where: duty.contains)
            dutyPairs = duty.scalarPairs
            let textPairs = text.scalarPairs
            self.textPairs = Set(textPairs)
            textMask = TasksAdmitted.mask(textPairs)
        }
    }

    func run(on filing: FilingView, into sink: inout FindingSink<Message>) {
        guard let district = filing.district else { return }
        let listed = district.memoized(memoKey) { () -> [Listed] in
            let view = district.view
            return admittedBy.flatMap { path in
                view.items(of: path).compactMap { item -> Listed? in
                    guard let name = item.name else { return nil }
                    return Listed(
                        name: FoldedText(name), content: item.text("content").map(FoldedText.init), related: related)
                }
            }
        }
        for task in filing.items(of: tasks)
        where !exemptions.contains(where: { $0.matches(task) }) && !ownWork.matches(task) {
            guard let node = task.value("name"), let name = node.text else { continue }
            let why: String
            if let reference = task.text("list_item") {
                let folded = FoldedText(reference)
                guard let item = listed.first(where: { $0.name == folded }) else {
                    report(task, district, "所写的清单事项「\(reference)」不在清单中", into: &sink)
                    continue
                }
                guard let problem = Self.extraDuty(in: name, beyond: item) else { continue }
                why = problem
            } else {
                guard let problem = Self.unlisted(name, among: listed) else { continue }
                why = problem
            }
            report(task, district, why, into: &sink)
        }
    }

    private func report(
        _ task: ListItem, _ district: DistrictFiling, _ why: String, into sink: inout FindingSink<Message>
    ) {
        var reasons = why.isEmpty ? [] : [why]
        var place = (node: task.node, path: task.path)
        // An approval that claims to be one but does not say who approved and when (已审批): point
        // at it. One that says there was none (未经审批), or only a filler, leaves the task to blame.
        if let approval, let written = task.node[approval.name] {
            switch task.unstated(approval) {
            case .incompleteApproval(let text, let missing):
                place = (written, task.path.appending(key: approval.name))
                reasons.append("审批「\(text)」没有写明\(missing.joined(separator: "和"))")
            case .refusedApproval(let text): reasons.append("审批写的是「\(text)」")
            case .filler(let text): reasons.append("审批「\(text)」只是占位")
            case .absent, .villagePays, nil: break
            }
        }
        sink.report(
            at: place.node, path: place.path, subject: task.path,
            Message(
                item: task.label, district: district.name, lists: admittedBy.map(\.title).joined(separator: "或"),
                districtFile: district.file, why: reasons.isEmpty ? "" : "（\(reasons.joined(separator: "；"))）"))
    }

    /// One duty of a task, prepared once for matching against every listed item.
    final class Duty {
        let text: String
        let folded: FoldedText
        /// Without the words of manner: 最低生活保障申请受理 for 协助做好最低生活保障申请受理.
        let core: FoldedText
        let coreLength: Int
        let isPublicity: Bool
        let pairs: [UInt64]
        let pairSet: Set<UInt64>
        let mask: UInt64

        init(_ text: String) {
            self.text = text
            folded = FoldedText(text)
            core = TasksAdmitted.duty(of: folded)
            coreLength = core.scalarCount
            isPublicity = TasksAdmitted.publicity.contains(where: core.contains)
            pairs = core.scalarPairs
            pairSet = Set(pairs)
            mask = TasksAdmitted.mask(pairs)
        }
    }

    /// Why `name` is not within any listed item; nil when it is.
    static func unlisted(_ name: String, among listed: [Listed]) -> String? {
        for (index, duty) in duties(in: name).map(Duty.init).enumerated() {
            guard let item = listed.first(where: { covers($0, duty) }) else {
                return index == 0 ? "" : "其中「\(duty.text)」不在清单中"
            }
            if let extra = handedOver(in: duty, beyond: item) { return extra }
        }
        return nil
    }

    /// Why `name`, which names `item` as what it carries out, goes beyond it; nil when it does not.
    static func extraDuty(in name: String, beyond item: Listed) -> String? {
        let duties = self.duties(in: name).map(Duty.init)
        for duty in duties {
            if let extra = handedOver(in: duty, beyond: item) { return extra }
        }
        for duty in duties.dropFirst() where !covers(item, duty) {
            return "其中「\(duty.text)」不在清单事项中"
        }
        return nil
    }

    /// Whether the listed item covers a task's duty.
    static func covers(_ item: Listed, _ duty: Duty) -> Bool {
        let core = duty.core
        guard !core.isEmpty else { return false }
        if item.name == duty.folded || (duty.coreLength >= shortestDuty && item.text.contains(core)) { return true }
        if item.dutyLength >= shortestDuty, core.contains(item.duty) { return true }
        // A two-character duty is a word of its own (征兵, 禁毒, 普法) unless it says nothing of what.
        if item.dutyLength == 2, !generalDuties.contains(item.duty), core.contains(item.duty) { return true }
        if item.related.contains(where: core.contains) { return true }
        // Most of the one's pairs of characters in the other: 汛期地质灾害隐患点巡查 in 「…地质灾害隐患点日常巡查
        // 和汛期预警转移」, 农村人居环境整治 in 人居环境整治大扫除.
        if mostlyWithin(duty.pairs, item.textPairs, mask: item.textMask)
            || mostlyWithin(item.dutyPairs, duty.pairSet, mask: duty.mask)
        {
            return true
        }
        // A sub-task names the listed item's subject: 特困人员日常探访 under 特困人员救助供养; but
        // where the listed duty is only publicity (参保宣传), a task on the same subject that is
        // not (医保费代收) is another duty.
        guard sharesSubject(duty, item) else { return false }
        return !item.isPublicity || duty.isPublicity
    }

    static let publicity = ResponsibilityReading.defaultMentionWords.map(FoldedText.init)

    /// Two-character duties too general to place a task by themselves.
    static let generalDuties: Set<FoldedText> = Set(
        ["宣传", "服务", "管理", "检查", "调查", "统计", "登记", "培训", "教育", "活动", "建设", "保障", "工作", "治理"]
            .map(FoldedText.init))

    /// How much of a duty's character pairs another text must hold to be the same matter.
    static let sharedPairs = 2.0 / 3.0

    /// Whether at least two thirds of `pairs` (of a duty of four characters or more) are in `other`,
    /// whose `mask` (a bit per pair) answers most of the no's without hashing.
    static func mostlyWithin(_ pairs: [UInt64], _ other: Set<UInt64>, mask: UInt64) -> Bool {
        guard pairs.count >= 3 else { return false }
        let needed = Int((Double(pairs.count) * sharedPairs).rounded(.up))
        guard pairs.count { mask & bit($0) != 0 } >= needed else { return false }
        return pairs.count { other.contains($0) } >= needed
    }

    static func bit(_ pair: UInt64) -> UInt64 { 1 << ((pair &* 0x9E37_79B9_7F4A_7C15) >> 58) }
    static func mask(_ pairs: some Sequence<UInt64>) -> UInt64 { pairs.reduce(0) { $0 | bit($1) } }

    /// Characters a task's duty and a listed item's duty must share at the start to be one
    /// matter (特困人员); fewer say too little (社会, 农村). They must also share at least half of
    /// the shorter duty: 城乡居民 alone does not make 医保费代收 part of 养老保险参保服务.
    static let sharedSubject = 4

    static func sharesSubject(_ duty: Duty, _ item: Listed) -> Bool {
        let task = duty.core.bytes, listed = item.duty.bytes
        // Characters in the common start, counted by their first bytes (UTF-8 self-synchronises,
        // so the common bytes end inside the first character that differs, which is not counted).
        var shared = 0, index = 0
        while index < task.count, index < listed.count, task[index] == listed[index] {
            if task[index] & 0xC0 != 0x80 { shared += 1 }
            index += 1
        }
        if index < task.count, index < listed.count, task[index] & 0xC0 == 0x80 { shared -= 1 }
        return shared >= max(sharedSubject, (min(duty.coreLength, item.dutyLength) + 1) / 2)
    }

    static let foldedHandingOver = handingOver.map { ($0, FoldedText($0)) }

    /// A responsibility the duty hands to the village that the listed item does not.
    static func handedOver(in duty: Duty, beyond item: Listed) -> String? {
        for (word, folded) in foldedHandingOver where duty.folded.contains(folded) && !item.text.contains(folded) {
            return "清单事项「\(item.name)」没有让村级组织「\(word)」"
        }
        return nil
    }

    static let foldedJoiners = joiners.map(FoldedText.init)
    static let joinerSet = WordSet(joiners)

    /// The duties a task's name joins: the first, and each one after 并, 同时 … (one forward scan;
    /// a joiner's verb, such as 负责 in 并负责, stays with the duty it introduces).
    static func duties(in name: String) -> [String] {
        // Most tasks are one duty: find that out without splitting strings.
        guard foldedJoiners.contains(where: FoldedText(name).contains) else { return [name] }
        let text = Array(name)[...]
        var duties: [String] = []
        var current: [Character] = []
        var index = text.startIndex
        while index < text.endIndex {
            if let joiner = joinerSet.word(in: text, at: index) {
                if !current.isEmpty { duties.append(String(current)) }
                current = joiner.filter { !"并同时且另外此".contains($0) }
                index += joiner.count
            } else {
                current.append(text[index])
                index += 1
            }
        }
        if !current.isEmpty { duties.append(String(current)) }
        return duties
    }

    /// A name without the words of manner, punctuation and spaces: what the duty is about.
    static let foldedManner = manner.map(FoldedText.init)

    static let punctuation: Set<Unicode.Scalar> = ["，", "。", "、", "；", ",", ";", "(", ")"]

    static func duty(of text: FoldedText) -> FoldedText {
        text.removing(each: foldedManner).removing(scalars: punctuation)
    }
}
