import QingdanCore
import QingdanKit
import QingdanPluginAPI
import QingdanTestSupport
import QingdanYAML
import Testing

/// One example of one rule, as a test case named after both.
struct ExampleCase: Sendable, CustomTestStringConvertible {
    let rule: Rule
    let example: RuleExample

    var testDescription: String { "\(rule.id) \(example.expectation.rawValue) \(example.number)" }

    static let all: [ExampleCase] = TestPacks.rulesDirectory.allRules.flatMap { rule in
        rule.examples.map { ExampleCase(rule: rule, example: $0) }
    }
}

/// Every example of every rule in every pack runs here, through `PackTester` (the same run as
/// `qingdan packs test`, and as `qingdan check` runs a filing): a failing example must make its
/// rule report on exactly the lines it marks `# ←`, a passing one must not make it report.
/// Adding a rule with examples adds its tests.
@Suite struct RuleExampleTests {
    static let checker = Checker(library: TestPacks.rulesDirectory, settings: .init(today: .today))

    @Test(arguments: ExampleCase.all)
    func exampleBehavesAsDeclared(_ testCase: ExampleCase) throws {
        let pack = try #require(TestPacks.rulesDirectory.pack(id: testCase.rule.packID))
        let result = PackTester.test(testCase.example, of: testCase.rule, in: pack, checker: Self.checker)
        #expect(result.passed, "\(testCase.rule.id) \(result.name): \(result.failure ?? "")")
    }

    @Test func everyFailingExampleMarksItsLines() {
        for testCase in ExampleCase.all where testCase.example.expectation == .fail {
            #expect(!testCase.example.marks.isEmpty, "\(testCase.rule.id) fail \(testCase.example.number)")
        }
    }

    /// The pipeline applies the level and date filters: an example dated before its rule, or at
    /// a level the rule does not judge, does not make it report.
    @Test func examplesPassTheLevelAndDateFilters() throws {
        let rule = try #require(TestPacks.rulesDirectory.allRules.first { $0.id == "YB-TASK-ADMISSION-UNCHECKED" })
        let pack = try #require(TestPacks.rulesDirectory.pack(id: rule.packID))
        let tree = try YAMLParser.parse(
            SourceFile(
                path: "example.yaml",
                text: """
                    region: {code: "500112", name: 重庆市渝北区, level: county}
                    tasks: [{name: 协助开展社会救助}]
                    """))
        let atCounty = RuleExample(expectation: .fail, number: 1, node: tree.root, district: nil)
        #expect(Self.checker.check(example: atCounty, of: rule, in: pack).allSatisfy { $0.ruleID.rawValue != rule.id })
    }

    /// A failing example of a kind with a certain fix must be fixed by it (`packs test`): a name
    /// written as a block scalar gets no fix, and its example fails with a reason.
    @Test func aFixableKindsExampleMustBeFixed() throws {
        let rule = { (name: String) in
            TestPacks.oneRule(
                topic: "signboard.name.script", quote: "不得使用繁体字",
                check: "      kind: items.script\n      lists: [signboards.outside]", message: "{found}",
                examples:
                    "      fail:\n        - signboards:\n            outside:\n              - kind: other\n                name: \(name)\n      pass:\n        - signboards: {outside: [{name: 服务站, kind: other}]}"
            )
        }
        for (name, failure) in [
            ("服務站  # ←", nil), ("\"服務站\"  # ←", nil), ("|  # ←\n                  服務站", "示例的问题却没有修正"),
        ] {
            let library = try TestPacks.load(rule(name)).get()
            let pack = try #require(library.pack(id: "t"))
            let checker = Checker(library: library, settings: .init(today: .today))
            let testRule = try #require(library.allRules.first)
            let example = try #require(testRule.examples.first)
            let result = PackTester.test(example, of: testRule, in: pack, checker: checker)
            if let failure {
                #expect(result.failure?.contains(failure) == true, "\(name): \(result.failure ?? "passed")")
            } else {
                #expect(result.passed, "\(name): \(result.failure ?? "")")
            }
        }
    }
}
