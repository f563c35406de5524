import QingdanYAML

/// A condition on the fields of a list item, written in packs as a mapping from field to the
/// values that satisfy it: `{kind: [other], basis_level: [none, absent]}`. Every field must match
/// one of its values. `absent` matches a field that is missing or blank, `present` any value.
/// Fields and values are checked against the item's schema when the pack loads.
public struct ItemCondition: Sendable {
    public struct Clause: Sendable {
        public let field: String
        public let values: [String]
        let valueBytes: [[UInt8]]
        let acceptsAbsent: Bool
        let acceptsPresent: Bool

        init(field: String, values: [String]) {
            self.field = field
            self.values = values
            valueBytes = values.map { Array($0.utf8) }
            acceptsAbsent = values.contains(ItemCondition.absent)
            acceptsPresent = values.contains(ItemCondition.present)
        }
    }

    public let clauses: [Clause]

    public static let absent = "absent"
    public static let present = "present"

    /// Whether `item` satisfies every clause.
    public func matches(_ item: ListItem) -> Bool {
        clauses.allSatisfy { clause in
            guard let value = item.value(clause.field) else { return clause.acceptsAbsent }
            if clause.acceptsPresent { return true }
            if let flag = value.boolean { return clause.values.contains(flag ? "true" : "false") }
            return clause.valueBytes.contains { value.textEquals(bytes: $0) }
        }
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
