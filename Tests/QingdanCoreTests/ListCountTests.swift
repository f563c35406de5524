import QingdanCore
import QingdanPluginAPI
import QingdanTestSupport
import Testing

/// A pack with one `list.count` rule over the certificate list, at most two items.
private func rulePack(_ options: String) -> [(id: String, text: String)] {
    TestPacks.oneRule(
        topic: "certificate.count", quote: "将村(社区)出具证明事项由62项压缩至4项",
        check: "      kind: list.count\n      list: lists.certificates\n      max: 2\n" + options,
        message: "{count}/{total}:{item}",
        examples: """
                  fail:
                    - lists:
                        certificates:
                          - {name: 居住情况证明}
                          - {name: 无业证明, process: 实行个人承诺制，申请人签署承诺书}
                          - {name: 土地承包经营情况证明}
                          - {name: 宅基地使用情况证明, note: 告知承诺}
                  pass: [{lists: {certificates: [{name: 居住情况证明}]}}]
            """)
}

private func messages(_ options: String) throws -> [String] {
    try TestPacks.exampleMessages(rulePack(options)).first ?? []
}

@Suite struct ListCountTests {
    @Test func everyItemCountsWithoutAnExemption() throws {
        #expect(try messages("") == ["4/4:「土地承包经营情况证明」"])
    }

    @Test func itemsWhoseTextHoldsAnExemptingWordAreNotCounted() throws {
        #expect(try messages("      exempt_contains: {process: [个人承诺]}") == ["3/4:「宅基地使用情况证明」"])
        #expect(try messages("      exempt_contains: {process: [个人承诺], note: [告知承诺]}").isEmpty)
    }

    @Test func exemptingFieldsAreCheckedAgainstTheList() throws {
        guard case .failure(let failure) = TestPacks.load(rulePack("      exempt_contains: {proces: [个人承诺]}")) else {
            Issue.record("the pack loaded")
            return
        }
        #expect(failure.problems.first?.hint == "是否想写「process」？")
    }
}
