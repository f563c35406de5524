import QingdanCore
import QingdanPluginAPI
import QingdanReporters
import QingdanYAML

/// Runs every example of every rule through `Checker.run`, as the rule example tests do, for
/// `qingdan packs test`: CI for a repository of packs.
public enum PackTester {
    public static func run(_ library: PackLibrary) -> PackTestReport {
        PackTestReport(
            packs: library.ids.map { id in
                let pack = library.pack(id: id)!.pack
                return .init(
                    pack: pack,
                    rules: pack.rules.map { rule in
                        .init(rule: rule, examples: rule.examples.map { test($0, of: rule) })
                    })
            })
    }

    /// A failing example must make its rule report, inside the example, with every message value
    /// filled in; a passing example must make it report nothing.
    static func test(_ example: RuleExample, of rule: Rule) -> PackTestReport.Example {
        let findings = Checker.run(rule, on: example.filing)
        let start = example.node.location, end = example.node.endLocation
        var failure: String?
        switch example.expectation {
        case .fail:
            if findings.isEmpty {
                failure = "应当报告问题，规则却没有报告"
            } else if let outside = findings.first(where: {
                $0.location.line < start.line || $0.location.line > end.line
            }) {
                failure = "报告的问题在第 \(outside.location.line) 行，不在示例之内（第 \(start.line)–\(end.line) 行）"
            } else if let unfilled = findings.first(where: { $0.message.contains("—") }) {
                failure = "消息中有检查没有提供的值（显示为 —）：\(unfilled.message)"
            }
        case .pass:
            if !findings.isEmpty {
                failure = "不应报告问题，规则却报告了 \(findings.count) 个：\(findings.map(\.message).joined(separator: "；"))"
            }
        }
        return .init(
            expectation: example.expectation, number: example.number, file: rule.file, location: start,
            failure: failure, findings: findings)
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
