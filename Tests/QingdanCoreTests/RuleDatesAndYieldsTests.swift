import QingdanCore
import QingdanPluginAPI
import QingdanTestSupport
import QingdanYAML
import Testing

/// A national pack with a certificate rule and a field rule that yields to it, and a city pack
/// that replaces the field rule from a later day.
private let packs: [(id: String, text: String)] = [
    (
        "cn",
        """
        qingdan-pack: 1
        id: cn
        version: "1"
        title: 全国
        documents:
          doc: {title: 全国文件, level: national, status: in-force}
        rules:
          - id: N-BANNED
            title: 不出具的证明
            topic: certificate.banned
            severity: error
            effective: {from: 2020-01-01}
            basis: {document: doc, section: 一, quote: 不应出具亲属关系证明, status: verified}
            check: {kind: items.catalogue, list: lists.certificates, catalogue: [亲属关系证明]}
            message: "{item}"
            examples:
              fail: [{lists: {certificates: [{name: 亲属关系证明}]}}]
              pass: [{lists: {certificates: [{name: 居住情况证明}]}}]
          - id: N-FIELDS
            title: 写明时限
            topic: certificate.fields
            severity: error
            effective: {from: 2020-01-01}
            yields_to: [N-BANNED]
            basis: {document: doc, section: 二, quote: 明确出具时限和办理用途, status: verified}
            check: {kind: items.fields, lists: [lists.certificates], fields: [time_limit]}
            message: "{item}"
            examples:
              fail: [{lists: {certificates: [{name: 居住情况证明}]}}]
              pass: [{lists: {certificates: [{name: 居住情况证明, time_limit: 即时办结}]}}]
        """
    ),
    (
        "cn/city",
        """
        qingdan-pack: 1
        id: cn/city
        version: "1"
        title: 某市
        extends: cn
        regions: ["2103"]
        documents:
          city-doc: {title: 某市《通知（征求意见稿）》, level: city, status: draft}
        rules:
          - id: C-FIELDS
            title: 写明时限和用途
            topic: certificate.fields
            severity: error
            effective: {from: 2023-01-01, status: unverified, note: 原文没有日期}
            replaces: N-FIELDS
            yields_to: [N-BANNED]
            basis: {document: city-doc, section: 一, quote: 明确出具时限和办理用途, status: verified}
            check: {kind: items.fields, lists: [lists.certificates], fields: [time_limit, purpose]}
            message: "{item}"
            examples:
              fail: [{lists: {certificates: [{name: 居住情况证明, time_limit: 即时办结}]}}]
              pass: [{lists: {certificates: [{name: 居住情况证明, time_limit: 即时办结, purpose: 申领居住证}]}}]
        """
    ),
]

private func findings(asOf date: String, certificates: String) throws -> [String] {
    let library = try TestPacks.load(packs).get()
    let checker = Checker(library: library, settings: Checker.Settings(today: CivilDate("2024-06-30")!))
    let text = """
        qingdan: 1
        region: {code: "210302", name: 鞍山市铁东区, level: county}
        as_of: \(date)
        lists:
          certificates: \(certificates)
        """
    return checker.check(SourceFile(path: "f.yaml", text: text)).findings.map(\.ruleID.rawValue)
}

@Suite struct RuleDatesAndYieldsTests {
    @Test func aReplacedRuleStillJudgesTheDaysBeforeItsReplacement() throws {
        let certificate = "[{name: 居住情况证明}]"
        #expect(try findings(asOf: "2022-06-01", certificates: certificate) == ["N-FIELDS"])
        #expect(try findings(asOf: "2023-06-01", certificates: certificate) == ["C-FIELDS"])
        #expect(try findings(asOf: "2019-06-01", certificates: certificate) == [FindingCode.noRules.rawValue])
    }

    @Test func aRuleYieldsTheItemsAnotherReports() throws {
        // The banned certificate needs no time limit; the other one still does.
        let certificates = "[{name: 亲属关系证明}, {name: 居住情况证明}]"
        #expect(try findings(asOf: "2022-06-01", certificates: certificates) == ["N-BANNED", "N-FIELDS"])
        // The city's rule, which takes N-FIELDS' place, yields as it did.
        let later = try findings(asOf: "2023-06-01", certificates: "[{name: 亲属关系证明}]")
        #expect(later == ["N-BANNED"])
    }

    @Test func aDraftAndAChosenDayAreRemarkedInTheBasis() throws {
        let library = try TestPacks.load(packs).get()
        let rule = try #require(library.rule(id: "C-FIELDS"))
        #expect(rule.basis.remarks == ["依据为征求意见稿", "施行日期未核实"])
        #expect(rule.basis.remarkText == "（依据为征求意见稿；施行日期未核实）")
        #expect(rule.inForce.explained == "2023-01-01 起（日期未核实：原文没有日期）")
    }

    @Test func yieldingToAnUnknownRuleDoesNotLoad() {
        let broken = [
            (packs[0].id, packs[0].text.replacingOccurrences(of: "yields_to: [N-BANNED]", with: "yields_to: [N-BANED]"))
        ]
        let found = TestPacks.problems(broken)
        #expect(found.map(\.code) == [.option])
        #expect(found.first?.message.contains("「N-BANED」") == true)
        #expect(found.first?.hint.contains("N-BANNED") == true)
    }

    @Test func theBindingEndDecidesWhetherTheRangeIsVerified() {
        let rule = DateRange(from: CivilDate("2022-08-22"), verified: true)
        let pack = DateRange(from: CivilDate("2022-10-23"), verified: false, note: "推定")
        let within = DateRange.within(rule, pack)
        #expect(within.from == CivilDate("2022-10-23"))
        #expect(!within.verified)
        #expect(within.note == "推定")
        #expect(DateRange.within(pack, rule).from == CivilDate("2022-10-23"))
        #expect(DateRange.within(rule, .always).verified)
    }
}

@Suite struct WordConditionTests {
    @Test(arguments: [
        ("实行个人承诺制，申请人签署承诺书", true), ("本项不适用个人承诺制", false), ("未实行个人承诺制", false),
        ("不实行个人承诺制；改为个人承诺制后不再出具", true),
    ])
    func aDeniedWordDoesNotCount(text: String, holds: Bool) {
        #expect(WordCondition.affirms("个人承诺", in: text) == holds)
    }
}
