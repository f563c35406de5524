import QingdanYAML

/// A kind of check that rule packs name in `check.kind`, such as `list.count`. A value of the
/// type is one rule's check, compiled from the rule's options when the pack loads.
///
/// A kind declares its options once, as the typed `Options` struct (see `CheckOption`), and what
/// its messages may show once, as the typed `Message` struct (see `FindingMessage`): the options
/// schema, the reference docs, tighten-only inheritance and the compiled value all come from
/// those declarations.
public protocol CheckKind: Sendable {
    associatedtype Options: CheckOptions
    associatedtype Message: FindingMessage

    /// Name used in packs: a family and a verb, such as `items.fields`.
    static var name: String { get }
    /// One line for `qingdan explain` and the reference docs.
    static var summary: String { get }
    /// What the kind's certain fix does (`把繁体字改为规范汉字`), when its reports carry one
    /// (`FindingSink.report(…, fix:)`); nil for kinds whose findings only a person can resolve.
    /// `packs test` holds every failing example of such a kind's rules to it: the fix must apply
    /// and resolve the finding.
    static var fixSummary: String? { get }

    /// Compiles one rule's options, which the options schema has already validated. Throws for
    /// what the schema cannot see (`min` above `max`, a field the list's items do not have),
    /// located with `context` or an option's projected value (`options.$max`).
    init(options: Options, context: CheckContext) throws(PackProblem)

    /// The parts of a filing the check reads. The engine does not run a check on a part the
    /// schema found malformed, so one typo is reported once, not again by every rule.
    var reads: [FilingPath] { get }

    /// Placeholders this rule's messages may use beyond the kind's `Message` placeholders, such
    /// as the fields its options name (`FindingMessage.extraValues` fills them). Checked
    /// against the rule's message template when the pack loads.
    var extraPlaceholders: [String] { get }

    /// Reports every place the filing departs from the rule. Reads only; never throws: a section
    /// that is absent or malformed (the schema has reported it) is simply skipped.
    func run(on filing: FilingView, into sink: inout FindingSink<Message>)

    /// Runs the check and renders each report's message with `template`: what the engine calls.
    /// Leave it to the default, which the kind's own module compiles for the kind's types.
    func renderedReports(on filing: FilingView, message template: MessageTemplate) -> [RenderedReport]
}

extension CheckKind {
    public static var fixSummary: String? { nil }

    public var extraPlaceholders: [String] { [] }

    @inlinable
    public func renderedReports(on filing: FilingView, message template: MessageTemplate) -> [RenderedReport] {
        var sink = FindingSink<Message>()
        run(on: filing, into: &sink)
        return sink.reports.map { report in
            RenderedReport(
                location: report.location, path: report.path, message: template.render(report.message),
                identity: report.identity, subject: report.subject, fix: report.fix, missingKey: report.missingKey)
        }
    }
}

/// What a check reported, with its message rendered.
public struct RenderedReport: Sendable {
    public let location: SourceLocation
    public let path: DocumentPath
    public let message: String
    public let identity: String
    public let subject: DocumentPath?
    public let fix: SourceFix?
    /// The key the finding says is missing (`FindingSink.Report.missingKey`).
    public let missingKey: String?

    public init(
        location: SourceLocation, path: DocumentPath, message: String, identity: String,
        subject: DocumentPath?, fix: SourceFix? = nil, missingKey: String? = nil
    ) {
        self.missingKey = missingKey
        self.fix = fix
        self.location = location
        self.path = path
        self.message = message
        self.identity = identity
        self.subject = subject
    }
}

/// Which way an option that bounds something is stricter, for tighten-only inheritance: a child
/// pack that replaces a rule may move a limit only this way, unless it cites a higher authority.
public enum Stricter: Sendable, Equatable {
    /// A smaller value is stricter (`max`).
    case lower
    /// A larger value is stricter (`min`).
    case higher
    /// More entries are stricter (required fields, banned items): a child keeps all of the
    /// parent's entries (for a mapping, all of its keys).
    case superset
}

/// A group of check kinds, and the filing keys they need, shipped together. A `qingdan` build
/// is the list of its plugins: `QingdanMain.run(plugins: StandardPlugins.all + [MyChecks.self])`.
public protocol QingdanPlugin: SendableMetatype {
    static var checkKinds: [any CheckKind.Type] { get }
    /// Keys the plugin adds to the filing format.
    static var filingExtensions: [FilingExtension] { get }
}

extension QingdanPlugin {
    public static var filingExtensions: [FilingExtension] { [] }
}
