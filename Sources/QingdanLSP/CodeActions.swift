import QingdanCore
import QingdanYAML

/// The code actions offered for the findings in a range: a finding's certain fix (its byte
/// edits as protocol text edits), and an inline waiver with a reason to write.
enum CodeActions {
    static let waiverTitle = "添加豁免（写明理由）"
    /// The reason the inserted waiver carries until the drafter writes one.
    static let reasonPlaceholder = "请写明理由及批准文件"

    struct Edit: Sendable, Equatable {
        let range: TextRange
        let newText: String

        var json: JSONValue { .object(["range": range.json, "newText": .string(newText)]) }
    }

    struct Action: Sendable {
        let title: String
        let kind: String
        let edits: [Edit]
        let preferred: Bool
        let finding: DocumentAnalysis.Placed
    }

    static func actions(for items: [DocumentAnalysis.Placed], in analysis: DocumentAnalysis) -> [Action] {
        var actions: [Action] = []
        for item in items {
            if let fix = item.finding.fix {
                let edits = fix.edits.map { edit in
                    Edit(range: analysis.index.range(ofBytes: edit.range), newText: edit.replacement)
                }
                actions.append(Action(title: fix.title, kind: "quickfix", edits: edits, preferred: true, finding: item))
            }
        }
        for item in items {
            if let edit = waiverEdit(for: item.finding, in: analysis) {
                actions.append(
                    Action(
                        title: "\(waiverTitle)：\(item.finding.ruleID.rawValue)", kind: "quickfix", edits: [edit],
                        preferred: false, finding: item))
            }
        }
        return actions
    }

    /// The comment that waives `finding` where it is: on its own line above the finding's line,
    /// indented like it. None for a finding no waiver may suppress, or whose line a comment
    /// cannot precede (inside a block scalar or a quoted text).
    static func waiverEdit(for finding: Finding, in analysis: DocumentAnalysis) -> Edit? {
        guard finding.isWaivable, !finding.ruleID.rawValue.hasPrefix("waiver.") else { return nil }
        let index = analysis.index
        let line = finding.location.line - 1
        guard line >= 0, line < index.lineCount else { return nil }
        let start = index.lineStart(line)
        if analysis.textSpans.contains(where: { $0.lowerBound < start && start < $0.upperBound }) { return nil }
        let indentation = index.bytes[start..<index.lineEnd(line)].prefix { $0 == 0x20 || $0 == 0x09 }
        let lineBreak = index.usesCarriageReturns ? "\r\n" : "\n"
        let text =
            String(decoding: indentation, as: UTF8.self)
            + "# qingdan: allow \(finding.ruleID.rawValue) reason=\"\(reasonPlaceholder)\"" + lineBreak
        let position = Position(line: line, character: 0)
        return Edit(range: TextRange(start: position, end: position), newText: text)
    }

    static func json(_ action: Action, uri: String, diagnostic: JSONValue) -> JSONValue {
        .object([
            "title": .string(action.title),
            "kind": .string(action.kind),
            "diagnostics": .array([diagnostic]),
            "isPreferred": action.preferred ? .bool(true) : nil,
            "edit": .object([
                "changes": .object([JSONValue.Member(uri, .array(action.edits.map(\.json)))])
            ]),
        ])
    }
}
