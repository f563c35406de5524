import QingdanPluginAPI
import QingdanText

/// `items.unique`: no list holds the same item twice. Names are compared folded, so 「协助开展
/// 社会救助」 and 「协助开展 社会救助」 or two bracket styles are the same item.
///
/// With `ignore_words`, names are compared without those words too: 「人居环境整治考核」 and
/// 「人居环境整治评比」 are one project assessed twice when 考核 and 评比 are ignored. With
/// `skip_exact`, two names that are the same before those words are taken out are left to another
/// rule (the national one that finds exact duplicates), so that a pair is reported once.
struct ItemsUnique: CheckKind {
    struct Options: CheckOptions {
        @CheckOption("lists", title: "清单", stricter: .superset) var lists: [FilingList]
        @CheckOption("field", title: "比对的键，默认 name") var field: FieldName = "name"
        @CheckOption("ignore_words", title: "比对时不计的词（如 考核、评比：同一项目换个说法也算重复）")
        var ignoreWords: [String]?
        @CheckOption("skip_exact", title: "不计 ignore_words 也相同的重复不报告（由另一条规则报告时用），默认 false")
        var skipExact = false
    }

    struct Message: FindingMessage {
        let item: String
        let number: Int
        let first: String
        let firstNumber: Int
        let title: String

        static let placeholders: [Placeholder<Message>] = [
            Placeholder("item", \.item, "重复的事项"),
            Placeholder("number", \.number, "重复事项的序号，从 1 起"),
            Placeholder("first", \.first, "先出现的同名事项"),
            Placeholder("first_number", \.firstNumber, "先出现的同名事项的序号"),
            Placeholder("title", \.title, "清单名称"),
        ]
    }

    static let name = "items.unique"
    static let summary = "同一清单中的事项不重复（名称比对时不计空格、全角半角和括号样式）"

    let lists: [FilingPath]
    let field: String
    /// Longest first, so that a word inside a longer one (考核 in 考核评比) does not leave a piece.
    let ignoredWords: [FoldedText]
    let skipExact: Bool

    init(options: Options, context: CheckContext) throws(PackProblem) {
        lists = options.lists.map(\.path)
        field = try options.field.checked(in: options.lists, context)
        ignoredWords = (options.ignoreWords ?? []).map(FoldedText.init).filter { !$0.isEmpty }
            .sorted { $0.bytes.count > $1.bytes.count }
        skipExact = options.skipExact
        if skipExact, ignoredWords.isEmpty {
            throw options.$skipExact.problem("skip_exact 只与 ignore_words 一起使用")
        }
    }

    /// The text names are compared by: folded, without the ignored words.
    func compared(_ folded: FoldedText) -> FoldedText {
        ignoredWords.reduce(folded) { $0.removing($1) }
    }

    var reads: [FilingPath] { lists }

    func run(on filing: FilingView, into sink: inout FindingSink<Message>) {
        for list in lists {
            let items = filing.items(of: list)
            guard items.count > 1 else { continue }
            // Keyed by a hash of the folded bytes (hashing a FoldedText feeds the hasher a byte
            // at a time); texts with the same hash are compared.
            var seen: [UInt64: [(text: FoldedText, folded: FoldedText, item: ListItem)]] = [:]
            for item in items {
                guard let node = item.value(field), node.isScalar else { continue }
                let folded = filing.folded(node)
                let text = compared(folded)
                // A name that is nothing but ignored words (考核) names no project.
                guard !text.isEmpty else { continue }
                let key = Self.hash(text.bytes)
                guard let first = seen[key]?.first(where: { $0.text == text }) else {
                    seen[key, default: []].append((text, folded, item))
                    continue
                }
                if skipExact, first.folded == folded { continue }
                let firstItem = first.item
                sink.report(
                    at: node, path: item.path.appending(key: field), identity: folded.description,
                    Message(
                        item: item.label, number: item.index + 1, first: firstItem.label,
                        firstNumber: firstItem.index + 1,
                        title: list.title))
            }
        }
    }

    /// FNV-1a over the bytes.
    static func hash(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }
}
