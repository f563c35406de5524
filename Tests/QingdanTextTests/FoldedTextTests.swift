import QingdanText
import Testing

@Suite struct FoldedTextTests {
    @Test(arguments: [
        ("社区戒毒社区康复人员情况证明（表现证明）", "社区戒毒社区康复人员情况证明(表现证明)"),
        ("社区戒毒 社区康复人员情况证明【表现证明】", "社区戒毒社区康复人员情况证明(表现证明)"),
        ("ＡＢＣ　１２３", "abc123"),
        ("“四张清单”", "四张清单"),
        ("「亲属关系证明」", "亲属关系证明"),
        ("中国共产党某某村委员会", "中国共产党某某村委员会"),
    ])
    func foldsVariantsTogether(_ pair: (String, String)) {
        #expect(FoldedText(pair.0) == FoldedText(pair.1))
    }

    @Test func containsMatchesWholeCharacters() {
        #expect(FoldedText("出具 亲属关系 证明").contains(FoldedText("亲属关系证明")))
        #expect(!FoldedText("婚育状况证明").contains(FoldedText("婚姻状况证明")))
        #expect(FoldedText("abc").contains(FoldedText("")))
        #expect(!FoldedText("ab").contains(FoldedText("abc")))
    }
}
