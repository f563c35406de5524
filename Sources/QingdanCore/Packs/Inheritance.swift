/// Rules a child pack takes over from its ancestors with `replaces`.
enum Inheritance {
    /// Checks each replacing rule against the rule it replaces; returns the ids replaced.
    static func check(_ rules: [Rule], inherited: [Rule], problems: inout [PackProblem]) -> Set<String> {
        var replaced: Set<String> = []
        for rule in rules {
            guard let target = rule.replaces else { continue }
            guard let parent = inherited.first(where: { $0.id == target }) else {
                problems.append(PackProblem(code: .duplicateRule, file: rule.file, location: rule.node["replaces"]!.location,
                                            message: "\(rule.id)：要取代的规则 \(target) 不在上级规则包中",
                                            hint: Suggestions.hint(for: target, among: inherited.map(\.id), listing: "规则")))
                continue
            }
            guard parent.kind.name == rule.kind.name else {
                problems.append(PackProblem(code: .loosening, file: rule.file, location: rule.checkNode.location,
                                            message: "\(rule.id)：取代 \(target) 时必须使用同一检查类型 \(parent.kind.name)",
                                            related: (parent.file, parent.location)))
                continue
            }
            replaced.insert(target)
        }
        return replaced
    }
}
