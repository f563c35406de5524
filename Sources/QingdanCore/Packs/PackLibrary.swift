import QingdanPluginAPI
import QingdanYAML

/// Every pack from one source, loaded, linked through `extends` and compiled. Loading is all or
/// nothing: a library with any broken pack is not built, and every problem is reported at once.
public struct PackLibrary: Sendable {
    public let packs: [String: ResolvedPack]
    /// The filing format the packs were checked against, and that filings are read with.
    public let format: FilingFormat
    /// Region-code prefixes (canonical), deepest first, with the pack each chooses.
    private let regionIndex: [(prefix: RegionCode, packID: String)]
    /// The pack that covers every region code no prefix covers: the one pack with neither
    /// `extends` nor `regions` (the national pack `cn`); nil when there is none, or more than one.
    public let rootPackID: String?

    public init(source: some PackSource, registry: CheckKindRegistry) throws(PackLoadFailure) {
        format = registry.format
        let files = try source.packFiles().get()
        var problems: [PackProblem] = []
        var raw: [String: PackFile] = [:]
        for (id, file) in files {
            if let pack = PackFile.read(id: id, source: file, problems: &problems) { raw[id] = pack }
        }
        if files.isEmpty {
            problems.append(PackProblem(code: .notFound, file: "", location: .start, message: "没有找到任何规则包"))
        }
        guard problems.isEmpty else { throw PackLoadFailure(problems: problems) }

        let order = PackLibrary.extensionOrder(raw, problems: &problems)
        var resolved: [String: ResolvedPack] = [:]
        var ruleOrigins: [String: Rule] = [:]
        for id in order {
            let file = raw[id]!
            let parent = file.extends.flatMap { resolved[$0] }
            if file.extends != nil && parent == nil { continue }
            var documents: [String: PolicyDocument] = [:]
            for ancestor in parent?.chain ?? [] { documents.merge(ancestor.documents) { first, _ in first } }
            for (key, document) in file.documents {
                if documents[key] != nil {
                    problems.append(
                        PackProblem(
                            code: .citation, file: file.file, location: file.root["documents"]!.location,
                            message: "文件简称「\(key)」已在上级规则包中定义", hint: "换一个简称，或直接引用上级的定义"))
                }
                documents[key] = document
            }
            let compiler = RuleCompiler(
                registry: registry, documents: documents, packID: id, packEffective: file.effective)
            var rules: [Rule] = []
            for node in file.ruleNodes {
                guard let rule = compiler.compile(node, problems: &problems) else { continue }
                if let earlier = ruleOrigins[rule.id] {
                    problems.append(
                        PackProblem(
                            code: .duplicateRule, file: rule.file, location: rule.location,
                            message: "规则编号 \(rule.id) 已在 \(earlier.packID) 中使用",
                            hint: "每条规则的编号在所有规则包中唯一；要取代上级规则，换一个编号并写 replaces: \(rule.id)",
                            related: (earlier.file, earlier.location)))
                    continue
                }
                ruleOrigins[rule.id] = rule
                rules.append(rule)
            }
            let pack = RulePack(
                id: id, version: file.version, title: file.title, extends: file.extends,
                regions: file.regions, effective: file.effective, documents: file.documents,
                rules: rules, file: file.file)
            let inherited = parent?.rules ?? []
            let known = Set((inherited + rules).map(\.id))
            for rule in rules {
                for (index, other) in rule.yieldsTo.enumerated() where !known.contains(other) {
                    problems.append(
                        PackProblem(
                            code: .option, file: rule.file,
                            location: rule.node["yields_to"]?.items[index].location ?? rule.location,
                            message: "\(rule.id)：yields_to 中的「\(other)」不是本规则包或上级规则包的规则",
                            hint: Suggestions.hint(for: other, among: known.sorted(), listing: "规则编号")))
                }
            }
            let superseded = Inheritance.check(rules, inherited: inherited, problems: &problems)
            let replaced = Set(superseded.map(\.rule.id))
            resolved[id] = ResolvedPack(
                chain: (parent?.chain ?? []) + [pack],
                rules: inherited.filter { !replaced.contains($0.id) } + rules,
                superseded: (parent?.superseded ?? []).filter { !replaced.contains($0.rule.id) } + superseded)
        }

        var index: [(prefix: RegionCode, packID: String)] = []
        for id in order {
            guard let file = raw[id] else { continue }
            for written in file.regions {
                // `21`, `210000` and `210000000000` are one prefix: compared by the region they name.
                guard let prefix = RegionCode(written) else {
                    problems.append(
                        PackProblem(
                            code: .region, file: file.file, location: file.root["regions"]!.location,
                            message: "区划代码前缀 \(written) 不是任何地区的代码：省级两位不能是 00",
                            hint: "写出地区的区划代码，如辽宁省 21 或 210000、鞍山市 2103 或 210300"))
                    continue
                }
                if let clash = index.first(where: { $0.prefix == prefix }) {
                    problems.append(
                        PackProblem(
                            code: .region, file: file.file, location: file.root["regions"]!.location,
                            message:
                                "区划代码前缀 \(written)（\(prefix.level.chineseName) \(prefix.key)）已由规则包 \(clash.packID) 使用"))
                }
                index.append((prefix, id))
            }
        }
        guard problems.isEmpty else { throw PackLoadFailure(problems: problems) }
        packs = resolved
        regionIndex = index.sorted { $0.prefix.level > $1.prefix.level }
        let roots = order.filter { raw[$0]?.extends == nil && raw[$0]?.regions.isEmpty == true }
        rootPackID = roots.count == 1 ? roots[0] : nil
    }

    /// Pack ids, sorted.
    public var ids: [String] { packs.keys.sorted() }

    public func pack(id: String) -> ResolvedPack? { packs[id] }

    /// How a region code chose its pack.
    public struct RegionChoice: Sendable {
        public let pack: ResolvedPack
        /// The `regions:` prefix that chose it; nil when no pack names the region and the root
        /// pack, which covers every code, judges it.
        public let prefix: RegionCode?

        /// Whether a pack of the region's own (its province, city or county) chose it.
        public var isLocal: Bool { prefix != nil }
    }

    /// The deepest pack that covers `code`: the pack whose `regions:` prefix is the deepest region
    /// `code` lies in, else the root pack.
    public func choice(for code: RegionCode) -> RegionChoice? {
        if let entry = regionIndex.first(where: { code.lies(in: $0.prefix) }), let pack = packs[entry.packID] {
            return RegionChoice(pack: pack, prefix: entry.prefix)
        }
        return rootPackID.flatMap { packs[$0] }.map { RegionChoice(pack: $0, prefix: nil) }
    }

    /// The deepest pack that covers `code`, read in any of its written forms.
    public func pack(forRegionCode code: String) -> ResolvedPack? {
        RegionCode(code).flatMap { choice(for: $0)?.pack }
    }

    /// A rule by id, from whichever pack defines it.
    public func rule(id: String) -> Rule? {
        for pack in packs.values {
            if let rule = pack.pack.rules.first(where: { $0.id == id }) { return rule }
        }
        return nil
    }

    /// Every rule defined in any pack, ordered by pack id then file order.
    public var allRules: [Rule] { ids.flatMap { packs[$0]!.pack.rules } }

    /// Pack ids ordered so that every pack comes after the one it extends; reports unknown
    /// parents and cycles.
    private static func extensionOrder(_ raw: [String: PackFile], problems: inout [PackProblem]) -> [String] {
        var order: [String] = []
        var state: [String: Bool] = [:]  // false: in progress, true: done
        func visit(_ id: String, trail: [String]) {
            if state[id] == true { return }
            let file = raw[id]!
            if state[id] == false {
                problems.append(
                    PackProblem(
                        code: .extendsCycle, file: file.file, location: file.root["extends"]!.location,
                        message: "extends 形成循环：\((trail + [id]).joined(separator: " → "))"))
                return
            }
            state[id] = false
            if let parent = file.extends {
                if raw[parent] == nil {
                    problems.append(
                        PackProblem(
                            code: .notFound, file: file.file, location: file.root["extends"]!.location,
                            message: "继承的规则包「\(parent)」不存在",
                            hint: Suggestions.hint(for: parent, among: raw.keys.sorted(), listing: "规则包")))
                } else {
                    visit(parent, trail: trail + [id])
                }
            }
            state[id] = true
            order.append(id)
        }
        for id in raw.keys.sorted() { visit(id, trail: []) }
        return order
    }
}
