import QingdanPluginAPI
import QingdanText

/// `items.unique`: no list holds the same item twice. Names are compared folded, so 「协助开展
/// 社会救助」 and 「协助开展 社会救助」 or two bracket styles are the same item.
struct ItemsUnique: CheckKind {
    struct Options: CheckOptions {
        @CheckOption("lists", title: "清单", stricter: .superset) var lists: [FilingList]
        @CheckOption("field", title: "比对的键，默认 name") var field: FieldName = "name"
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

    init(options: Options, context: CheckContext) throws(PackProblem) {
        lists = options.lists.map(\.path)
        field = try options.field.checked(in: options.lists, context)
    }

    var reads: [FilingPath] { lists }

    func run(on filing: FilingView, into sink: inout FindingSink<Message>) {
        for list in lists {
            let items = filing.items(of: list)
            guard items.count > 1 else { continue }
            // Keyed by a hash of the folded bytes (hashing a FoldedText feeds the hasher a byte
            // at a time); texts with the same hash are compared.
            var seen: [UInt64: [(text: FoldedText, item: ListItem)]] = [:]
            for item in items {
                guard let node = item.value(field), node.isScalar else { continue }
                let folded = filing.folded(node)
                let key = Self.hash(folded.bytes)
                guard let first = seen[key]?.first(where: { $0.text == folded })?.item else {
                    seen[key, default: []].append((folded, item))
                    continue
                }
                sink.report(
                    at: node, path: item.path.appending(key: field), identity: folded.description,
                    Message(
                        item: item.label, number: item.index + 1, first: first.label, firstNumber: first.index + 1,
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
