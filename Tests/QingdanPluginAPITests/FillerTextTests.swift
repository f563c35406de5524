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
        "镇党委 2024.3.1 研究同意",
    ])
    func anApprovalNamesAnOrganAndADate(_ text: String) {
        #expect(ApprovalText.missingParts(of: text).isEmpty, "\(text)")
    }

    @Test func anApprovalWithoutOrganOrDateIsIncomplete() {
        #expect(ApprovalText.missingParts(of: "已审批") == ["审定机关", "审定日期"])
        #expect(ApprovalText.missingParts(of: "区政府审定") == ["审定日期"])
        #expect(ApprovalText.missingParts(of: "2023-04-01 审定") == ["审定机关"])
        #expect(ApprovalText.missingParts(of: "未经审批") == ["审定机关", "审定日期"])
        #expect(ApprovalText.missingParts(of: "拟报区政府 2024-01-01 审批") == ["审定机关", "审定日期"])
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
