import QingdanYAML

/// A condition on the fields of a list item, written in packs as a mapping from field to the
/// values that satisfy it: `{kind: [other], basis_level: [none, absent]}`. Every field must match
/// one of its values. `absent` matches a field that is missing, blank or only a filler (无, 待定),
/// `present` any value that states something — for an approval, who approved and when.
/// Fields and values are checked against the item's schema when the pack loads.
public struct ItemCondition: Sendable {
    /// A class, so that walking the clauses for every item does not copy their arrays.
    public final class Clause: Sendable {
        public let property: Property
        public var field: String { property.name }
        public let values: [String]
        let valueBytes: [[UInt8]]
        let acceptsAbsent: Bool
        let acceptsPresent: Bool
        let acceptsTrue: Bool
        let acceptsFalse: Bool

        init(property: Property, values: [String]) {
            self.property = property
            self.values = values
            valueBytes = values.map { Array($0.utf8) }
            acceptsAbsent = values.contains(ItemCondition.absent)
            acceptsPresent = values.contains(ItemCondition.present)
            acceptsTrue = values.contains("true")
            acceptsFalse = values.contains("false")
        }

        public func matches(_ item: ListItem) -> Bool {
            guard let value = item.value(property) else { return acceptsAbsent }
            if acceptsPresent { return true }
            if let flag = value.boolean { return flag ? acceptsTrue : acceptsFalse }
            return valueBytes.contains { value.textEquals(bytes: $0) }
        }
    }

    public let clauses: [Clause]

    public static let absent = "absent"
    public static let present = "present"

    /// Whether `item` satisfies every clause.
    public func matches(_ item: ListItem) -> Bool {
        for index in clauses.indices where !clauses[index].matches(item) { return false }
        return true
    }

    /// The fields the condition reads.
    public var fields: [String] { clauses.map(\.field) }
}

/// A condition option as the pack writes it; `compiled(for:)` checks its fields and values
/// against the items of the lists the rule reads.
public struct ConditionOption: OptionValue {
    public let node: YAMLNode

    public static var schema: SchemaType { .dictionary(key: .any, value: .list(.text())) }
    public static func read(_ node: YAMLNode, _ context: CheckContext) throws(PackProblem) -> ConditionOption {
        ConditionOption(node: node)
    }

    /// The condition, with every field and value checked against each of `lists`' items.
    public func compiled(for lists: [FilingList], _ context: CheckContext) throws(PackProblem) -> ItemCondition {
        guard let first = lists.first else { throw context.problem(at: node, "条件没有可以比对的清单") }
        let clauses = try self.clauses(for: first.item, context)
        for list in lists.dropFirst() { _ = try self.clauses(for: list.item, context) }
        return ItemCondition(clauses: clauses)
    }

    private func clauses(for item: ObjectSchema, _ context: CheckContext) throws(PackProblem) -> [ItemCondition.Clause]
    {
        var clauses: [ItemCondition.Clause] = []
        for (key, value) in node.pairs {
            let field = key.text ?? ""
            guard let property = item.property(field) else {
                throw context.problem(
                    at: key, "\(item.title)没有键「\(field)」",
                    hint: Suggestions.hint(for: field, among: item.properties.map(\.name), listing: "键"))
            }
            let allowed: [String]? =
                switch property.type {
                case .choice(let choices): choices
                case .boolean: ["true", "false"]
                default: nil
                }
            let keywords = [ItemCondition.absent, ItemCondition.present]
            var values: [String] = []
            for entry in value.items {
                let text = entry.boolean.map { $0 ? "true" : "false" } ?? entry.text ?? ""
                if let allowed, !allowed.contains(text), !keywords.contains(text) {
                    throw context.problem(
                        at: entry, "「\(field)」没有值「\(text)」",
                        hint: Suggestions.hint(for: text, among: allowed + keywords, listing: "值"))
                }
                values.append(text)
            }
            guard !values.isEmpty else { throw context.problem(at: value, "「\(field)」的条件没有值") }
            clauses.append(ItemCondition.Clause(property: property, values: values))
        }
        return clauses
    }
}
