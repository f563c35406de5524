import QingdanCore
import QingdanPluginAPI
import QingdanReporters
import QingdanYAML

/// Runs every example of every rule the way `qingdan check` runs a filing (`Checker.check(example:)`:
/// the schema gate, the level and date filters, every rule of the pack), for `qingdan packs test`:
/// CI for a repository of packs.
public enum PackTester {
    public static func run(_ library: PackLibrary, today: CivilDate = .today) -> PackTestReport {
        let checker = Checker(library: library, settings: .init(today: today))
        return PackTestReport(
            packs: library.ids.map { id in
                let resolved = library.pack(id: id)!
                return .init(
                    pack: resolved.pack,
                    rules: resolved.pack.rules.map { rule in
                        .init(
                            rule: rule,
                            examples: rule.examples.map { test($0, of: rule, in: resolved, checker: checker) })
                    })
            })
    }

    /// A failing example must make its rule report on each line it marks `# ←` and nowhere else,
    /// with every message value filled in, and the other rules a mark names must report there
    /// too; a passing example must make its rule report nothing.
    public static func test(_ example: RuleExample, of rule: Rule, in pack: ResolvedPack, checker: Checker)
        -> PackTestReport.Example
    {
        let all = checker.check(example: example, of: rule, in: pack)
        let findings = all.filter { $0.ruleID.rawValue == rule.id }
        let start = example.node.location, end = example.node.endLocation
        var failure: String?
        switch example.expectation {
        case .fail:
            failure =
                failingProblem(example, of: rule, findings: findings, all: all, start: start, end: end)
                ?? fixProblem(example, of: rule, in: pack, findings: findings, checker: checker)
        case .pass:
            if let schema = all.first(where: { $0.topic.isFormat }) {
                failure = "示例不符合申报格式：第 \(schema.location.line) 行：\(schema.message)"
            } else if !findings.isEmpty {
                failure = "不应报告问题，规则却报告了 \(findings.count) 个：\(findings.map(\.message).joined(separator: "；"))"
            }
        }
        return .init(
            expectation: example.expectation, number: example.number, file: rule.file, location: start,
            failure: failure, findings: findings)
    }

    private static func failingProblem(
        _ example: RuleExample, of rule: Rule, findings: [Finding], all: [Finding], start: SourceLocation,
        end: SourceLocation
    ) -> String? {
        if let schema = all.first(where: { $0.topic.isFormat }) {
            return "示例不符合申报格式：第 \(schema.location.line) 行：\(schema.message)"
        }
        if findings.isEmpty { return "应当报告问题，规则却没有报告" }
        if let outside = findings.first(where: { $0.location.line < start.line || $0.location.line > end.line }) {
            return "报告的问题在第 \(outside.location.line) 行，不在示例之内（第 \(start.line)–\(end.line) 行）"
        }
        if let unfilled = findings.first(where: { $0.message.contains("—") }) {
            return "消息中有检查没有提供的值（显示为 —）：\(unfilled.message)"
        }
        guard !example.marks.isEmpty else {
            return "没有用「# ←」标明应报告问题的行（报告在第 \(lines(findings)) 行）"
        }
        let marked = Set(example.marks.filter { $0.rules.isEmpty || $0.rules.contains(rule.id) }.map(\.line))
        let reported = Set(findings.map(\.location.line))
        if let line = marked.subtracting(reported).min() {
            return "第 \(line) 行标明应报告 \(rule.id)，规则却没有在这一行报告（报告在第 \(lines(findings)) 行）"
        }
        if let line = reported.subtracting(marked).min() {
            return "规则在第 \(line) 行报告了问题，示例没有用「# ←」标明这一行"
        }
        for mark in example.marks {
            for other in mark.rules where other != rule.id {
                if !all.contains(where: { $0.ruleID.rawValue == other && $0.location.line == mark.line }) {
                    return "第 \(mark.line) 行标明应报告 \(other)，却没有报告"
                }
            }
        }
        return nil
    }

    /// A failing example of a kind with a fix must be fixed by it: its findings carry fixes
    /// that, applied to the example on its own, leave text that parses and resolve them. A kind
    /// that declares no fix must offer none.
    private static func fixProblem(
        _ example: RuleExample, of rule: Rule, in pack: ResolvedPack, findings: [Finding], checker: Checker
    ) -> String? {
        let fixed = findings.filter { $0.fix != nil }
        guard let summary = rule.kind.fixSummary else {
            return fixed.isEmpty ? nil : "检查类型 \(rule.kind.name) 没有声明自动修正（fixSummary），报告的问题却带有修正"
        }
        guard !fixed.isEmpty else { return "检查类型 \(rule.kind.name) 可以自动修正（\(summary)），示例的问题却没有修正" }
        // The example on its own, indented as in the pack, so the fixes' offsets move by one amount.
        let source = example.node.tree.source.bytes
        let range = example.node.byteRange
        var lineStart = range.lowerBound
        while lineStart > 0, source[lineStart - 1] != 0x0A { lineStart -= 1 }
        let indent = range.lowerBound - lineStart
        let shift = indent - range.lowerBound
        let before = [UInt8](repeating: 0x20, count: indent) + source[range]
        var fixes: [SourceFix] = []
        for finding in fixed {
            let edits = finding.fix!.edits.map {
                SourceEdit(
                    range: $0.range.lowerBound + shift..<$0.range.upperBound + shift, replacement: $0.replacement)
            }
            guard edits.allSatisfy({ $0.range.lowerBound >= indent && $0.range.upperBound <= before.count }) else {
                return "第 \(finding.location.line) 行的修正改到了示例之外"
            }
            fixes.append(SourceFix(title: finding.fix!.title, edits: edits))
        }
        let (after, applied) = Fixer.apply(fixes, to: before)
        let tree: YAMLTree
        do {
            tree = try YAMLTree.parse(SourceFile(path: example.node.tree.source.path, bytes: after), limits: .default)
        } catch {
            return "修正后的示例不是正确的 YAML：\(error.message)"
        }
        let again = checker.check(
            example: RuleExample(
                expectation: .fail, number: example.number, node: tree.root, district: example.district),
            of: rule, in: pack
        ).filter { $0.ruleID.rawValue == rule.id }
        let remaining = Set(again.map { [$0.anchor, $0.identity] })
        if let unresolved = applied.map({ fixed[$0] }).first(where: { remaining.contains([$0.anchor, $0.identity]) }) {
            return "自动修正（\(unresolved.fix!.title)）之后，第 \(unresolved.location.line) 行的问题仍在"
        }
        return nil
    }

    private static func lines(_ findings: [Finding]) -> String {
        Set(findings.map(\.location.line)).sorted().map(String.init).joined(separator: "、")
    }
}

/// What `qingdan packs test` found: every pack, its rules, and each rule's examples.
public struct PackTestReport: Sendable {
    public struct Example: Sendable {
        public let expectation: RuleExample.Expectation
        /// Position among the rule's examples of the same expectation, from 1.
        public let number: Int
        public let file: String
        public let location: SourceLocation
        /// What went wrong, in Chinese; nil when the example behaved as declared.
        public let failure: String?
        public let findings: [Finding]

        public var passed: Bool { failure == nil }
        public var name: String { "\(expectation.rawValue) 示例 \(number)" }
    }

    public struct RuleResult: Sendable {
        public let rule: Rule
        public let examples: [Example]
        public var passed: Bool { examples.allSatisfy(\.passed) }
    }

    public struct PackResult: Sendable {
        public let pack: RulePack
        public let rules: [RuleResult]
        var examples: [Example] { rules.flatMap(\.examples) }
    }

    public let packs: [PackResult]

    public var rules: [RuleResult] { packs.flatMap(\.rules) }
    public var examples: [Example] { rules.flatMap(\.examples) }
    public var passed: Bool { rules.allSatisfy(\.passed) }

    /// One line per rule; a failing rule is followed by its failing examples at `file:line:col`.
    public var text: String {
        var text = ""
        for pack in packs {
            for result in pack.rules {
                let rule = result.rule
                text +=
                    "\(result.passed ? "✓" : "✗") [\(pack.pack.id)] \(rule.id) \(rule.title)（示例 \(result.examples.count) 个）\n"
                for example in result.examples where !example.passed {
                    text +=
                        "  \(example.file):\(example.location.line):\(example.location.column): \(example.name)：\(example.failure!)\n"
                }
            }
        }
        let failedRules = rules.count { !$0.passed }, failedExamples = examples.count { !$0.passed }
        text += "\(passed ? "✓" : "✗") 测试了 \(packs.count) 个规则包的 \(rules.count) 条规则、\(examples.count) 个示例"
        text += passed ? "，全部通过\n" : "：\(failedRules) 条规则、\(failedExamples) 个示例未通过\n"
        return text
    }

    /// `qingdan-pack-test` version 1 (Docs/writing-rules.md lists the keys).
    public var json: String {
        func location(_ place: SourceLocation) -> [(String, JSONWriter.Value)] {
            [("line", .int(place.line)), ("column", .int(place.column))]
        }
        let packValues: [JSONWriter.Value] = packs.map { pack in
            .object([
                ("id", .string(pack.pack.id)), ("version", .string(pack.pack.version)),
                ("title", .string(pack.pack.title)), ("file", .string(pack.pack.file)),
                (
                    "rules",
                    .array(
                        pack.rules.map { result in
                            .object(
                                [("id", .string(result.rule.id)), ("title", .string(result.rule.title))]
                                    + location(result.rule.location) + [
                                        ("passed", .bool(result.passed)),
                                        (
                                            "examples",
                                            .array(
                                                result.examples.map { example in
                                                    .object(
                                                        [
                                                            ("expect", .string(example.expectation.rawValue)),
                                                            ("number", .int(example.number)),
                                                        ]
                                                            + location(example.location) + [
                                                                ("passed", .bool(example.passed)),
                                                                ("failure", .optional(example.failure)),
                                                                (
                                                                    "findings",
                                                                    .array(
                                                                        example.findings.map { finding in
                                                                            .object(
                                                                                location(finding.location) + [
                                                                                    (
                                                                                        "message",
                                                                                        .string(finding.message)
                                                                                    )
                                                                                ])
                                                                        })
                                                                ),
                                                            ])
                                                })
                                        ),
                                    ])
                        })
                ),
            ])
        }
        return JSONWriter.render(
            .object([
                ("format", .string("qingdan-pack-test")), ("version", .int(1)),
                ("tool", .object([("name", .string("qingdan")), ("version", .string(ToolVersion.current))])),
                ("packs", .array(packValues)),
                (
                    "summary",
                    .object([
                        ("packs", .int(packs.count)), ("rules", .int(rules.count)),
                        ("failed_rules", .int(rules.count { !$0.passed })),
                        ("examples", .int(examples.count)), ("failed_examples", .int(examples.count { !$0.passed })),
                    ])
                ),
            ]))
    }

    /// JUnit XML: one test suite per pack, one test case per example.
    public var junit: String {
        let failures = examples.count { !$0.passed }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml +=
            "<testsuites name=\"qingdan packs test\" tests=\"\(examples.count)\" failures=\"\(failures)\" errors=\"0\">\n"
        for pack in packs {
            let examples = pack.examples
            xml += "  <testsuite name=\"\(XMLText.escape(pack.pack.id))\" tests=\"\(examples.count)\""
            xml += " failures=\"\(examples.count { !$0.passed })\" errors=\"0\" skipped=\"0\">\n"
            for result in pack.rules {
                for example in result.examples {
                    xml +=
                        "    <testcase classname=\"\(XMLText.escape(result.rule.id))\" name=\"\(XMLText.escape(example.name))\""
                    xml += " file=\"\(XMLText.escape(example.file))\" line=\"\(example.location.line)\""
                    guard let failure = example.failure else {
                        xml += "/>\n"
                        continue
                    }
                    var body =
                        "\(example.file):\(example.location.line):\(example.location.column): \(result.rule.id) \(example.name)：\(failure)"
                    for finding in example.findings {
                        body +=
                            "\n\(finding.file):\(finding.location.line):\(finding.location.column): \(finding.message)"
                    }
                    xml +=
                        ">\n      <failure message=\"\(XMLText.escape(failure))\" type=\"pack.example\">\(XMLText.escape(body))</failure>\n"
                    xml += "    </testcase>\n"
                }
            }
            xml += "  </testsuite>\n"
        }
        return xml + "</testsuites>\n"
    }
}

/// Pack problems as JSON for `qingdan packs lint --format json`: `qingdan-pack-lint` version 1.
public enum PackLintJSON {
    /// `library` is nil when the packs did not load.
    public static func render(_ problems: [PackProblem], library: PackLibrary?) -> String {
        func place(_ file: String, _ location: SourceLocation) -> [(String, JSONWriter.Value)] {
            [("file", .string(file)), ("line", .int(location.line)), ("column", .int(location.column))]
        }
        let values: [JSONWriter.Value] = problems.map { problem in
            .object(
                [("code", .string(problem.code.rawValue))] + place(problem.file, problem.location) + [
                    ("message", .string(problem.message)), ("hint", .string(problem.hint)),
                    ("related", problem.related.map { .object(place($0.file, $0.location)) } ?? .null),
                ])
        }
        return JSONWriter.render(
            .object([
                ("format", .string("qingdan-pack-lint")), ("version", .int(1)),
                ("tool", .object([("name", .string("qingdan")), ("version", .string(ToolVersion.current))])),
                ("problems", .array(values)),
                (
                    "summary",
                    .object([
                        ("packs", library.map { .int($0.ids.count) } ?? .null),
                        ("rules", library.map { .int($0.allRules.count) } ?? .null),
                        ("problems", .int(problems.count)),
                    ])
                ),
            ]))
    }
}
