import ArgumentParser
import QingdanCore
import QingdanKit
import QingdanPluginAPI
import QingdanYAML

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "说明一条规则：检查什么、依据哪项政策，并运行它的示例。")

    @Argument(help: ArgumentHelp("规则编号，如 YB-CERT-COUNT。", valueName: "rule-id"))
    var ruleID: String

    @OptionGroup var packOptions: PackOptions

    func run() throws {
        let library = try packOptions.loadLibrary()
        guard let rule = library.rule(id: ruleID) else {
            let ids = library.allRules.map(\.id)
            throw ValidationError("没有编号为「\(ruleID)」的规则；\(Suggestions.hint(for: ruleID, among: ids, listing: "规则编号"))")
        }
        let checker = Checker(library: library, settings: .init(today: .today))
        Terminal.standardOutput.write(
            RuleExplanation.render(rule, pack: library.pack(id: rule.packID), checker: checker))
    }
}

/// The text `qingdan explain` prints, generated from the rule's declaration.
enum RuleExplanation {
    static func render(_ rule: Rule, pack: ResolvedPack?, checker: Checker) -> String {
        var text = "\(rule.id)  \(rule.title)\n\n"
        let packText = pack.map { "\($0.id)（\($0.pack.title)，版本 \($0.pack.version)）" } ?? rule.packID
        text += "规则包：\(packText)\n"
        text += "类别：\(rule.topic.rawValue)（\(rule.topic.summary)）\n"
        text += "严重程度：\(rule.severity.rawValue)（\(rule.severity.chineseName)）\n"
        text += "适用层级：\(rule.levels.isEmpty ? "所有层级" : rule.levels.map(\.chineseName).joined(separator: "、"))\n"
        let inForce = rule.inForce
        text += "有效期：\(inForce.explained)\n"
        text += "文件状态：\(rule.restsOnDraft ? "征求意见稿（依据为征求意见稿，尚未正式施行）" : "正式文件")\n"
        if let replaced = rule.replaces { text += "取代：\(replaced)\n" }
        text += "定义：\(rule.file):\(rule.location.line)\n\n"

        let basis = rule.basis
        text += "依据\(basis.status == .unverified ? "（未核实）" : "（已核实）")：\(basis.document.title)"
        if let number = basis.document.number { text += "（\(number)）" }
        text += " \(basis.section)\n  「\(basis.quote)」\n"
        if let source = rule.sourcePath { text += "  原文：\(source)\n" }
        text += "\n检查：\(rule.kind.name) — \(rule.kind.summary)\n"
        text += indent(sourceBlock(rule.checkNode), by: "  ") + "\n"
        text += "自动修正：\(rule.kind.fixSummary.map { "有，\($0)（qingdan fix 或 check --fix）" } ?? "无，需要人工改正")\n"
        text += "消息：\(rule.message.source)\n"
        if let hint = rule.hint { text += "建议：\(hint)\n" }

        for example in rule.examples {
            let heading = example.expectation == .fail ? "应报告问题的示例" : "不应报告问题的示例"
            text += "\n\(heading) \(example.number)：\n"
            text += indent(sourceBlock(example.node), by: "    ") + "\n"
            // The example as `check` would judge it (`packs test` runs the same).
            let findings =
                pack.map { pack in
                    checker.check(example: example, of: rule, in: pack).filter { $0.ruleID.rawValue == rule.id }
                } ?? []
            if findings.isEmpty {
                text += "  → 没有问题\n"
            }
            for finding in findings {
                text += "  → \(finding.file):\(finding.location.line):\(finding.location.column): \(finding.message)\n"
            }
        }
        return text
    }

    /// A node's source lines with the indentation they share removed.
    private static func sourceBlock(_ node: YAMLNode) -> String {
        let padded = String(repeating: " ", count: node.location.column - 1) + node.sourceText
        let lines = padded.split(separator: "\n", omittingEmptySubsequences: false)
        let common =
            lines.filter { !$0.allSatisfy(\.isWhitespace) }
            .map { $0.prefix { $0 == " " }.count }.min() ?? 0
        return lines.map { $0.dropFirst(min(common, $0.count)) }.joined(separator: "\n")
    }

    private static func indent(_ text: String, by prefix: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : prefix + $0 }
            .joined(separator: "\n")
            .trimmingSuffix()
    }
}

extension String {
    func trimmingSuffix() -> String {
        var text = self
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return text
    }
}
