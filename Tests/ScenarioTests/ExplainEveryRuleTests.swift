import QingdanTestSupport
import Testing

@Suite struct ExplainEveryRuleTests {
    @Test(arguments: TestPacks.bundled.allRules.map(\.id))
    func explainWorksForEveryRule(_ id: String) throws {
        let rule = try #require(TestPacks.bundled.rule(id: id))
        let result = try Binary.run(["explain", id])
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("\(id)  \(rule.title)\n"))
        #expect(result.standardOutput.contains(rule.basis.quote))
        #expect(result.standardOutput.contains("应报告问题的示例 1"))
        // The packs are built in: no path into the repository's Rules/ is printed.
        #expect(!result.standardOutput.contains("Rules/"))
    }
}
