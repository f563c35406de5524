import QingdanPluginAPI
import QingdanYAML

/// One pack file: a jurisdiction's rules and the documents they cite.
public struct RulePack: Sendable {
    public let id: String
    public let version: String
    public let title: String
    public let extends: String?
    /// Region-code prefixes that choose this pack when a filing names none.
    public let regions: [String]
    public let effective: DateRange
    /// Documents by short name, this pack's own only.
    public let documents: [String: PolicyDocument]
    /// This pack's own rules, in file order.
    public let rules: [Rule]
    public let file: String
}

/// A pack together with the packs it extends.
public struct ResolvedPack: Sendable {
    /// The packs from the root (`cn`) down to this one.
    public let chain: [RulePack]
    /// Every rule in force through the chain: ancestors' first, replaced rules removed.
    public let rules: [Rule]
    /// The ancestors' rules a rule of the chain replaces: each still judges the days and levels
    /// its replacement does not (a national rule from 2022-08-22 replaced by a city's draft from
    /// 2022-10-23 judges the weeks between).
    public let superseded: [(rule: Rule, by: Rule)]
    /// For each rule that yields (`yields_to`), the ids it yields to: those it names and the
    /// rules of the chain that replace them (YB-NEGATIVE-CONFLICT reports what
    /// CN-NEGATIVE-CONFLICT would). Worked out once, when the pack loads.
    public let yieldTargets: [String: Set<String>]

    init(chain: [RulePack], rules: [Rule], superseded: [(rule: Rule, by: Rule)]) {
        self.chain = chain
        self.rules = rules
        self.superseded = superseded
        let replacers = Dictionary(grouping: superseded, by: \.rule.id).mapValues { $0.map(\.by.id) }
        var targets: [String: Set<String>] = [:]
        for rule in rules + superseded.map(\.rule) where !rule.yieldsTo.isEmpty {
            targets[rule.id] = Set(rule.yieldsTo + rule.yieldsTo.flatMap { replacers[$0] ?? [] })
        }
        yieldTargets = targets
    }

    public var pack: RulePack { chain[chain.count - 1] }
    public var id: String { pack.id }

    /// The rules that judge a filing at `level` describing `date`: those of `rules` in force, then
    /// the replaced rules that judge the days or levels their replacements do not.
    public func rules(applyingTo level: RegionLevel?, on date: CivilDate) -> [Rule] {
        var applying = rules.filter { $0.applies(level: level, date: date) }
        for (rule, replacement) in superseded
        where rule.applies(level: level, date: date) && !replacement.applies(level: level, date: date) {
            applying.append(rule)
        }
        return applying
    }

    /// `cn@2024.1 → cn/chongqing/yubei@2021.1`: the pack versions a report says were applied.
    public var versionChain: [(id: String, version: String)] { chain.map { ($0.id, $0.version) } }
}
