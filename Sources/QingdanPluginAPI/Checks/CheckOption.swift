import QingdanYAML
import Synchronization

/// A struct of `@CheckOption` properties: a check kind's options, or a mapping nested in one.
/// The struct is the single declaration of each option's key, type, title and limit direction;
/// its schema (for validating packs and for the JSON Schema and docs) is read from it, and a
/// rule's validated `check:` mapping is read into it.
///
/// ```swift
/// struct Options: CheckOptions {
///     @CheckOption("list", title: "清单") var list: FilingList
///     @CheckOption("max", title: "最多事项数", minimum: 0, stricter: .lower) var max: Int?
/// }
/// ```
public protocol CheckOptions: OptionValue {
    /// Every stored property a `@CheckOption` (other properties are not options); the
    /// declarations and the values are both read by running it.
    init()
    /// How messages name the mapping (for nested mappings such as 标准).
    static var title: String { get }
}

extension CheckOptions {
    public static var title: String { "选项" }

    /// Each option as declared, in declaration order.
    public static var declarations: [OptionDeclaration] {
        let collector = DeclarationCollector()
        let prototype = OptionReading.$current.withValue(.declaring(collector)) { Self() }
        let declarations = collector.declarations
        // A plain stored property would not be an option, and one that is itself a `CheckOptions`
        // would read its options from this mapping: both are mistakes in the plugin.
        let stored = Mirror(reflecting: prototype).children.map { $0.label ?? "" }
        precondition(
            stored.count == declarations.count && stored.allSatisfy { $0.hasPrefix("_") },
            "\(Self.self): every stored property of a CheckOptions struct must be a @CheckOption")
        let keys = declarations.map(\.key)
        precondition(Set(keys).count == keys.count, "\(Self.self) declares an option key twice: \(keys)")
        return declarations
    }

    public static var objectSchema: ObjectSchema {
        ObjectSchema(title: title, properties: declarations.map(\.property))
    }

    public static var schema: SchemaType { .object(objectSchema) }

    /// Reads a mapping that the schema has validated.
    public static func read(_ node: YAMLNode, _ context: CheckContext) throws(PackProblem) -> Self {
        let reader = OptionReader(mapping: node, context: context)
        let options = OptionReading.$current.withValue(.reading(reader)) { Self() }
        if let problem = reader.firstProblem { throw problem }
        return options
    }
}

/// One option as its kind declares it.
public struct OptionDeclaration: Sendable {
    public let key: String
    public let schema: SchemaType
    public let required: Bool
    public let title: String
    public let summary: String?
    /// Set for an option that is a limit, for tighten-only inheritance.
    public let stricter: Stricter?

    public var property: Property { Property(key, schema, required: required, title: title, summary: summary) }
}

/// Declares one option of a check kind. Without an initial value the option is required (or, when
/// `Value` is optional, may be left out); with one, the initial value is its default. The
/// projected value (`$max`) is where the option is written, for locating problems.
@propertyWrapper
public struct CheckOption<Value: OptionValue>: Sendable {
    public let projectedValue: OptionPlace
    private let value: Value?

    /// The option's value; read only from options the kind was compiled with.
    public var wrappedValue: Value {
        guard let value else { preconditionFailure("option \(projectedValue.key) read from a declaration, not a rule") }
        return value
    }

    public init(_ key: String, title: String, summary: String? = nil, stricter: Stricter? = nil) {
        self.init(key: key, schema: { Value.schema }, title: title, summary: summary, stricter: stricter, default: nil)
    }

    public init(wrappedValue: Value, _ key: String, title: String, summary: String? = nil, stricter: Stricter? = nil) {
        self.init(
            key: key, schema: { Value.schema }, title: title, summary: summary, stricter: stricter,
            default: wrappedValue)
    }

    /// `schema` is worked out only when declarations are collected, not for every rule read.
    private init(
        key: String, schema: () -> SchemaType, title: String, summary: String?, stricter: Stricter?, default: Value?
    ) {
        guard case .reading(let reader) = OptionReading.current else {
            if case .declaring(let collector) = OptionReading.current {
                collector.add(
                    OptionDeclaration(
                        key: key, schema: schema(), required: `default` == nil && Value.whenAbsent == nil,
                        title: title, summary: summary, stricter: stricter))
            }
            projectedValue = OptionPlace(key: key, node: nil, mapping: nil, file: "")
            value = nil
            return
        }
        let node = reader.mapping[key].flatMap { $0.isNull ? nil : $0 }
        let place = OptionPlace(key: key, node: node, mapping: reader.mapping, file: reader.context.file)
        projectedValue = place
        guard let node else {
            value = `default` ?? Value.whenAbsent
            if value == nil { reader.record(place.problem("检查类型 \(reader.context.kindName) 缺少选项「\(key)」")) }
            return
        }
        if !node.isScalar && node.count == 0 {
            reader.record(place.problem("选项「\(key)」不能为空"))
            value = nil
            return
        }
        do {
            value = try Value.read(node, reader.context)
        } catch {
            reader.record(error)
            value = nil
        }
    }
}

extension CheckOption where Value: BoundedOptionValue {
    /// An integer option with a least (and a greatest) allowed value.
    public init(
        _ key: String, title: String, summary: String? = nil, minimum: Int, maximum: Int? = nil,
        stricter: Stricter? = nil
    ) {
        self.init(
            key: key, schema: { Value.schema(minimum: minimum, maximum: maximum) }, title: title, summary: summary,
            stricter: stricter, default: nil)
    }

    /// An integer option with a greatest allowed value.
    public init(_ key: String, title: String, summary: String? = nil, maximum: Int, stricter: Stricter? = nil) {
        self.init(
            key: key, schema: { Value.schema(minimum: nil, maximum: maximum) }, title: title, summary: summary,
            stricter: stricter, default: nil)
    }

    /// An integer option with bounds and a default.
    public init(
        wrappedValue: Value, _ key: String, title: String, summary: String? = nil, minimum: Int, maximum: Int? = nil,
        stricter: Stricter? = nil
    ) {
        self.init(
            key: key, schema: { Value.schema(minimum: minimum, maximum: maximum) }, title: title, summary: summary,
            stricter: stricter, default: wrappedValue)
    }
}

/// Where an option is written in a pack, for locating a problem with it.
public struct OptionPlace: Sendable {
    public let key: String
    /// The option's value; nil when the rule leaves it out.
    public let node: YAMLNode?
    /// The `check:` mapping (or the nested mapping) the option belongs to.
    let mapping: YAMLNode?
    let file: String

    /// A problem at the option's value, or at its mapping when the option is left out.
    public func problem(_ message: String, hint: String? = nil, code: PackProblem.Code = .option) -> PackProblem {
        PackProblem(
            code: code, file: file, location: (node ?? mapping)?.location ?? .start,
            message: message, hint: hint)
    }
}

/// What the `@CheckOption`s of a `CheckOptions` struct do while its `init()` runs: read their keys
/// from a rule's mapping, or hand their declarations to `CheckOptions.declarations`. So the
/// declaration is the only place an option is named, and nothing is looked up by reflection.
enum OptionReading: Sendable {
    case reading(OptionReader)
    case declaring(DeclarationCollector)

    @TaskLocal static var current: OptionReading?
}

final class DeclarationCollector: Sendable {
    private let collected = Mutex<[OptionDeclaration]>([])

    func add(_ declaration: OptionDeclaration) {
        collected.withLock { $0.append(declaration) }
    }

    var declarations: [OptionDeclaration] { collected.withLock { $0 } }
}

final class OptionReader: Sendable {
    let mapping: YAMLNode
    let context: CheckContext
    private let problems = Mutex<[PackProblem]>([])

    init(mapping: YAMLNode, context: CheckContext) {
        self.mapping = mapping
        self.context = context
    }

    func record(_ problem: PackProblem) {
        problems.withLock { $0.append(problem) }
    }

    var firstProblem: PackProblem? { problems.withLock { $0.first } }
}
