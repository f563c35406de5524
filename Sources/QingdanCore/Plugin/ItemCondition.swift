import QingdanYAML

/// A condition on the fields of a list item, written in packs as a mapping from field to the
/// values that satisfy it: `{kind: [other], basis_level: [none, absent]}`. Every field must match
/// one of its values. `absent` matches a field that is missing or blank, `present` any value.
/// Fields and values are checked against the item's schema when the pack loads.
public struct ItemCondition: Sendable {
    /// A class, so that walking the clauses for every item does not copy their arrays.
    public final class Clause: Sendable {
        public let field: String
        public let values: [String]
        let valueBytes: [[UInt8]]
        let acceptsAbsent: Bool
        let acceptsPresent: Bool
        let acceptsTrue: Bool
        let acceptsFalse: Bool

        init(field: String, values: [String]) {
            self.field = field
            self.values = values
            valueBytes = values.map { Array($0.utf8) }
            acceptsAbsent = values.contains(ItemCondition.absent)
            acceptsPresent = values.contains(ItemCondition.present)
            acceptsTrue = values.contains("true")
            acceptsFalse = values.contains("false")
        }

        func matches(_ item: ListItem) -> Bool {
            guard let value = item.value(field) else { return acceptsAbsent }
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

extension CheckOptions {
    /// The condition in option `name`, with its fields and values checked against `item`.
    public func condition(_ name: String, of item: ObjectSchema) throws(PackProblem) -> ItemCondition? {
        guard let mapping = node(name) else { return nil }
        var clauses: [ItemCondition.Clause] = []
        for (key, value) in mapping.pairs {
            let field = key.text ?? ""
            guard let property = item.property(field) else {
                throw PackProblem(code: .option, file: file, location: key.location,
                                  message: "\(item.title)没有键「\(field)」",
                                  hint: Suggestions.hint(for: field, among: item.properties.map(\.name), listing: "键"))
            }
            let allowed: [String]? = switch property.type {
            case .choice(let choices): choices
            case .boolean: ["true", "false"]
            default: nil
            }
            var values: [String] = []
            for entry in value.items {
                let text = entry.boolean.map { $0 ? "true" : "false" } ?? entry.text ?? ""
                let keywords = [ItemCondition.absent, ItemCondition.present]
                if let allowed, !allowed.contains(text), !keywords.contains(text) {
                    throw PackProblem(code: .option, file: file, location: entry.location,
                                      message: "「\(field)」没有值「\(text)」",
                                      hint: Suggestions.hint(for: text, among: allowed + keywords, listing: "值"))
                }
                values.append(text)
            }
            guard !values.isEmpty else {
                throw PackProblem(code: .option, file: file, location: value.location, message: "「\(field)」的条件没有值")
            }
            clauses.append(ItemCondition.Clause(field: field, values: values))
        }
        return ItemCondition(clauses: clauses)
    }
}
