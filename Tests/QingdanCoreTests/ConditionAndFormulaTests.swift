import QingdanCore
import QingdanPluginAPI
import QingdanTestSupport
import Testing

private func rulePack(_ check: String, message: String = "{item}") -> [(id: String, text: String)] {
    TestPacks.oneRule(
        topic: "signboard.style", severity: "warning", level: "city", quote: "式样一般采用竖写", check: check,
        message: message,
        examples: """
                  fail: [{signboards: {outside: [{name: a, kind: other, orientation: horizontal}]}, facility: {households: 2000, building_area_m2: 100}}]
                  pass: [{signboards: {outside: [{name: a, kind: other}]}, facility: {households: 100, building_area_m2: 400}}]
            """)
}

private func problems(_ files: [(id: String, text: String)]) -> [PackProblem] { TestPacks.problems(files) }

@Suite struct ConditionAndFormulaTests {
    @Test func conditionValuesAreCheckedAgainstTheSchema() throws {
        let found = problems(
            rulePack(
                """
                      kind: items.forbidden
                      lists: [signboards.outside]
                      when: {orientation: [horizontl]}
                """))
        let problem = try #require(found.first)
        #expect(problem.code == .option)
        #expect(problem.hint == "是否想写「horizontal」？")
    }

    @Test func conditionFieldsAreCheckedAgainstTheSchema() {
        let found = problems(
            rulePack(
                """
                      kind: items.forbidden
                      lists: [signboards.outside]
                      when: {orientaton: [horizontal]}
                """))
        #expect(found.first?.hint == "是否想写「orientation」？")
    }

    @Test func forbiddenItemsOffersTheItemsFieldsAsMessageValues() throws {
        let library = try TestPacks.load(
            rulePack(
                """
                      kind: items.forbidden
                      lists: [signboards.outside]
                      when: {orientation: [horizontal]}
                """, message: "{item}：{orientation}，{background}")
        ).get()
        let rule = try #require(library.rule(id: "T-RULE"))
        let example = try #require(rule.examples.first)
        let findings = Checker.run(rule, on: example.filing)
        #expect(findings.map(\.message) == ["「a」：横写，未填写"])
    }

    @Test func formulasMustParse() throws {
        let found = problems(
            rulePack(
                """
                      kind: number.at-least
                      value: facility.building_area_m2
                      at_least:
                        - {formula: "max(350, facility.households * 30 / 100", reason: x}
                """))
        #expect(found.first?.code == .option)
        #expect(found.first?.message.contains("右括号") == true)
    }

    @Test(arguments: [
        (String(repeating: "(", count: 40_000) + "1" + String(repeating: ")", count: 40_000), "括号嵌套过深"),
        ((1...5_000).map { _ in "facility.households" }.joined(separator: " + "), "公式太长"),
    ])
    func hostileFormulasAreRefusedNotRecursedInto(formula: String, message: String) throws {
        let found = problems(
            rulePack(
                """
                      kind: number.at-least
                      value: facility.building_area_m2
                      at_least:
                        - {formula: "\(formula)", reason: x}
                """))
        #expect(found.first?.code == .option)
        #expect(found.first?.message.contains(message) == true)
    }

    @Test func aSpacingOfMoreThanACenturyIsRefused() throws {
        let found = problems(
            rulePack(
                """
                      kind: dates.spacing
                      list: signboard_list_revisions
                      min_years: 10000
                """))
        #expect(found.first?.message.contains("不能大于 100") == true)
    }

    @Test func formulasReadOnlyNumbers() throws {
        let found = problems(
            rulePack(
                """
                      kind: number.at-least
                      value: facility.building_area_m2
                      at_least:
                        - {formula: region.name * 2, reason: x}
                """))
        #expect(found.first?.message.contains("region.name") == true)
    }

    @Test func reasonsNameOnlyTheFormulasNumbers() throws {
        let found = problems(
            rulePack(
                """
                      kind: number.at-least
                      value: facility.building_area_m2
                      at_least:
                        - {formula: facility.households * 30 / 100, reason: "{household} 户"}
                """))
        #expect(found.first?.code == .template)
    }

    @Test func theBindingTermExplainsTheThreshold() throws {
        let library = try TestPacks.load(
            rulePack(
                """
                      kind: number.at-least
                      value: facility.building_area_m2
                      at_least:
                        - {formula: "350", reason: 不少于 350 m²}
                        - {formula: "max(facility.households * 30 / 100, 0)", reason: "{households} 户 × 30 m²/百户"}
                """, message: "{value} < {threshold}（{reason}）")
        ).get()
        let rule = try #require(library.rule(id: "T-RULE"))
        let findings = Checker.run(rule, on: rule.examples[0].filing)
        #expect(findings.map(\.message) == ["100 < 600（2000 户 × 30 m²/百户）"])
    }
}
