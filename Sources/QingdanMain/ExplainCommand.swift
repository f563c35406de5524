import ArgumentParser
import QingdanCore
import QingdanKit
import QingdanPluginAPI
import QingdanYAML

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "说明一条规则或一个问题代码：检查什么、依据哪项政策、怎么改正，并运行规则的示例。")

    @Argument(
        help: ArgumentHelp("规则编号或问题代码，如 YB-CERT-COUNT、yaml.full-width-colon（不分大小写）。", valueName: "rule-id"))
    var ruleID: String?

    @Flag(name: .customLong("codes"), help: "列出所有不是规则的问题代码（文件格式、申报格式、规则包选择、豁免）及其含义。")
    var listCodes = false

    @OptionGroup var packOptions: PackOptions

    func validate() throws {
        if ruleID == nil && !listCodes { throw ValidationError("请给出规则编号或问题代码，如 YB-CERT-COUNT；--codes 列出所有问题代码") }
    }

    func run() throws {
        if listCodes {
            var text = ""
            for code in CodeExplanation.allCodes {
                text += "\(code)  \(CodeExplanation.explanation(of: code)?.title ?? "（没有说明）")\n"
            }
            Terminal.standardOutput.write(text)
            return
        }
        guard let ruleID else { return }
        let code = ruleID.lowercased()
        if let explanation = CodeExplanation.explanation(of: code) {
            Terminal.standardOutput.write(CodeExplanation.render(code, explanation))
            return
        }
        let library = try packOptions.loadLibrary()
        let rule =
            library.rule(id: ruleID) ?? library.allRules.first { $0.id.uppercased() == ruleID.uppercased() }
        guard let rule else {
            let ids = library.allRules.map(\.id) + CodeExplanation.allCodes
            throw ValidationError("没有编号为「\(ruleID)」的规则；\(Suggestions.hint(for: ruleID, among: ids, listing: "规则编号"))")
        }
        let checker = Checker(library: library, settings: .init(today: .today))
        Terminal.standardOutput.write(
            RuleExplanation.render(
                rule, pack: library.pack(id: rule.packID), checker: checker, bundled: packOptions.directory == nil))
    }
}

/// The text `qingdan explain` prints, generated from the rule's declaration.
enum RuleExplanation {
    /// `bundled`: the packs are the ones built in, whose files the user does not have, so no
    /// path into them is printed (a rule is placed by pack and line instead).
    static func render(_ rule: Rule, pack: ResolvedPack?, checker: Checker, bundled: Bool = false) -> String {
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
        text +=
            bundled
            ? "定义：内置规则包 \(rule.packID) 第 \(rule.location.line) 行\n\n"
            : "定义：\(rule.file):\(rule.location.line)\n\n"

        let basis = rule.basis
        text += "依据\(basis.status == .unverified ? "（未核实）" : "（已核实）")：\(basis.document.title)"
        if let number = basis.document.number { text += "（\(number)）" }
        text += " \(basis.section)\n  「\(basis.quote)」\n"
        if let source = rule.sourcePath, !bundled || !(rule.basis.document.source ?? "").hasPrefix("sources/") {
            text += "  原文：\(source)\n"
        }
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
                text +=
                    bundled
                    ? "  → \(finding.message)\n"
                    : "  → \(finding.file):\(finding.location.line):\(finding.location.column): \(finding.message)\n"
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
