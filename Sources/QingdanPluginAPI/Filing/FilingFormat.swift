/// The filing format a run reads: the standard keys of version 1 plus whatever the loaded plugins
/// add. A value, built once at start-up from the plugins and passed to everything that reads
/// filings — the validator, pack loading (filing paths in check options), the JSON Schema and the
/// format reference — so a key a plugin adds is validated, documented and checkable like any other.
public struct FilingFormat: Sendable {
    /// The format version this build reads (`qingdan: 1`).
    public static let version = 1

    /// The standard format, with no plugin keys.
    public static let standard = FilingFormat(
        root: StandardFiling.root, valueNames: StandardFiling.valueNames)

    public let root: ObjectSchema
    /// How messages show the values of choice keys (`red` → 红).
    public let valueNames: [String: String]
    public let document: SchemaType
    /// `document` for the fast test of a filing without schema issues (placeholders of a starter
    /// filing are issues: validate with `placeholders: true` to agree with it).
    public let compiled: CompiledSchema

    public init(root: ObjectSchema, valueNames: [String: String] = [:]) {
        self.root = root
        self.valueNames = valueNames
        document = .object(root)
        compiled = CompiledSchema(document, placeholders: true)
    }

    /// The type found by following `keys` from the root through mappings; nil when the path
    /// leaves the format.
    public func type(at keys: [String]) -> SchemaType? {
        var type = document
        for key in keys {
            guard case .object(let object) = type, let property = object.property(key) else { return nil }
            type = property.type
        }
        return type
    }

    /// The Chinese title of the key at the end of `keys`, such as 依法协助政府工作事项清单.
    public func title(at keys: [String]) -> String? {
        guard let last = keys.last, case .object(let parent)? = type(at: Array(keys.dropLast())) else { return nil }
        return parent.property(last)?.title
    }

    /// `keys` as a checked path, with its title; nil when the format has no such key.
    public func path(_ keys: [String]) -> FilingPath? {
        guard !keys.isEmpty, type(at: keys) != nil else { return nil }
        return FilingPath(keys, title: title(at: keys))
    }

    /// Every dotted path the format has, for suggestions.
    public var allPaths: [String] {
        var paths: [String] = []
        func visit(_ type: SchemaType, prefix: [String]) {
            guard case .object(let object) = type else { return }
            for property in object.properties {
                let keys = prefix + [property.name]
                paths.append(keys.joined(separator: "."))
                visit(property.type, prefix: keys)
            }
        }
        visit(document, prefix: [])
        return paths
    }

    /// The format with `extensions` added; a key that is already there is a conflict.
    public func adding(_ extensions: [FilingExtension]) throws(FilingExtension.Conflict) -> FilingFormat {
        var root = self.root
        var names = valueNames
        for addition in extensions {
            root = try Self.add(addition, to: root, at: addition.parent[...])
            names.merge(addition.valueNames) { current, _ in current }
        }
        return FilingFormat(root: root, valueNames: names)
    }

    private static func add(_ addition: FilingExtension, to object: ObjectSchema, at keys: ArraySlice<String>)
        throws(FilingExtension.Conflict) -> ObjectSchema
    {
        guard let key = keys.first else {
            for property in addition.properties where object.property(property.name) != nil {
                throw FilingExtension.Conflict(path: (addition.parent + [property.name]).joined(separator: "."))
            }
            guard object.properties.count + addition.properties.count <= ObjectSchema.maximumProperties else {
                throw FilingExtension.Conflict(path: addition.parent.joined(separator: "."), full: true)
            }
            return ObjectSchema(title: object.title, properties: object.properties + addition.properties)
        }
        var properties = object.properties
        guard let index = properties.firstIndex(where: { $0.name == key }) else {
            throw FilingExtension.Conflict(path: addition.parent.joined(separator: "."), missing: true)
        }
        let property = properties[index]
        let type: SchemaType
        switch property.type {
        case .object(let inner): type = .object(try add(addition, to: inner, at: keys.dropFirst()))
        case .list(.object(let inner)): type = .list(.object(try add(addition, to: inner, at: keys.dropFirst())))
        default: throw FilingExtension.Conflict(path: addition.parent.joined(separator: "."), missing: true)
        }
        properties[index] = Property(
            property.name, type, required: property.required, title: property.title,
            summary: property.summary, meaning: property.meaning)
        return ObjectSchema(title: object.title, properties: properties)
    }
}

/// Keys a plugin adds to the filing format: new sections at the top level, new lists under
/// `lists`, or new fields of the items of a list.
public struct FilingExtension: Sendable {
    /// Where the keys go: `[]` for the top level, `["lists"]` for a new list, `["lists",
    /// "assistance"]` for a new field of every assistance item.
    public let parent: [String]
    public let properties: [Property]
    /// How messages show the values of the new choice keys.
    public let valueNames: [String: String]

    public init(under parent: [String] = [], _ properties: [Property], valueNames: [String: String] = [:]) {
        self.parent = parent
        self.properties = properties
        self.valueNames = valueNames
    }

    /// A key added twice, or added under a place the format does not have.
    public struct Conflict: Error, Sendable, CustomStringConvertible {
        public let path: String
        public var missing = false
        public var full = false

        public var description: String {
            if full { return "插件在「\(path)」下增加的键太多：一个映射最多 \(ObjectSchema.maximumProperties) 个键" }
            return missing ? "插件要在「\(path)」下增加键，但申报格式中没有这个映射" : "插件增加的键「\(path)」在申报格式中已经存在"
        }
    }
}
