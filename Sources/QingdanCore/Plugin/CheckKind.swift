/// A compiled check: one rule's options turned into something that inspects a filing.
public protocol Check: Sendable {
    /// The parts of a filing the check reads. The engine does not run a check on a part the
    /// schema found malformed, so one typo is reported once, not again by every rule.
    var reads: [FilingPath] { get }

    /// Message values this rule's check provides beyond its kind's, such as the fields its
    /// options name. Checked against the message template when the pack loads.
    var variables: [String] { get }

    /// Reports every place the filing departs from the rule. Reads only; never throws: a
    /// section that is absent or malformed (the schema has reported it) is simply skipped.
    func run(on filing: FilingView, into sink: inout FindingSink)
}

extension Check {
    public var variables: [String] { [] }
}

/// A kind of check that rule packs name in `check.kind`, such as `list.count`. Plugins declare
/// kinds; the core knows none of them by name.
public struct CheckKind: Sendable {
    /// Name used in packs: a family and a verb, such as `items.fields`.
    public let name: String
    /// One line for `qingdan explain` and the rule catalogue.
    public let summary: String
    /// The options a rule may give; validated when the pack loads.
    public let options: ObjectSchema
    /// Values a rule's message template may use, with what each holds.
    public let variables: [(name: String, meaning: String)]
    /// Options that are limits, for tighten-only inheritance between packs.
    public let limits: [LimitOption]
    let compile: @Sendable (CheckOptions) throws(PackProblem) -> any Check

    public init(name: String, summary: String, options: ObjectSchema,
                variables: [(name: String, meaning: String)], limits: [LimitOption] = [],
                compile: @escaping @Sendable (CheckOptions) throws(PackProblem) -> any Check) {
        self.name = name
        self.summary = summary
        self.options = options
        self.variables = variables
        self.limits = limits
        self.compile = compile
    }
}

/// An option that bounds something, and which way is stricter.
public struct LimitOption: Sendable, Equatable {
    public enum Stricter: Sendable, Equatable {
        /// A smaller value is stricter (`max`).
        case lower
        /// A larger value is stricter (`min`).
        case higher
        /// More entries are stricter (required fields, banned items): a child keeps all of the
        /// parent's entries (for a mapping, all of its keys).
        case superset
    }

    public let option: String
    public let stricter: Stricter

    public init(_ option: String, stricter: Stricter) {
        self.option = option
        self.stricter = stricter
    }
}

/// A group of check kinds shipped together.
public protocol QingdanPlugin {
    static var checkKinds: [CheckKind] { get }
}
