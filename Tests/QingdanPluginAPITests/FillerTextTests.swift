import QingdanPluginAPI
import QingdanYAML
import Testing

@Suite struct FillerTextTests {
    @Test(arguments: [
        "无", "暂无", "无依据", "暂无依据", "待定", "待补充", "/", "／", "—", "——", "－", "-", "空", "N/A", "n/a", "ｎ／ａ",
        " 无 ", "无。", "（无）", "(暂无)", "【待定】", "不详", "不适用", "…",
    ])
    func fillersAreNotAnswers(_ text: String) {
        #expect(FillerText.isFiller(text), "\(text)")
    }

    @Test(arguments: [
        "《中华人民共和国村民委员会组织法》第二条", "无障碍设施维护", "无犯罪记录证明", "待业人员登记", "空巢老人关爱",
        "不动产登记", "区财政按年度拨付", "1", "是", "否", "区民政局",
    ])
    func answersAreNotFillers(_ text: String) {
        #expect(!FillerText.isFiller(text), "\(text)")
    }

    @Test(arguments: [
        "区委、区政府2023年3月15日审定", "经区政府常务会议2021-05-10审定同意", "渝北府发〔2023〕5号", "区政府准入审定 2023-04-01",
        "镇党委 2024.3.1 研究同意", "经区政府常务会议审定（二〇二三年四月）", "区政府 2023 年 4 月审定",
    ])
    func anApprovalNamesAnOrganAndADate(_ text: String) {
        #expect(ApprovalText.missingParts(of: text).isEmpty, "\(text)")
    }

    @Test func anApprovalWithoutOrganOrDateIsIncomplete() {
        #expect(ApprovalText.missingParts(of: "已审批") == ["审定机关", "审定日期"])
        #expect(ApprovalText.missingParts(of: "区政府审定") == ["审定日期"])
        // A 中心 is no approving organ by itself (村党群服务中心同意); 罗江's rule names its own.
        #expect(ApprovalText.missingParts(of: "村党群服务中心同意 2023-03-01") == ["审定机关"])
        #expect(ApprovalText.missingParts(of: "2023-04-01 审定") == ["审定机关"])
        #expect(ApprovalText.missingParts(of: "未经审批") == ["审定机关", "审定日期"])
        #expect(ApprovalText.missingParts(of: "拟报区政府 2024-01-01 审批") == ["审定机关", "审定日期"])
        #expect(!ApprovalText.missingParts(of: "已于2023年5月报区政府审批，尚未批复").isEmpty)
        #expect(ApprovalText.missingParts(of: "全部事项待办理，2023年") == ["审定机关"])
    }

    @Test func fundingByTheVillageIsNotFunding() {
        #expect(FundingText.villagePays("由村（居）自筹解决") != nil)
        #expect(FundingText.villagePays("从村集体经济收入中列支") != nil)
        #expect(FundingText.villagePays("区财政补助，不足部分由村集体经济承担") != nil)
        #expect(FundingText.villagePays("区财政专项资金保障，不由村集体经济承担") == nil)
        #expect(FundingText.villagePays("区民政局按年度拨付村级协助工作经费") == nil)
    }

    @Test func anItemSaysWhyAFieldIsNotStated() throws {
        let tree = try YAMLParser.parse(
            SourceFile(
                path: "item.yaml",
                text: """
                    - name: 协助开展社会救助
                      basis: 无
                      approval: 已审批
                      content: ""
                      note: 无
                    """))
        let item = try #require(FilingView(root: tree.root, header: FilingHeader()).items(of: FilingPath([])).first)
        let basis = Property("basis", .text(), title: "法律法规依据")
        let approval = Property("approval", .text(), title: "审批", meaning: .approval)
        #expect(item.value("basis") == nil)
        #expect(item.unstated(basis) == .filler("无"))
        #expect(item.value("approval") != nil)
        #expect(item.value(approval) == nil)
        #expect(item.unstated(approval) == .incompleteApproval("已审批", missing: ["审定机关", "审定日期"]))
        #expect(item.unstated(Property("content", .text(), title: "事项内容")) == .absent)
        #expect(item.name == "协助开展社会救助")
    }
}
