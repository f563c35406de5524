import QingdanCore
import QingdanPluginAPI
import QingdanTestSupport
import Testing

/// A pack with one `items.unique` rule over the evaluation list, checked with `options`.
private func rulePack(_ options: String) -> [(id: String, text: String)] {
    TestPacks.oneRule(
        topic: "list.duplicate", severity: "warning", quote: "防止同一项目重复考核",
        check: "      kind: items.unique\n      lists: [lists.evaluations]\n" + options, message: "{item}={first}",
        examples: """
                  fail:
                    - lists:
                        evaluations:
                          - {name: 农村人居环境整治考核}
                          - {name: 农村人居环境整治考核}
                          - {name: 农村人居环境整治年度专项检查}
                          - {name: 考核}
                          - {name: 考评}
                  pass: [{lists: {evaluations: [{name: 平安村创建评比}]}}]
            """)
}

private func messages(_ options: String) throws -> [String] {
    try TestPacks.exampleMessages(rulePack(options)).first ?? []
}

@Suite struct ItemsUniqueTests {
    @Test func withoutIgnoredWordsOnlyTheSameNameIsADuplicate() throws {
        #expect(try messages("") == ["「农村人居环境整治考核」=「农村人居环境整治考核」"])
    }

    @Test func ignoredWordsMakeTheSameProjectUnderAnotherNameADuplicate() throws {
        // A name of nothing but ignored words (考核, 考评) names no project and is not compared.
        #expect(
            try messages("      ignore_words: [考核, 检查, 年度, 专项, 考评]") == [
                "「农村人居环境整治考核」=「农村人居环境整治考核」",
                "「农村人居环境整治年度专项检查」=「农村人居环境整治考核」",
            ])
    }

    @Test func skipExactLeavesTheSameNameToAnotherRule() throws {
        #expect(
            try messages("      ignore_words: [考核, 检查, 年度, 专项]\n      skip_exact: true") == [
                "「农村人居环境整治年度专项检查」=「农村人居环境整治考核」"
            ])
    }

    @Test func skipExactNeedsIgnoredWords() throws {
        guard case .failure(let failure) = TestPacks.load(rulePack("      skip_exact: true")) else {
            Issue.record("the pack loaded")
            return
        }
        #expect(failure.problems.first?.message.contains("skip_exact 只与 ignore_words 一起使用") == true)
    }
}
