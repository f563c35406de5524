import QingdanYAML

/// A condition on the fields of a list item, written in packs as a mapping from field to the
/// values that satisfy it: `{kind: [other], basis_level: [none, absent]}`. Every field must match
/// one of its values. `absent` matches a field that is missing, blank or only a filler (无, 待定),
/// `present` any value that states something — for an approval, who approved and when.
/// A number field takes comparisons (`value_yuan: [">= 10000"]`, also `>`, `<`, `<=`, `=`), which
/// a value that is not a number never meets. Fields and values are checked against the item's
/// schema when the pack loads.
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
        let comparisons: [Comparison]

        init(property: Property, values: [String]) {
            self.property = property
            self.values = values
            valueBytes = values.map { Array($0.utf8) }
            acceptsAbsent = values.contains(ItemCondition.absent)
            acceptsPresent = values.contains(ItemCondition.present)
            acceptsTrue = values.contains("true")
            acceptsFalse = values.contains("false")
            comparisons = values.compactMap(Comparison.init)
        }

        public func matches(_ item: ListItem) -> Bool {
            guard let value = item.value(property) else { return acceptsAbsent }
            if acceptsPresent { return true }
            if let flag = value.boolean { return flag ? acceptsTrue : acceptsFalse }
            if !comparisons.isEmpty, let number = value.number {
                if comparisons.contains(where: { $0.holds(for: number) }) { return true }
            }
            return valueBytes.contains { value.textEquals(bytes: $0) }
        }
    }

    /// A comparison with a number, written `>= 10000` (the operators `>=`, `>`, `<=`, `<`, `=`).
    public struct Comparison: Sendable, Equatable {
        public enum Operator: String, Sendable, CaseIterable {
            // Two-character operators first, so that `>=` is not read as `>`.
            case atLeast = ">="
            case atMost = "<="
            case above = ">"
            case below = "<"
            case equal = "="
        }

        public let op: Operator
        public let number: Double

        /// Reads `text` as a comparison; nil when it does not start with an operator followed by
        /// a number.
        public init?(_ text: String) {
            let trimmed = Substring(text).drop { $0 == " " }
            guard let op = Operator.allCases.first(where: { trimmed.hasPrefix($0.rawValue) }) else { return nil }
            let rest = trimmed.dropFirst(op.rawValue.count).drop { $0 == " " }
            guard !rest.isEmpty, let number = Double(String(rest)), number.isFinite else { return nil }
            self.op = op
            self.number = number
        }

        /// Whether `value` stands in this relation to the number.
        public func holds(for value: Double) -> Bool {
            switch op {
            case .atLeast: value >= number
            case .atMost: value <= number
            case .above: value > number
            case .below: value < number
            case .equal: value == number
            }
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
                try Self.checkComparison(text, of: property, at: entry, context)
                values.append(text)
            }
            guard !values.isEmpty else { throw context.problem(at: value, "「\(field)」的条件没有值") }
            clauses.append(ItemCondition.Clause(property: property, values: values))
        }
        return clauses
    }

    /// A number field takes only comparisons (`>= 10000`) and the keywords; a comparison is
    /// refused on a field that is not a number.
    private static func checkComparison(
        _ text: String, of property: Property, at node: YAMLNode, _ context: CheckContext
    ) throws(PackProblem) {
        let isNumber: Bool =
            switch property.type {
            case .number, .integer: true
            default: false
            }
        let keywords = [ItemCondition.absent, ItemCondition.present]
        if isNumber, ItemCondition.Comparison(text) == nil, !keywords.contains(text) {
            throw context.problem(
                at: node, "「\(property.name)」是数字，条件「\(text)」不是比较",
                hint: "写成比较，如「>= 10000」（可用 >=、>、<=、<、=）")
        }
        if !isNumber, ItemCondition.Comparison(text) != nil {
            throw context.problem(
                at: node, "「\(property.name)」不是数字，不能比较大小（「\(text)」）",
                hint: "比较只能用于数字键")
        }
    }
}
