import QingdanCore
import QingdanPluginAPI
import QingdanTestSupport
import Testing

/// A one-rule pack whose examples are the filings to check: `fail` runs first, then `pass`.
private func rulePack(_ check: String, fail: String, pass: String, message: String = "{item}") -> [(
    id: String, text: String
)] {
    TestPacks.oneRule(
        topic: "list.count", severity: "warning", quote: "控制在5个环节左右", check: check, message: message,
        examples: "      fail: [\(fail)]\n      pass: [\(pass)]")
}

private func findings(_ files: [(id: String, text: String)]) throws -> (fail: [String], pass: [String]) {
    let messages = try TestPacks.exampleMessages(files)
    return (messages.first ?? [], messages.dropFirst().first ?? [])
}

private func problems(_ files: [(id: String, text: String)]) -> [PackProblem] { TestPacks.problems(files) }

@Suite struct CategoryAndLengthCheckTests {
    @Test func listCountWithWhenCountsOnlyThatCategoryAgainstBothBounds() throws {
        let found = try findings(
            rulePack(
                """
                      kind: list.count
                      list: lists.micro_powers
                      min: 2
                      max: 2
                      when: {category: [便民服务事项]}
                """,
                fail: "{lists: {micro_powers: [{name: a, category: 便民服务事项}, {name: b, category: 公共权力事项}]}}",
                pass: "{lists: {micro_powers: [{name: a, category: 便民服务事项}, {name: b, category: 便民服务事项}, {name: c}]}}",
                message: "{count}/{max}"))
        #expect(found.fail == ["1/2"])
        #expect(found.pass.isEmpty)
    }

    @Test func listCountWithWhenReportsTheFirstItemBeyondTheBound() throws {
        let found = try findings(
            rulePack(
                """
                      kind: list.count
                      list: lists.micro_powers
                      max: 1
                      when: {category: [公共权力事项]}
                """,
                fail: "{lists: {micro_powers: [{name: a, category: 公共权力事项}, {name: x}, {name: b, category: 公共权力事项}]}}",
                pass: "{lists: {micro_powers: [{name: a, category: 公共权力事项}, {name: x}, {name: y}]}}",
                message: "{item} {count}"))
        #expect(found.fail == ["「b」 2"])
        #expect(found.pass.isEmpty)
    }

    @Test func numberConditionsCompare() throws {
        let found = try findings(
            rulePack(
                """
                      kind: items.forbidden
                      lists: [asset_transactions]
                      when: {value_yuan: [">= 10000"]}
                      unless_contains: {venue: [公共资源交易中心]}
                """,
                fail:
                    "{asset_transactions: [{name: a, value_yuan: 10000}, {name: b, value_yuan: 9999.5}, {name: c, value_yuan: 2e4}]}",
                pass: "{asset_transactions: [{name: a, value_yuan: 10000, venue: 某镇公共资源交易中心}, {name: b}]}"))
        #expect(found.fail == ["「a」", "「c」"])
        #expect(found.pass.isEmpty)
    }

    @Test(arguments: [
        (">= 1e4", true, 10000.0), (">10000", false, 10000.0), ("< 5", true, 4.0), ("<= 5", true, 5.0),
        ("= 3", true, 3.0),
    ])
    func comparisonsRead(text: String, holds: Bool, value: Double) throws {
        let comparison = try #require(ItemCondition.Comparison(text))
        #expect(comparison.holds(for: value) == holds)
    }

    @Test(arguments: ["10000", "≥ 10000", ">=", "> 一万"])
    func textThatIsNoComparisonIsNotOne(text: String) {
        #expect(ItemCondition.Comparison(text) == nil)
    }

    @Test func aNumberFieldTakesOnlyComparisons() throws {
        let found = problems(
            rulePack(
                """
                      kind: items.forbidden
                      lists: [asset_transactions]
                      when: {value_yuan: [一万元以上]}
                """, fail: "{}", pass: "{}"))
        let problem = try #require(found.first)
        #expect(problem.code == .option)
        #expect(problem.message.contains("不是比较"))
    }

    @Test func aTextFieldTakesNoComparison() throws {
        let found = problems(
            rulePack(
                """
                      kind: items.forbidden
                      lists: [asset_transactions]
                      when: {venue: [">= 3"]}
                """, fail: "{}", pass: "{}"))
        #expect(found.first?.message.contains("不能比较大小") == true)
    }

    @Test func itemsLengthCapsTheStepsUnlessTheItemIsExempt() throws {
        let found = try findings(
            rulePack(
                """
                      kind: items.length
                      lists: [lists.micro_powers]
                      field: steps
                      max: 3
                      unless: {major: [true]}
                      unless_contains: {name: [招投标]}
                """,
                fail: "{lists: {micro_powers: [{name: a, steps: [1, 2, 3, 4]}, {name: b, steps: [1, 2, 3, 待定]}]}}",
                pass:
                    "{lists: {micro_powers: [{name: a, major: true, steps: [1, 2, 3, 4]}, {name: 工程招投标, steps: [1, 2, 3, 4]}, {name: c}]}}",
                message: "{item} {count}/{max} {field}"))
        // A filler entry (待定) is not a step.
        #expect(found.fail == ["「a」 4/3 办理流程环节"])
        #expect(found.pass.isEmpty)
    }

    @Test func itemsLengthCountsOnlyListFields() throws {
        let found = problems(
            rulePack(
                """
                      kind: items.length
                      lists: [lists.micro_powers]
                      field: name
                      max: 3
                """, fail: "{}", pass: "{}"))
        #expect(found.first?.message.contains("不是列表") == true)
    }
}
