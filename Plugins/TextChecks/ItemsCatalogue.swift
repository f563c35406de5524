import QingdanPluginAPI
import QingdanText

/// `items.catalogue`: no item of a list matches an entry of a catalogue (such as the certificates
/// villages may not issue). Names are read as drafters write them: 婚姻状况（未婚）证明, 亲属关系的证明,
/// 养犬证明 (without the optional 居民), and 出生、死亡证明 (two entries in one item, each reported).
struct ItemsCatalogue: CheckKind {
    enum Match: String, OptionChoice {
        case contains, exact
    }

    struct Options: CheckOptions {
        @CheckOption("list", title: "清单") var list: FilingList
        @CheckOption("field", title: "比对的键，默认 name") var field: FieldName = "name"
        @CheckOption("catalogue", title: "目录", stricter: .superset) var catalogue: [String]
        @CheckOption("aliases", title: "目录事项的其他写法") var aliases: OptionTable<[String]>?
        @CheckOption("unverified_aliases", title: "未与原文核对的其他写法（如公开转载的子项名称）；按它认定时消息注明未核实")
        var unverifiedAliases: OptionTable<[String]>?
        @CheckOption("optional_words", title: "名称中可有可无的词（如 居民、人员）") var optionalWords: [String]?
        @CheckOption("except", title: "名称含有这些词时不比对（如 村集体经济组织：不是居民个人的证明）") var except: [String]?
        @CheckOption("match", title: "比对方式：包含（默认）或完全相同") var match = Match.contains
    }

    struct Message: FindingMessage {
        let item: String
        let entry: String
        let number: Int
        let title: String
        let unverified: String

        static let placeholders: [Placeholder<Message>] = [
            Placeholder("item", \.item, "事项名称"),
            Placeholder("entry", \.entry, "匹配的目录事项"),
            Placeholder("unverified", \.unverified, "按未核实的写法认定时的说明（如「（按子项名称「户籍证明」认定，未核实）」），否则为空"),
            Placeholder("number", \.number, "目录事项的序号"),
            Placeholder("title", \.title, "清单名称"),
        ]
    }

    static let name = "items.catalogue"
    static let summary = "清单中的事项不得是目录（如不应由村级组织出具的证明）中的事项"

    let list: FilingPath
    let field: String
    let catalogue: Catalogue
    let containing: Bool
    let exceptions: [FoldedText]

    init(options: Options, context: CheckContext) throws(PackProblem) {
        list = options.list.path
        field = try options.field.checked(in: [options.list], context)
        catalogue = try Catalogue(
            options.catalogue, from: "catalogue", aliases: options.aliases,
            unverifiedAliases: options.unverifiedAliases,
            optionalWords: options.optionalWords ?? [], context)
        containing = options.match == .contains
        exceptions = (options.except ?? []).map(FoldedText.init)
    }

    var reads: [FilingPath] { [list] }

    func run(on filing: FilingView, into sink: inout FindingSink<Message>) {
        for item in filing.items(of: list) {
            guard let node = item.value(field), node.isScalar else { continue }
            let name = filing.folded(node)
            if exceptions.contains(where: name.contains) { continue }
            let entries = catalogue.matches(inName: name, containing: containing)
            for found in entries {
                // One item naming several entries is several findings; one naming one keeps the
                // identity it always had, so baselines recorded before still match.
                let entry = found.entry
                sink.report(
                    at: node, path: item.path.appending(key: field), identity: entries.count > 1 ? entry.name : "",
                    Message(
                        item: item.label, entry: entry.name, number: entry.number, title: list.title,
                        unverified: found.unverifiedAlias.map { "（按「\($0)」认定：这一写法据公开转载，未与原文核对）" } ?? ""))
            }
        }
    }
}
