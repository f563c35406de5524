import QingdanPluginAPI
import QingdanYAML

extension Checker {
    /// A rule example checked the way `check` checks a filing, not around it: validated against
    /// the filing format (as a fragment: no key is required), then judged by every rule of `pack`
    /// in force at the example's level on its date. An example that does not give its level or
    /// date is read at the rule's first level and on the first day the rule is in force.
    public func check(example: RuleExample, of rule: Rule, in pack: ResolvedPack) -> [Finding] {
        let root = example.node
        let file = root.tree.source.path
        let issues = SchemaValidator.validate(
            root, against: .object(library.format.root.relaxed), valueNames: library.format.valueNames,
            placeholders: true)
        var findings = issues.map { Self.finding($0, file: file, root: root) }
        var header = FilingHeader(root: root)
        if header.level == nil { header.level = rule.levels.first }
        if header.asOf == nil { header.asOf = Self.firstDay(of: rule) ?? settings.today }
        if header.regionCode != nil {
            findings += FilingHeader.consistencyIssues(root: root, header: header).map {
                Self.finding($0, file: file, root: root)
            }
        }
        let date = header.asOf ?? settings.today
        let district = example.district.map { DistrictFiling(root: $0, header: FilingHeader(root: $0)) }
        let filing = FilingView(root: root, header: header, district: district)
        let rules = pack.rules(applyingTo: header.level, on: date)
        return findings + Self.judge(filing, by: rules, yielding: pack.yieldTargets, issues: issues).findings
    }

    /// The first day both the rule and its pack are in force (or, for a rule that only says when
    /// it ends, its last day); nil when neither says.
    static func firstDay(of rule: Rule) -> CivilDate? { rule.inForce.from ?? rule.inForce.until }
}
