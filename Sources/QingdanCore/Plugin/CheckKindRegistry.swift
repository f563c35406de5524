/// The check kinds available to pack loading. Built once at start-up and passed in; there is no
/// global registry, so tests and embedders choose exactly which plugins are present.
public struct CheckKindRegistry: Sendable {
    public struct DuplicateKind: Error, CustomStringConvertible {
        public let name: String
        public var description: String { "check kind '\(name)' is registered twice" }
    }

    private var kinds: [String: CheckKind] = [:]

    public init() {}

    public init(plugins: [any QingdanPlugin.Type]) throws(DuplicateKind) {
        for plugin in plugins { try register(plugin) }
    }

    public mutating func register(_ kind: CheckKind) throws(DuplicateKind) {
        guard kinds[kind.name] == nil else { throw DuplicateKind(name: kind.name) }
        kinds[kind.name] = kind
    }

    public mutating func register(_ plugin: any QingdanPlugin.Type) throws(DuplicateKind) {
        for kind in plugin.checkKinds { try register(kind) }
    }

    public func kind(named name: String) -> CheckKind? { kinds[name] }

    public var names: [String] { kinds.keys.sorted() }
}
