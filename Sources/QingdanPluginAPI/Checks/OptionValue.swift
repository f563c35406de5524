import QingdanYAML

/// A type a check option can hold: its schema, and how it is read from a node the schema has
/// validated. Reading may still throw for what the schema cannot see, such as a filing path
/// the format does not have.
public protocol OptionValue: Sendable {
    static var schema: SchemaType { get }
    static func read(_ node: YAMLNode, _ context: CheckContext) throws(PackProblem) -> Self
    /// The value of an option the rule leaves out; nil when the option is required.
    static var whenAbsent: Self? { get }
}

extension OptionValue {
    public static var whenAbsent: Self? { nil }
}

/// A number type whose options may declare bounds (`minimum: 0`, `maximum: 100`).
public protocol BoundedOptionValue: OptionValue {
    static func schema(minimum: Int?, maximum: Int?) -> SchemaType
}

extension Optional: OptionValue where Wrapped: OptionValue {
    public static var schema: SchemaType { Wrapped.schema }
    public static func read(_ node: YAMLNode, _ context: CheckContext) throws(PackProblem) -> Self {
        try Wrapped.read(node, context)
    }
    public static var whenAbsent: Self? { .some(nil) }
}

extension Optional: BoundedOptionValue where Wrapped: BoundedOptionValue {
    public static func schema(minimum: Int?, maximum: Int?) -> SchemaType {
        Wrapped.schema(minimum: minimum, maximum: maximum)
    }
}

extension Bool: OptionValue {
    public static var schema: SchemaType { .boolean }
    public static func read(_ node: YAMLNode, _ context: CheckContext) throws(PackProblem) -> Bool {
        guard let value = node.boolean else { throw context.problem(at: node, "应为 true 或 false") }
        return value
    }
}

extension Int: BoundedOptionValue {
    public static var schema: SchemaType { .integer() }
    public static func schema(minimum: Int?, maximum: Int?) -> SchemaType {
        .integer(minimum: minimum, maximum: maximum)
    }
    public static func read(_ node: YAMLNode, _ context: CheckContext) throws(PackProblem) -> Int {
        guard let value = node.integer else { throw context.problem(at: node, "应为整数") }
        return value
    }
}

extension Double: OptionValue {
    public static var schema: SchemaType { .number() }
    public static func read(_ node: YAMLNode, _ context: CheckContext) throws(PackProblem) -> Double {
        guard let value = node.number else { throw context.problem(at: node, "应为数字") }
        return value
    }
}

extension String: OptionValue {
    public static var schema: SchemaType { .text() }
    public static func read(_ node: YAMLNode, _ context: CheckContext) throws(PackProblem) -> String {
        guard let value = node.text else { throw context.problem(at: node, "应为文本") }
        return value
    }
}

extension Array: OptionValue where Element: OptionValue {
    public static var schema: SchemaType { .list(Element.schema) }
    public static func read(_ node: YAMLNode, _ context: CheckContext) throws(PackProblem) -> [Element] {
        var values: [Element] = []
        values.reserveCapacity(node.count)
        for item in node.items { values.append(try Element.read(item, context)) }
        return values
    }
}

/// A mapping whose keys the pack author chooses (简称 → 全称, 类别 → 关键词), in pack order.
public struct OptionTable<Value: OptionValue>: OptionValue {
    public struct Entry: Sendable {
        public let key: String
        /// Where the key is written, for locating a problem with it.
        public let keyNode: YAMLNode
        public let value: Value
    }

    public let entries: [Entry]

    public var keys: [String] { entries.map(\.key) }

    public static var schema: SchemaType { .dictionary(key: .any, value: Value.schema) }
    public static func read(_ node: YAMLNode, _ context: CheckContext) throws(PackProblem) -> OptionTable {
        var entries: [Entry] = []
        for (key, value) in node.pairs {
            entries.append(Entry(key: key.text ?? "", keyNode: key, value: try Value.read(value, context)))
        }
        return OptionTable(entries: entries)
    }
}

/// An option with a fixed set of values, declared as a `String` enum.
public protocol OptionChoice: OptionValue, RawRepresentable<String>, CaseIterable {}

extension OptionChoice {
    public static var schema: SchemaType { .choice(allCases.map(\.rawValue)) }
    public static func read(_ node: YAMLNode, _ context: CheckContext) throws(PackProblem) -> Self {
        guard let value = node.text.flatMap(Self.init(rawValue:)) else {
            throw context.problem(at: node, "应为 \(allCases.map(\.rawValue).joined(separator: "、")) 之一")
        }
        return value
    }
}

extension FilingPath: OptionValue {
    public static var schema: SchemaType { .text(.filingPath) }
    /// A path the filing format has.
    public static func read(_ node: YAMLNode, _ context: CheckContext) throws(PackProblem) -> FilingPath {
        let text = node.text ?? ""
        guard let path = context.format.path(FilingPath(text).keys) else {
            throw context.problem(
                at: node, "申报格式中没有路径「\(text)」",
                hint: Suggestions.hint(for: text, among: context.format.allPaths, listing: "路径"))
        }
        return path
    }
}

/// A filing path that names a list of mappings, with the schema of one of its items.
public struct FilingList: OptionValue {
    public let path: FilingPath
    public let item: ObjectSchema

    public init(path: FilingPath, item: ObjectSchema) {
        self.path = path
        self.item = item
    }

    public static var schema: SchemaType { .text(.filingPath) }
    public static func read(_ node: YAMLNode, _ context: CheckContext) throws(PackProblem) -> FilingList {
        let path = try FilingPath.read(node, context)
        guard case .list(.object(let item))? = context.format.type(at: path.keys) else {
            throw context.problem(at: node, "「\(path)」不是由映射组成的列表，检查类型 \(context.kindName) 不能用于它")
        }
        return FilingList(path: path, item: item)
    }
}

/// The name of a key of a list's items (a required field, the field to compare). Which list is
/// known only with the other options, so the kind checks it with `checked(in:)`.
public struct FieldName: OptionValue, ExpressibleByStringLiteral {
    public let name: String
    /// Where the name is written; nil for a default.
    public let node: YAMLNode?

    public init(stringLiteral name: String) {
        self.name = name
        node = nil
    }

    public init(name: String, node: YAMLNode) {
        self.name = name
        self.node = node
    }

    public static var schema: SchemaType { .text() }
    public static func read(_ node: YAMLNode, _ context: CheckContext) throws(PackProblem) -> FieldName {
        FieldName(name: node.text ?? "", node: node)
    }

    /// The name, after checking that every one of `lists`' items has the key.
    public func checked(in lists: [FilingList], _ context: CheckContext) throws(PackProblem) -> String {
        for list in lists where list.item.property(name) == nil {
            let defaulted = node == nil ? "（没有写 field 时比对 \(name)）" : ""
            throw context.problem(
                at: node, "\(list.item.title)没有键「\(name)」\(defaulted)",
                hint: node == nil
                    ? "用 field 指明比对的键：\(list.item.properties.map(\.name).joined(separator: "、"))"
                    : Suggestions.hint(for: name, among: list.item.properties.map(\.name), listing: "键"))
        }
        return name
    }

    /// The name, checked to be a key of the items of at least one of `lists` (a field such as
    /// `content` that some lists' items have and others do not).
    public func checked(inAnyOf lists: [FilingList], _ context: CheckContext) throws(PackProblem) -> String {
        guard !lists.contains(where: { $0.item.property(name) != nil }), let first = lists.first else { return name }
        return try checked(in: [first], context)
    }
}
