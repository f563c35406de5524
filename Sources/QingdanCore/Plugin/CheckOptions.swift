import QingdanYAML

/// A rule's `check:` mapping, already validated against its kind's options schema, as the kind's
/// compile function reads it.
public struct CheckOptions: Sendable {
    public let kindName: String
    /// The `check:` mapping.
    public let node: YAMLNode
    /// The pack file, for locating problems.
    public let file: String

    public init(kindName: String, node: YAMLNode, file: String) {
        self.kindName = kindName
        self.node = node
        self.file = file
    }

    public func node(_ name: String) -> YAMLNode? {
        guard let value = node[name], !value.isNull else { return nil }
        return value
    }

    public func text(_ name: String) -> String? { node(name)?.text }
    public func integer(_ name: String) -> Int? { node(name)?.integer }
    public func number(_ name: String) -> Double? { node(name)?.number }
    public func boolean(_ name: String) -> Bool? { node(name)?.boolean }

    /// A list of texts.
    public func texts(_ name: String) -> [String]? {
        node(name).map { $0.items.compactMap(\.text) }
    }

    /// A problem located at an option (or at the `check:` mapping).
    public func problem(at name: String?, _ message: String, hint: String? = nil) -> PackProblem {
        let place = name.flatMap { node.pair(forKey: $0)?.value } ?? node
        return PackProblem(code: .option, file: file, location: place.location, message: message, hint: hint)
    }

    /// A filing path option, checked against the filing schema.
    public func filingPath(_ name: String) throws(PackProblem) -> FilingPath {
        guard let text = text(name) else {
            throw problem(at: nil, "检查类型 \(kindName) 缺少选项「\(name)」")
        }
        return try resolve(text, option: name, node: node(name)!)
    }

    /// A list of filing path options.
    public func filingPaths(_ name: String) throws(PackProblem) -> [FilingPath] {
        guard let list = node(name) else { return [] }
        var paths: [FilingPath] = []
        for item in list.items {
            paths.append(try resolve(item.text ?? "", option: name, node: item))
        }
        return paths
    }

    /// A filing path option that must name a list of mappings; returns the path and the schema
    /// of one item.
    public func filingList(_ name: String) throws(PackProblem) -> (path: FilingPath, item: ObjectSchema) {
        try itemList(try filingPath(name), option: name)
    }

    /// A non-empty list of filing path options, each naming a list of mappings; returns each path
    /// with the schema of one of its items.
    public func filingLists(_ name: String) throws(PackProblem) -> [(path: FilingPath, item: ObjectSchema)] {
        var lists: [(path: FilingPath, item: ObjectSchema)] = []
        for path in try filingPaths(name) { lists.append(try itemList(path, option: name)) }
        guard !lists.isEmpty else { throw problem(at: name, "\(name) 不能为空") }
        return lists
    }

    private func itemList(_ path: FilingPath, option: String) throws(PackProblem) -> (path: FilingPath, item: ObjectSchema) {
        guard case .list(.object(let item))? = path.schemaType else {
            throw problem(at: option, "「\(path)」不是由映射组成的列表，检查类型 \(kindName) 不能用于它")
        }
        return (path, item)
    }

    /// Names of keys of `item` (such as required fields), each checked to exist in the schema.
    public func fieldNames(_ name: String, of item: ObjectSchema) throws(PackProblem) -> [String] {
        guard let list = node(name) else { return [] }
        var names: [String] = []
        for entry in list.items {
            let field = entry.text ?? ""
            guard item.property(field) != nil else {
                throw PackProblem(code: .option, file: file, location: entry.location,
                                  message: "\(item.title)没有键「\(field)」",
                                  hint: Suggestions.hint(for: field, among: item.properties.map(\.name), listing: "键"))
            }
            names.append(field)
        }
        return names
    }

    private func resolve(_ text: String, option: String, node: YAMLNode) throws(PackProblem) -> FilingPath {
        let path = FilingPath(text)
        guard path.schemaType != nil else {
            var known: [String] = []
            collectPaths(FilingSchema.document, prefix: [], into: &known)
            throw PackProblem(code: .option, file: file, location: node.location,
                              message: "申报格式中没有路径「\(text)」",
                              hint: Suggestions.hint(for: text, among: known, listing: "路径"))
        }
        return path
    }

    private func collectPaths(_ type: SchemaType, prefix: [String], into paths: inout [String]) {
        guard case .object(let object) = type else { return }
        for property in object.properties {
            let keys = prefix + [property.name]
            paths.append(keys.joined(separator: "."))
            collectPaths(property.type, prefix: keys, into: &paths)
        }
    }
}
