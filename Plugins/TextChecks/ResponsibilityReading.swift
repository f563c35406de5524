import QingdanPluginAPI
import QingdanText

/// How an item's text places a matter on the village: as its responsibility (牵头, 完成…任务,
/// 签约, 拆除; or 负责, 承担 unless what is handed over is only publicity or reporting), as help to
/// the department responsible (协助, 配合, 参与 at the start), or only by mentioning it (宣传, 教育,
/// 劝导, 巡查报告). Policy bars making the village the *responsible subject* (责任主体) of some
/// matters; helping with them, or spreading word of them, is allowed.
struct ResponsibilityReading: Sendable {
    enum Reading: Equatable {
        /// The text hands the matter over: the word that does it.
        case handsOver(String)
        case assists
        case mentions
        /// None of the three: the text names the matter itself as the village's work.
        case names
    }

    struct Options: CheckOptions {
        static let title = "责任的读法"
        @CheckOption("responsibility_words", title: "把责任交给村级组织的词（「完成…任务」中 … 为任意文字）")
        var responsibilityWords: [String] = ResponsibilityReading.defaultResponsibilityWords
        @CheckOption("governing_words", title: "交给村级组织、但所交的可能只是宣传报告的词（负责宣传不算）")
        var governingWords: [String] = ResponsibilityReading.defaultGoverningWords
        @CheckOption("assist_words", title: "事项以这些词开头时只是协助")
        var assistWords: [String] = ResponsibilityReading.defaultAssistWords
        @CheckOption("mention_words", title: "只是宣传、报告等的词")
        var mentionWords: [String] = ResponsibilityReading.defaultMentionWords
    }

    static let defaultResponsibilityWords = [
        "牵头", "完成…任务", "承担…任务", "负责…任务", "签约", "拆除", "强拆", "责任主体", "主体责任", "包干", "考核指标",
    ]
    static let defaultGoverningWords = ["负责", "承担"]
    static let defaultAssistWords = ["协助", "配合", "参与"]
    static let defaultMentionWords = [
        "宣传", "教育", "劝导", "劝阻", "巡查", "报告", "报送", "排查", "摸排", "上报", "信息报送", "引导", "动员", "发现",
    ]

    /// A word, or two parts that must occur in this order (完成…任务).
    let responsibility: [(text: String, parts: [[Character]])]
    let governing: WordSet
    let assist: WordSet
    let mention: WordSet

    /// The reading a rule's `reading` option gives, or the default one.
    init(_ options: Options?) {
        let responsibilityWords = options?.responsibilityWords ?? Self.defaultResponsibilityWords
        responsibility = responsibilityWords.map { word in (word, word.split(separator: "…").map(Array.init)) }
        governing = WordSet(options?.governingWords ?? Self.defaultGoverningWords)
        assist = WordSet(options?.assistWords ?? Self.defaultAssistWords)
        mention = WordSet(options?.mentionWords ?? Self.defaultMentionWords)
    }

    /// Words that deny what follows them up to the end of the clause: 不承担查处和拆除责任.
    static let negations = WordSet([
        "不承担", "不负责", "不得", "不作为", "不包括", "无需", "不需", "不再", "不要求", "禁止", "不由", "不另行", "避免", "防止",
        "杜绝",
    ])
    /// Where a denial ends: 不承担查处、拆除和行政执法责任 denies all three, up to the comma.
    static let clauseEnds: Set<Character> = ["，", "。", "；", ",", ";", ")", "\n"]
    static let foldedNegations = negations.words.map { FoldedText(String($0)) }

    /// `text` without the clauses it denies.
    static func affirmed(_ text: FoldedText) -> FoldedText {
        guard foldedNegations.contains(where: text.contains) else { return text }
        let characters = Array(text.description)
        return FoldedText(String(affirmed(characters[...])))
    }

    static func affirmed(_ text: ArraySlice<Character>) -> [Character] {
        var result: [Character] = []
        var index = text.startIndex
        while index < text.endIndex {
            if let word = negations.word(in: text, at: index) {
                index += word.count
                while index < text.endIndex, !clauseEnds.contains(text[index]) { index += 1 }
            } else {
                result.append(text[index])
                index += 1
            }
        }
        return result
    }

    /// Words that join two duties in one item: 协助开展森林防火宣传并负责林区野外用火执法检查 hands over
    /// the second, whatever the first is.
    static let duties = WordSet(["并", "同时", "，", "；", ",", ";", "。"])
    /// Words that join the objects of one duty: 负责安全生产监管和隐患排查 hands over 安全生产监管.
    static let conjunctions = WordSet(["和", "及", "以及", "、", "与"])
    /// 牵头 as an adjective of the department (协助牵头部门), not a responsibility.
    static let leadingBodies = WordSet(["部门", "单位", "科室"])

    /// The reading of the duty of `text` that weighs most: a duty that hands the matter over,
    /// else one that names it, else one that only assists or mentions it. Only the duties that
    /// contain `keyword` are read. `text` is `affirmed` already: denied clauses are not read.
    ///
    /// `mentionsExcuse` is false for a matter whose patrols and inspections are the matter itself
    /// (行政执法: 负责林区行政执法巡查 hands enforcement over).
    func reading(of text: FoldedText, about keyword: String, mentionsExcuse: Bool = true) -> Reading {
        let keyword = Array(keyword)
        let readings = Self.duties.split(Array(text.description)[...]).filter { $0.contains(keyword) }.map {
            reading(ofDuty: $0, about: keyword, mentionsExcuse: mentionsExcuse)
        }
        if let handing = readings.first(where: { if case .handsOver = $0 { true } else { false } }) { return handing }
        if readings.contains(.names) { return .names }
        if readings.contains(.assists) { return .assists }
        return readings.first ?? .mentions
    }

    private func reading(ofDuty duty: ArraySlice<Character>, about keyword: [Character], mentionsExcuse: Bool)
        -> Reading
    {
        for word in responsibility where handsOver(duty, word.parts) { return .handsOver(word.text) }
        // 负责 governs what follows it: the object that holds the keyword decides (负责安全生产宣传
        // only publicises; 负责安全生产监管和隐患排查 hands over the 监管).
        var from = duty.startIndex
        while let (index, word) = governing.first(in: duty, from: from) {
            let governed = duty[(index + word.count)...]
            if let object = Self.conjunctions.split(governed).first(where: { $0.contains(keyword) }) {
                return mentionsExcuse && mention.occurs(in: object) ? .mentions : .handsOver(String(word))
            }
            from = index + word.count
        }
        let object = Self.conjunctions.split(duty).first { $0.contains(keyword) } ?? duty
        if mentionsExcuse, mention.occurs(in: object) || mention.occurs(in: duty) && !governing.occurs(in: duty) {
            return .mentions
        }
        if assist.occurs(in: duty) { return .assists }
        return .names
    }

    /// Whether the parts of a responsibility word occur in `duty` in order (完成…任务), 牵头 not
    /// naming the department (协助牵头部门).
    private func handsOver(_ duty: ArraySlice<Character>, _ parts: [[Character]]) -> Bool {
        if parts == [Self.leading] { return leads(duty) }
        var from = duty.startIndex
        for part in parts {
            guard let index = duty.firstIndex(of: part, from: from) else { return false }
            from = index + part.count
        }
        return !parts.isEmpty
    }

    static let leading = Array("牵头")

    private func leads(_ duty: ArraySlice<Character>) -> Bool {
        var from = duty.startIndex
        while let index = duty.firstIndex(of: Self.leading, from: from) {
            let after = index + Self.leading.count
            if after >= duty.endIndex || Self.leadingBodies.word(in: duty, at: after) == nil { return true }
            from = index + 1
        }
        return false
    }
}
