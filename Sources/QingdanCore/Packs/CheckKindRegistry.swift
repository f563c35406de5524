import QingdanPluginAPI
import QingdanYAML

/// The check kinds available to pack loading, and the filing format their plugins make. Built
/// once at start-up from the plugins and passed in; there is no global registry, so tests and
/// embedders choose exactly which plugins are present.
public struct CheckKindRegistry: Sendable {
    /// Two plugins that claim the same kind name or the same filing key.
    public struct Conflict: Error, CustomStringConvertible {
        public let description: String
    }

    private var kinds: [String: RegisteredKind] = [:]
    public private(set) var format: FilingFormat

    public init(format: FilingFormat = .standard) {
        self.format = format
    }

    public init(plugins: [any QingdanPlugin.Type]) throws(Conflict) {
        format = .standard
        for plugin in plugins { try register(plugin) }
    }

    public mutating func register(_ kind: any CheckKind.Type) throws(Conflict) {
        guard kinds[kind.name] == nil else { throw Conflict(description: "检查类型「\(kind.name)」重复注册") }
        let registered = RegisteredKind(kind)
        let names = registered.placeholders.map(\.name)
        guard Set(names).count == names.count else {
            throw Conflict(description: "检查类型「\(kind.name)」的消息占位符有重名：\(names.joined(separator: "、"))")
        }
        guard registered.options.property("kind") == nil else {
            throw Conflict(description: "检查类型「\(kind.name)」不能有名为 kind 的选项（kind 指明检查类型）")
        }
        kinds[kind.name] = registered
    }

    public mutating func register(_ plugin: any QingdanPlugin.Type) throws(Conflict) {
        for kind in plugin.checkKinds { try register(kind) }
        do {
            format = try format.adding(plugin.filingExtensions)
        } catch {
            throw Conflict(description: "插件 \(plugin)：\(error)")
        }
    }

    public func kind(named name: String) -> RegisteredKind? { kinds[name] }

    public var names: [String] { kinds.keys.sorted() }
}

/// A check kind as the engine holds it: what its declarations say, read once, and the way to
/// compile a rule's options into a check.
public struct RegisteredKind: Sendable {
    public let name: String
    public let summary: String
    /// What its certain fix does, when it has one.
    public let fixSummary: String?
    /// The options a rule may give, from the kind's `Options` declarations.
    public let options: ObjectSchema
    /// The placeholders of the kind's `Message`, with what each holds.
    public let placeholders: [(name: String, meaning: String)]
    /// The options that are limits, for tighten-only inheritance.
    public let limits: [(option: String, stricter: Stricter)]
    private let compile: @Sendable (YAMLNode, CheckContext) throws(PackProblem) -> CompiledCheck

    init<Kind: CheckKind>(_ kind: Kind.Type) {
        name = kind.name
        summary = kind.summary
        fixSummary = kind.fixSummary
        let declarations = Kind.Options.declarations
        options = ObjectSchema(title: "\(kind.name) 的选项", properties: declarations.map(\.property))
        placeholders = Kind.Message.placeholders.map { ($0.name, $0.meaning) }
        limits = declarations.compactMap { declaration in declaration.stricter.map { (declaration.key, $0) } }
        compile = { node, context throws(PackProblem) in
            CompiledCheck(try Kind(options: try Kind.Options.read(node, context), context: context))
        }
    }

    /// Compiles a rule's `check:` mapping, already validated against `options`.
    func compile(_ node: YAMLNode, format: FilingFormat) throws(PackProblem) -> CompiledCheck {
        try compile(node, CheckContext(kindName: name, format: format, file: node.tree.source.path, node: node))
    }
}

/// One rule's compiled check, whatever its kind.
public struct CompiledCheck: Sendable {
    public let reads: [FilingPath]
    /// The rule's placeholders beyond its kind's.
    public let extraPlaceholders: [String]
    private let check: any CheckKind

    init(_ check: some CheckKind) {
        reads = check.reads
        extraPlaceholders = check.extraPlaceholders
        self.check = check
    }

    func run(on filing: FilingView, message: MessageTemplate) -> [RenderedReport] {
        check.renderedReports(on: filing, message: message)
    }
}
