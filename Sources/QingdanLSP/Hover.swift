import QingdanCore
import QingdanYAML

/// What hovering shows, in Chinese Markdown: the finding under the cursor with its rule, or the
/// rule a waiver comment names.
enum Hover {
    /// The Markdown for a finding: its message, then its rule (or the code's meaning).
    static func markdown(for finding: Finding, rule: Rule?, documentation: RuleDocumentation) -> String {
        var text = "**\(escaped(finding.message))**\n\n"
        if let rule {
            text += markdown(for: rule, documentation: documentation)
        } else {
            text += "问题代码 `\(finding.ruleID.rawValue)`（\(finding.severity.chineseName)）"
            if let hint = finding.hint { text += "\n\n建议：\(escaped(hint))" }
            text += "\n\n[格式说明](\(documentation.href(code: finding.ruleID.rawValue, ruleTitle: nil)))"
        }
        return text
    }

    /// The Markdown for a rule: title, citation and quote, the document's status and the rule's
    /// dates, the hint and where to read more.
    static func markdown(for rule: Rule, documentation: RuleDocumentation) -> String {
        let basis = rule.basis
        var text = "**\(rule.id)** \(escaped(rule.title))\n\n"
        var document = basis.document.title
        if let number = basis.document.number { document += "（\(number)）" }
        text += "依据：\(escaped(document)) \(escaped(basis.section))\n\n"
        text +=
            basis.quote.split(separator: "\n", omittingEmptySubsequences: false).map { "> " + escaped(String($0)) }
            .joined(separator: "\n") + "\n\n"
        text += "- 文件状态：\(basis.document.isDraft ? "征求意见稿（尚未正式施行）" : "正式文件")"
        if let issued = basis.document.issued { text += "，\(issued) 印发" }
        text += "\n- 引文：\(basis.status == .verified ? "已与原文核对" : "未核实")\n"
        text += "- 有效期：\(escaped(rule.inForce.explained))\n"
        text += "- 严重程度：\(rule.severity.chineseName)；规则包 `\(rule.packID)`\n"
        if !basis.remarks.isEmpty { text += "- 注意：\(basis.remarks.joined(separator: "；"))\n" }
        if let hint = rule.hint { text += "\n建议：\(escaped(hint))\n" }
        text +=
            "\n[规则说明](\(documentation.href(code: rule.id, ruleTitle: rule.title)))　运行 `qingdan explain \(rule.id)` 查看示例"
        return text
    }

    /// `text` with the characters Markdown would read as markup escaped.
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            if "\\`*_[]<>#|".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// The rule id under `character` (0-based, in `encoding` units) in a waiver comment on
    /// `line`, and its range in the line's units.
    static func waiverRuleID(in line: String, at character: Int, encoding: PositionEncoding) -> (
        id: String, start: Int, end: Int
    )? {
        let bytes = Array(line.utf8)
        guard let hash = bytes.firstIndex(of: UInt8(ascii: "#")) else { return nil }
        let comment = String(decoding: bytes[(hash + 1)...], as: UTF8.self)
        let trimmed = comment.drop { $0 == " " || $0 == "\t" }
        guard trimmed.hasPrefix("qingdan:") else { return nil }
        let index = LineIndex(bytes: bytes, encoding: encoding)
        let offset = index.byteOffset(of: Position(line: 0, character: character))
        // The id is a run of upper-case letters, digits, hyphens and dots (`waiver.unused`,
        // lower case too) around the cursor, after `allow`.
        func isIDByte(_ byte: UInt8) -> Bool {
            (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
        }
        guard offset > hash else { return nil }
        var start = min(offset, bytes.count)
        while start > hash + 1, isIDByte(bytes[start - 1]) { start -= 1 }
        var end = min(offset, bytes.count)
        while end < bytes.count, isIDByte(bytes[end]) { end += 1 }
        guard start < end else { return nil }
        let word = String(decoding: bytes[start..<end], as: UTF8.self)
        // Only the rule list: the word after `allow`, before any `key=`.
        let before = String(decoding: bytes[(hash + 1)..<start], as: UTF8.self)
        guard before.contains("allow"), !before.contains("=") else { return nil }
        if end < bytes.count, bytes[end] == UInt8(ascii: "=") { return nil }
        return (word, index.position(ofByte: start).character, index.position(ofByte: end).character)
    }
}
