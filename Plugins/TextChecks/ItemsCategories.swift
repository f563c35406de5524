import QingdanPluginAPI
import QingdanText

/// `items.categories`: no item of the given lists makes the village responsible for a matter of
/// a category (such as the matters a village may not be made responsible for). A field falls
/// under a category when its folded text contains one of the category's keywords and none of its
/// exceptions; it is a finding when the text hands the matter to the village (负责, 承担, 牵头 …)
/// or simply names it as the village's work, not when it only assists (协助, 配合 at the start)
/// or mentions it (宣传, 劝导, 巡查报告). With `from_list`, the filing's own list (its negative list)
/// gives further categories.
struct ItemsCategories: CheckKind {
    /// A class, so that trying every category on every name copies no arrays.
    final class Category: Sendable {
        let name: String
        let keywords: [(text: String, folded: FoldedText)]
        let exceptions: [FoldedText]

        /// Whether publicising, patrolling or reporting the matter is not taking it on (true for
        /// 拆迁拆违: 违法建设巡查报告; false for 行政执法: 执法巡查 is enforcement).
        let mentionsExcuse: Bool
        /// Words one of which must stand in the same text for a keyword to count (照片 only with
        /// 考核依据); empty when a keyword counts alone.
        let companions: [FoldedText]

        init(
            name: String, keywords: [(text: String, folded: FoldedText)], exceptions: [FoldedText],
            mentionsExcuse: Bool = true, companions: [FoldedText] = []
        ) {
            self.name = name
            self.keywords = keywords
            self.exceptions = exceptions
            self.mentionsExcuse = mentionsExcuse
            self.companions = companions
        }

        /// The first keyword `text` uses: an occurrence that overlaps an exception (执法 in 执法队,
        /// 环境整治 in 人居环境整治) or names a body (城管 in 区城管局) does not count; others in
        /// the same text still do.
        func keyword(in text: FoldedText) -> String? {
            // Most texts use no keyword: find that out before collecting any.
            guard keywords.contains(where: { text.contains($0.folded) }) else { return nil }
            let present = keywords.filter { text.contains($0.folded) }
            guard companions.isEmpty || companions.contains(where: text.contains) else { return nil }
            let characters = Array(text.description)[...]
            let excused = exceptions.flatMap { exception in
                Self.occurrences(of: Array(exception.description), in: characters).map {
                    $0..<$0 + exception.description.count
                }
            }
            for keyword in present {
                let word = Array(keyword.folded.description)
                let used = Self.occurrences(of: word, in: characters).contains { start in
                    let range = start..<start + word.count
                    return !excused.contains { $0.overlaps(range) }
                        && !Self.namesABody(characters, after: range.upperBound)
                }
                if used { return keyword.text }
            }
            return nil
        }

        /// Endings of the names of bodies: 局 in 区城市管理局, 大队 in 综合行政执法大队.
        static let bodies = WordSet(["局", "大队", "中队", "支队", "队", "委员会", "部门", "办公室"])
        /// How far after a keyword a body's ending may stand: 城管执法局.
        static let bodyReach = 3

        static func namesABody(_ text: ArraySlice<Character>, after end: Int) -> Bool {
            var index = end
            while index < text.endIndex, index <= end + bodyReach {
                if ResponsibilityReading.clauseEnds.contains(text[index]) { return false }
                if bodies.word(in: text, at: index) != nil { return true }
                index += 1
            }
            return false
        }

        static func occurrences(of word: [Character], in text: ArraySlice<Character>) -> [Int] {
            var found: [Int] = []
            var from = text.startIndex
            while let index = text.firstIndex(of: word, from: from) {
                found.append(index)
                from = index + 1
            }
            return found
        }
    }

    struct Options: CheckOptions {
        @CheckOption("lists", title: "要检查的清单", stricter: .superset) var lists: [FilingList]
        @CheckOption("fields", title: "比对的键，默认 name 和 content（事项有该键时）")
        var fields: [FieldName] = ["name", "content"]
        @CheckOption("categories", title: "类别", stricter: .superset) var categories: OptionTable<CategoryOptions>?
        @CheckOption("from_list", title: "申报自己的这个清单中的每一项也作为一个类别（如 lists.negative）")
        var fromList: FilingList?
        @CheckOption("except", title: "from_list 的类别：含有这些词时不算") var except: [String]?
        @CheckOption("list_keywords", title: "from_list 的类别：名称含有这个词时，另加这些关键词（拆迁拆违 → 拆除、违法建设）")
        var listKeywords: OptionTable<[String]>?
        @CheckOption("list_mentions_excuse_not", title: "from_list 的类别：名称含有这些词时，宣传、巡查不算例外（如 行政执法）")
        var listMentionsExcuseNot: [String]?
        @CheckOption("responsibility_only", title: "只在文字让村级组织负责时算（协助、宣传不算），默认 true；false 时含关键词即算")
        var responsibilityOnly = true
        @CheckOption("assisting_allowed", title: "只是协助（协助、配合开头）时不算，默认 true")
        var assistingAllowed = true
        @CheckOption("reading", title: "责任的读法（不写时用默认词表）") var reading: ResponsibilityReading.Options?
    }

    struct CategoryOptions: CheckOptions {
        static let title = "类别"
        @CheckOption("keywords", title: "关键词") var keywords: [String]
        @CheckOption("except", title: "含有这些词时不算") var except: [String]?
        @CheckOption("mentions_excuse", title: "只是宣传、巡查、报告时不算（默认 true；执法巡查本身就是执法时写 false）")
        var mentionsExcuse = true
        @CheckOption("with_any", title: "关键词须与这些词之一同在一段文字中才算（如 照片 与 考核依据）") var withAny: [String]?
    }

    struct Message: FindingMessage {
        let item: String
        let value: String
        let category: String
        let keyword: String
        let title: String
        let list: String
        let why: String

        static let placeholders: [Placeholder<Message>] = [
            Placeholder("item", \.item, "事项名称"),
            Placeholder("value", \.value, "比对的文字（field 的值）"),
            Placeholder("category", \.category, "事项所属的类别"),
            Placeholder("keyword", \.keyword, "匹配的关键词"),
            Placeholder("title", \.title, "事项所在清单的名称"),
            Placeholder("list", \.list, "事项所在清单的路径"),
            Placeholder("why", \.why, "为什么算作由村级组织负责（如：写明「牵头」）"),
        ]
    }

    static let name = "items.categories"
    static let summary = "清单中的事项不得让村级组织负责给定类别（如负面事项）的工作；只是协助、宣传的不算"

    let lists: [FilingPath]
    let fields: [String]
    let categories: [Category]
    let ownList: FilingPath?
    let ownExceptions: [FoldedText]
    let listKeywords: [(name: String, keywords: [String])]
    let listMentionsExcuseNot: [String]
    let responsibilityOnly: Bool
    let assistingAllowed: Bool
    let reading: ResponsibilityReading

    init(options: Options, context: CheckContext) throws(PackProblem) {
        guard options.categories != nil || options.fromList != nil else {
            throw context.problem("items.categories 至少要有 categories 或 from_list")
        }
        lists = options.lists.map(\.path)
        var fields: [String] = []
        for field in options.fields { fields.append(try field.checked(inAnyOf: options.lists, context)) }
        self.fields = fields
        categories = (options.categories?.entries ?? []).map { entry in
            Category(
                name: entry.key, keywords: entry.value.keywords.map { ($0, FoldedText($0)) },
                exceptions: (entry.value.except ?? []).map(FoldedText.init), mentionsExcuse: entry.value.mentionsExcuse,
                companions: (entry.value.withAny ?? []).map(FoldedText.init))
        }
        ownList = options.fromList?.path
        ownExceptions = (options.except ?? []).map(FoldedText.init)
        listKeywords = (options.listKeywords?.entries ?? []).map { ($0.key, $0.value) }
        listMentionsExcuseNot = options.listMentionsExcuseNot ?? []
        responsibilityOnly = options.responsibilityOnly
        assistingAllowed = options.assistingAllowed
        reading = ResponsibilityReading(options.reading)
    }

    var reads: [FilingPath] { lists + (ownList.map { [$0] } ?? []) }

    func run(on filing: FilingView, into sink: inout FindingSink<Message>) {
        let categories = self.categories + ownCategories(of: filing)
        guard !categories.isEmpty else { return }
        for list in lists {
            for item in filing.items(of: list) {
                for field in fields {
                    guard let node = item.value(field), node.isScalar else { continue }
                    // What the text denies (不承担拆除责任) is not read as the village's work.
                    let folded = ResponsibilityReading.affirmed(filing.folded(node))
                    guard let (category, keyword) = firstMatch(in: folded, categories),
                        let why = responsibilityOnly
                            ? conflict(
                                reading.reading(of: folded, about: keyword, mentionsExcuse: category.mentionsExcuse))
                            : "含有「\(keyword)」"
                    else { continue }
                    sink.report(
                        at: node, path: item.path.appending(key: field), identity: category.name,
                        Message(
                            item: item.label, value: node.text ?? "", category: category.name, keyword: keyword,
                            title: list.title, list: list.description, why: why))
                    break
                }
            }
        }
    }

    private func firstMatch(in text: FoldedText, _ categories: [Category]) -> (Category, String)? {
        for category in categories {
            if let keyword = category.keyword(in: text) { return (category, keyword) }
        }
        return nil
    }

    /// Why a reading is a conflict; nil when it is not one.
    private func conflict(_ reading: ResponsibilityReading.Reading) -> String? {
        switch reading {
        case .handsOver(let word): "写明由村级组织「\(word)」"
        case .assists: assistingAllowed ? nil : "本申报的负面清单已列明该事项，协助清单中不应再列"
        case .mentions: nil
        case .names: "事项本身即由村级组织承担"
        }
    }

    /// The categories the filing's own list gives: each item's name, without the words that
    /// only say it is not the village's (不得、村级组织不承担) and a closing 工作/任务/事项.
    private func ownCategories(of filing: FilingView) -> [Category] {
        guard let ownList else { return [] }
        return filing.items(of: ownList).compactMap { item in
            guard let name = item.name else { return nil }
            var core = Substring(name.filter { !$0.isWhitespace })
            for prefix in ["不得将村级组织作为", "村级组织不承担", "不得要求村级组织", "不得", "不承担"]
            where core.hasPrefix(prefix) {
                core = core.dropFirst(prefix.count)
            }
            for suffix in ["的责任主体", "责任主体", "工作", "任务", "事项"] where core.hasSuffix(suffix) {
                core = core.dropLast(suffix.count)
            }
            guard core.count >= 2 else { return nil }
            // 拆迁拆违 on the list also means what the pack relates to it (拆除, 违法建设).
            var words = [String(core)]
            for entry in listKeywords where core.contains(entry.name) || entry.name.contains(core) {
                words += entry.keywords.filter { !words.contains($0) }
            }
            return Category(
                name: name, keywords: words.map { ($0, FoldedText($0)) }, exceptions: ownExceptions,
                mentionsExcuse: !listMentionsExcuseNot.contains(where: core.contains))
        }
    }
}
