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
    let responsibility: [(text: String, parts: [FoldedText])]
    let governing: [(text: String, folded: FoldedText)]
    let assist: [FoldedText]
    let mention: [FoldedText]

    /// The reading a rule's `reading` option gives, or the default one.
    init(_ options: Options?) {
        let responsibilityWords = options?.responsibilityWords ?? Self.defaultResponsibilityWords
        responsibility = responsibilityWords.map { word in
            (word, word.split(separator: "…").map { FoldedText($0) })
        }
        governing = (options?.governingWords ?? Self.defaultGoverningWords).map { ($0, FoldedText($0)) }
        assist = (options?.assistWords ?? Self.defaultAssistWords).map(FoldedText.init)
        mention = (options?.mentionWords ?? Self.defaultMentionWords).map(FoldedText.init)
    }

    /// Words that deny what follows them up to the end of the clause: 不承担查处和拆除责任.
    static let negations = ["不承担", "不负责", "不得", "不作为", "不包括", "无需", "不需", "不再", "不要求", "禁止"]
    /// Where a denial ends: 不承担查处、拆除和行政执法责任 denies all three, up to the comma.
    static let clauseEnds: Set<Character> = ["，", "。", "；", ",", ";", ")", "\n"]

    static let foldedNegations = negations.map(FoldedText.init)

    /// `text` without the clauses it denies.
    static func affirmed(_ text: FoldedText) -> FoldedText {
        guard foldedNegations.contains(where: text.contains) else { return text }
        let description = text.description
        var result = ""
        var rest = Substring(description)
        while let range = negations.lazy.compactMap({ rest.firstRange(of: $0) }).min(by: {
            $0.lowerBound < $1.lowerBound
        }) {
            result += rest[..<range.lowerBound]
            rest = rest[range.upperBound...].drop { !clauseEnds.contains($0) }
        }
        return FoldedText(result + rest)
    }

    /// Words that join two duties in one item: 协助开展森林防火宣传并负责林区野外用火执法检查 hands over
    /// the second, whatever the first is.
    static let duties = ["并", "同时", "，", "；", ",", ";", "。"].map(FoldedText.init)

    /// The reading of the duty of `text` that weighs most: a duty that hands the matter over,
    /// else one that names it, else one that only assists or mentions it. Only the duties that
    /// contain `keyword` are read; denied clauses are not.
    func reading(of text: FoldedText, about keyword: FoldedText) -> Reading {
        let text = Self.affirmed(text)
        guard Self.duties.contains(where: text.contains) else { return reading(ofDuty: text) }
        var parts = [text.description[...]]
        for joiner in Self.duties.map(\.description) {
            parts = parts.flatMap { $0.split(separator: joiner, omittingEmptySubsequences: true) }
        }
        let readings = parts.map { FoldedText($0) }.filter { $0.contains(keyword) }.map(reading(ofDuty:))
        if let handing = readings.first(where: { if case .handsOver = $0 { true } else { false } }) { return handing }
        if readings.contains(.names) { return .names }
        if readings.contains(.assists) { return .assists }
        return readings.first ?? reading(ofDuty: text)
    }

    private func reading(ofDuty text: FoldedText) -> Reading {
        for word in responsibility where Self.contains(text, inOrder: word.parts) { return .handsOver(word.text) }
        if mention.contains(where: text.contains) { return .mentions }
        if let word = governing.first(where: { text.contains($0.folded) }) { return .handsOver(word.text) }
        // 协助 at the start, allowing a few characters before it (积极协助, 做好配合).
        let opening = FoldedText(String(text.description.prefix(4)))
        if assist.contains(where: opening.contains) { return .assists }
        return .names
    }

    private static func contains(_ text: FoldedText, inOrder parts: [FoldedText]) -> Bool {
        var rest = text.description[...]
        for part in parts {
            guard let range = rest.firstRange(of: part.description) else { return false }
            rest = rest[range.upperBound...]
        }
        return !parts.isEmpty
    }
}
