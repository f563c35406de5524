import QingdanPluginAPI
import QingdanYAML

/// One rule of a pack: what it checks, how serious a violation is, and the policy it rests on.
/// A class: rules are shared by every file checked, and are never copied field by field.
public final class Rule: Sendable {
    public let id: String
    public let title: String
    public let topic: Topic
    public let severity: Severity
    /// The region levels the rule applies to; empty means every level.
    public let levels: [RegionLevel]
    public let effective: DateRange
    public let basis: LegalBasis
    /// The id of an ancestor pack's rule this one takes the place of.
    public let replaces: String?
    /// Rules whose finding on an item makes this rule's finding on the same item redundant (a
    /// certificate that must not be issued needs no time limit).
    public let yieldsTo: [String]
    public let kind: RegisteredKind
    public let check: CompiledCheck
    public let message: MessageTemplate
    public let hint: String?
    public let examples: [RuleExample]
    public let packID: String
    /// The days the rule's pack is in force; the rule applies only within them too.
    public let packEffective: DateRange
    /// The rule's `check:` mapping, for tighten-only comparison and for `explain`.
    public let checkNode: YAMLNode
    /// The rule's mapping in its pack file.
    public let node: YAMLNode

    init(
        id: String, title: String, topic: Topic, severity: Severity, levels: [RegionLevel], effective: DateRange,
        basis: LegalBasis, replaces: String?, yieldsTo: [String], kind: RegisteredKind, check: CompiledCheck,
        message: MessageTemplate,
        hint: String?, examples: [RuleExample], packID: String, packEffective: DateRange, checkNode: YAMLNode,
        node: YAMLNode
    ) {
        self.id = id
        self.title = title
        self.topic = topic
        self.severity = severity
        self.levels = levels
        self.effective = effective
        self.basis = basis
        self.replaces = replaces
        self.yieldsTo = yieldsTo
        self.kind = kind
        self.check = check
        self.message = message
        self.hint = hint
        self.examples = examples
        self.packID = packID
        self.packEffective = packEffective
        self.checkNode = checkNode
        self.node = node
    }

    public var file: String { node.tree.source.path }

    /// The directory holding the pack tree (`Rules/`), against which document sources resolve.
    public var rulesRoot: String { String(file.dropLast(packID.count + ".yaml".count)) }

    /// Where the cited document's text is kept, when it is kept beside the packs.
    public var sourcePath: String? {
        basis.document.source.map { $0.hasPrefix("sources/") ? rulesRoot + $0 : $0 }
    }
    public var location: SourceLocation { node.location }

    /// The days the rule judges filings: its own range within its pack's.
    public var inForce: DateRange { basis.effective }

    /// Whether the rule rests on a draft (征求意见稿): reports say so wherever it is cited.
    public var restsOnDraft: Bool { basis.document.isDraft }

    /// Whether the rule judges a filing at `level` describing `date`.
    public func applies(level: RegionLevel?, date: CivilDate) -> Bool {
        guard inForce.contains(date) else { return false }
        guard let level, !levels.isEmpty else { return true }
        return levels.contains(level)
    }
}

/// A filing fragment that must (fail) or must not (pass) make its rule report something.
public struct RuleExample: Sendable {
    public enum Expectation: String, Sendable {
        case fail, pass
    }

    public let expectation: Expectation
    /// Position among the rule's examples of the same expectation, from 1.
    public let number: Int
    /// The filing fragment.
    public let node: YAMLNode
    /// The district filing fragment the example is checked against, for cross-filing rules.
    public let district: YAMLNode?
    /// The example as written: the fragment, or the fragment with its district.
    public let whole: YAMLNode

    /// Where a failing example must be reported, as its `# ←` marks say. (Read from the pack's
    /// text when asked, by `packs test`: loading packs for `check` does not pay for it.)
    public var marks: [Mark] { Self.marks(in: whole) }

    /// A line of a failing example marked `# ←` (the rule itself) or `# ← RULE-ID …`: the
    /// findings it must produce there, like SwiftLint's ↓ markers.
    public struct Mark: Sendable, Equatable {
        public let line: Int
        /// The rules that must report on the line; empty means the example's own rule.
        public let rules: [String]
    }

    public init(expectation: Expectation, number: Int, node: YAMLNode, district: YAMLNode?, whole: YAMLNode? = nil) {
        self.expectation = expectation
        self.number = number
        self.node = node
        self.district = district
        self.whole = whole ?? node
    }

    /// The example as a check sees it.
    public var filing: FilingView {
        FilingView(
            root: node, header: FilingHeader(),
            district: district.map { DistrictFiling(root: $0, header: FilingHeader(root: $0)) })
    }
}

extension RuleExample {
    /// The `# ←` marks on the lines of an example.
    static func marks(in example: YAMLNode) -> [RuleExample.Mark] {
        let bytes = example.tree.source.bytes
        let start = example.location, end = example.endLocation
        // From the start of the example's first line to its end; a block node ends where the
        // next one starts, so a last line with nothing of the node before the end is not its own.
        var from = min(start.offset, bytes.count)
        while from > 0, bytes[from - 1] != 0x0A { from -= 1 }
        var to = min(end.offset, bytes.count)
        var lineStart = to
        while lineStart > from, bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
        if lineStart > from, bytes[lineStart..<to].allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x2D }) {
            to = lineStart - 1
        } else {
            while to < bytes.count, bytes[to] != 0x0A { to += 1 }
        }
        var marks: [RuleExample.Mark] = []
        var line = start.line
        for text in bytes[from..<max(from, to)].split(separator: 0x0A, omittingEmptySubsequences: false) {
            if let mark = mark(on: String(decoding: text, as: UTF8.self), line: line) { marks.append(mark) }
            line += 1
        }
        return marks
    }

    /// A comment `# ←` (or `# <-`), with the rule ids after it, anywhere on the line.
    private static func mark(on text: String, line: Int) -> RuleExample.Mark? {
        var rest = Substring(text)
        while let comment = rest.firstRange(of: "#") {
            let after = rest[comment.upperBound...].drop { $0 == " " }
            if after.hasPrefix("←") || after.hasPrefix("<-") {
                // Rule ids follow the mark; anything else after it (prose, a CR of a CRLF file) is not one.
                let ids = after.drop { $0 == "←" || $0 == "<" || $0 == "-" }
                    .split { $0 == " " || $0 == "," || $0 == "，" || $0 == "\r" || $0 == "\t" }.map(String.init)
                    .filter { TextFormat.ruleID.accepts($0) }
                return RuleExample.Mark(line: line, rules: ids)
            }
            rest = rest[comment.upperBound...]
        }
        return nil
    }
}
