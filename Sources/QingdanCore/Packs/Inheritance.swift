import QingdanPluginAPI
import QingdanYAML

/// Rules a child pack takes over from its ancestors with `replaces`, and the tighten-only check:
/// a replacing rule may make its parent stricter, never looser — unless it cites a document of
/// a higher authority than the parent rule does.
enum Inheritance {
    /// Checks each replacing rule against the rule it replaces; returns each replaced rule with
    /// the rule that replaces it.
    static func check(_ rules: [Rule], inherited: [Rule], problems: inout [PackProblem]) -> [(rule: Rule, by: Rule)] {
        var replaced: [(rule: Rule, by: Rule)] = []
        for rule in rules {
            guard let target = rule.replaces else { continue }
            guard let parent = inherited.first(where: { $0.id == target }) else {
                problems.append(
                    PackProblem(
                        code: .duplicateRule, file: rule.file, location: rule.node["replaces"]!.location,
                        message: "\(rule.id)：要取代的规则 \(target) 不在上级规则包中",
                        hint: Suggestions.hint(for: target, among: inherited.map(\.id), listing: "规则")))
                continue
            }
            replaced.append((parent, rule))
            guard parent.kind.name == rule.kind.name else {
                problems.append(
                    PackProblem(
                        code: .loosening, file: rule.file, location: rule.checkNode.location,
                        message: "\(rule.id)：取代 \(target) 时必须使用同一检查类型 \(parent.kind.name)",
                        related: (parent.file, parent.location)))
                continue
            }
            guard rule.basis.document.authority <= parent.basis.document.authority else { continue }
            for loosening in loosenings(of: parent, by: rule) {
                problems.append(
                    PackProblem(
                        code: .loosening, file: rule.file, location: loosening.at.location,
                        message: "\(rule.id)：\(loosening.what)，比 \(parent.packID) 的 \(parent.id) 宽松；下级规则包只能收紧上级的限制",
                        hint: parent.basis.document.authority == .national
                            ? "上级规则依据国家文件，下级规则包只能收紧，不能放宽"
                            : "改回不宽于上级的限制；若确有更高层级的依据，在 basis 中引用发文层级高于「\(parent.basis.document.authority.chineseName)」的文件",
                        related: (parent.file, loosening.parentAt.location)))
            }
        }
        return replaced
    }

    private struct Loosening {
        let what: String
        let at: YAMLNode
        let parentAt: YAMLNode
    }

    private static func loosenings(of parent: Rule, by child: Rule) -> [Loosening] {
        var found: [Loosening] = []
        if child.severity < parent.severity {
            found.append(
                Loosening(
                    what: "严重程度从 \(parent.severity.rawValue) 降为 \(child.severity.rawValue)",
                    at: child.node["severity"]!, parentAt: parent.node["severity"]!))
        }
        if !parent.levels.isEmpty, !child.levels.isEmpty, !Set(child.levels).isSuperset(of: parent.levels) {
            let dropped = parent.levels.filter { !child.levels.contains($0) }.map(\.chineseName).joined(separator: "、")
            found.append(
                Loosening(what: "不再适用于\(dropped)", at: child.node["levels"]!, parentAt: parent.node["levels"]!))
        } else if parent.levels.isEmpty, !child.levels.isEmpty {
            found.append(Loosening(what: "只适用于部分层级", at: child.node["levels"]!, parentAt: parent.node))
        }
        for limit in child.kind.limits {
            guard let parentValue = parent.checkNode[limit.option], !parentValue.isNull else { continue }
            let childValue = child.checkNode[limit.option].flatMap { $0.isNull ? nil : $0 }
            guard let childValue else {
                found.append(
                    Loosening(
                        what: "去掉了 \(limit.option)（上级为 \(display(parentValue))）",
                        at: child.checkNode, parentAt: parentValue))
                continue
            }
            switch limit.stricter {
            case .lower, .higher:
                guard let old = parentValue.number, let new = childValue.number else { continue }
                if limit.stricter == .lower ? new > old : new < old {
                    found.append(
                        Loosening(
                            what: "把 \(limit.option) 从 \(display(parentValue)) 改为 \(display(childValue))",
                            at: childValue, parentAt: parentValue))
                }
            case .superset:
                let missing = entries(parentValue).filter { !entries(childValue).contains($0) }
                if !missing.isEmpty {
                    found.append(
                        Loosening(
                            what: "\(limit.option) 去掉了 \(missing.joined(separator: "、"))",
                            at: childValue, parentAt: parentValue))
                }
            }
        }
        return found
    }

    /// The texts of a list, or the keys of a mapping.
    private static func entries(_ node: YAMLNode) -> [String] {
        node.isMapping ? node.pairs.compactMap { $0.key.text } : node.items.compactMap(\.text)
    }

    private static func display(_ node: YAMLNode) -> String {
        node.text ?? entries(node).joined(separator: "、")
    }
}
