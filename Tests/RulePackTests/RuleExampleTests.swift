import QingdanCore
import QingdanPluginAPI
import QingdanTestSupport
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

/// Every example of every rule in every pack runs here: a failing example must make its rule
/// report, a passing one must not. Adding a rule with examples adds its tests.
@Suite struct RuleExampleTests {
    @Test(arguments: ExampleCase.all)
    func exampleBehavesAsDeclared(_ testCase: ExampleCase) {
        let filing = testCase.example.filing
        let findings = Checker.run(testCase.rule, on: filing)
        switch testCase.example.expectation {
        case .fail:
            #expect(
                !findings.isEmpty, "\(testCase.rule.id) did not report its failing example \(testCase.example.number)")
            for finding in findings {
                #expect(!finding.message.contains("—"), "unfilled placeholder in: \(finding.message)")
                #expect(finding.location.line >= testCase.example.node.location.line)
                #expect(finding.location.line <= testCase.example.node.endLocation.line)
            }
        case .pass:
            #expect(
                findings.isEmpty,
                "\(testCase.rule.id) reported its passing example \(testCase.example.number): \(findings.map(\.message))"
            )
        }
    }

    @Test func everyPackHasExamples() {
        #expect(ExampleCase.all.count >= 2 * TestPacks.rulesDirectory.allRules.count)
    }
}
