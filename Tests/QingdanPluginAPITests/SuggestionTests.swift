import Testing

@testable import QingdanPluginAPI

@Suite struct SuggestionTests {
    @Test(arguments: [
        ("maxx", "max"), ("assistence", "assistance"), ("certificate", "certificates"),
        ("Self_Governance", "self_governance"), ("fundign", "funding"),
    ])
    func suggestsTheIntendedWord(typo: String, intended: String) {
        #expect(
            Suggestions.closest(
                to: typo, in: ["max", "min", "assistance", "certificates", "self_governance", "funding"]) == intended)
    }

    @Test func suggestsNothingForUnrelatedWords() {
        #expect(Suggestions.closest(to: "zzz", in: ["max", "min", "list"]) == nil)
    }

    @Test func transpositionIsOneEdit() {
        #expect(Suggestions.editDistance(Array("ab".unicodeScalars), Array("ba".unicodeScalars)) == 1)
    }
}
