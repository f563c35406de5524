import Testing

@testable import QingdanPluginAPI
@testable import QingdanYAML

private func issues(_ text: String) throws -> [SchemaIssue] {
    let tree = try YAMLParser.parse(SourceFile(path: "t.yaml", text: text))
    return SchemaValidator.validate(
        tree.root, against: FilingFormat.standard.document, valueNames: FilingFormat.standard.valueNames)
}

/// A village filing with the header right and `body` after it.
private func village(_ body: String, asOf: String = "2024-06-30", level: String = "village") -> String {
    """
    qingdan: 1
    region:
      code: "500112101100"
      name: 重庆市渝北区龙溪街道某某村
      level: \(level)
    as_of: \(asOf)

    """ + body
}

/// The file with the fix of every issue applied.
private func fixed(_ text: String, _ issues: [SchemaIssue]) -> String {
    var bytes = Array(text.utf8)
    for edit in issues.compactMap(\.fix).flatMap(\.edits).sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
        bytes.replaceSubrange(edit.range, with: Array(edit.replacement.utf8))
    }
    return String(decoding: bytes, as: UTF8.self)
}

@Suite struct ScalarFixTests {
    @Test(arguments: [
        ("2024年3月1日", "2024-03-01"), ("2024-3-1", "2024-03-01"), ("2024/3/1", "2024-03-01"),
        ("2024.03.01", "2024-03-01"), ("２０２４年３月１日", "2024-03-01"), ("2024年12月31日", "2024-12-31"),
        (" 2024-3-1 ", "2024-03-01"),
    ])
    func handWrittenDatesBecomeISO(written: String, iso: String) {
        #expect(ScalarFixes.date(written) == iso)
    }

    @Test(arguments: [
        "2024年2月30日", "2024-13-01", "2024年3月", "03/01/2024", "24-3-1", "2024-3/1", "2024年3月1日前", "2024年03月001日",
        "2024年3-1", "2024-03-01-02", "今年3月1日", "2024年3月1号", "2024.3.1.", "",
    ])
    func uncertainDatesGetNoFix(written: String) {
        #expect(ScalarFixes.date(written) == nil)
    }

    @Test(arguments: [
        ("420平方米", "building_area_m2", false, "420"), ("420 ㎡", "building_area_m2", false, "420"),
        ("420.5m²", "activity_area_m2", false, "420.5"), ("４２０", "building_area_m2", false, "420"),
        ("1,500户", "households", true, "1500"), ("860户", "households", true, "860"),
        ("12,345,678元", "value_yuan", false, "12345678"), ("260", "activity_area_m2", false, "260"),
        ("１，５００", "households", true, "1500"),
    ])
    func numbersLoseTheirUnit(written: String, key: String, integer: Bool, bare: String) {
        #expect(ScalarFixes.number(written, key: key, integer: integer) == bare)
    }

    @Test(arguments: [
        ("420亩", "building_area_m2", false), ("420户", "building_area_m2", false), ("860人", "households", true),
        ("约420平方米", "building_area_m2", false), ("420平方米以上", "building_area_m2", false),
        ("1,50", "households", true), ("12.5", "households", true), ("八百六十", "households", true),
        ("420平方米", "households", true), ("420平方米", nil, false), ("0420", "building_area_m2", false),
        ("1.5万", "households", true), ("", "households", true), ("4,20.5", "building_area_m2", false),
    ])
    func uncertainNumbersGetNoFix(written: String, key: String?, integer: Bool) {
        #expect(ScalarFixes.number(written, key: key, integer: integer) == nil)
    }

    @Test func aFilingWrittenByHandIsFixedToAValidOne() throws {
        let text = village(
            """
            signboard_list_revisions:
              - 2022年5月1日
              - "2024/6/1"
            facility:
              households: 860户
              building_area_m2: 420平方米
              activity_area_m2: "260"
            """, asOf: "2024.06.30")
        let found = try issues(text)
        #expect(found.count == 6)
        #expect(found.allSatisfy { $0.code == FindingCode.wrongType && $0.fix != nil })
        #expect(found.first?.hint == "日期写成「2024-06-30」（年份四位，月、日各两位，用半角减号「-」连接）")
        #expect(
            found.map { $0.fix?.edits.first?.replacement } == [
                "2024-06-30", "2022-05-01", "2024-06-01", "860", "420", "260",
            ])
        #expect(try issues(fixed(text, found)).isEmpty)
    }

    @Test func aWrongUnitKeepsTheIssueWithoutAFix() throws {
        let found = try issues(village("facility:\n  building_area_m2: 420亩\n  households: 约860户\n"))
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.fix == nil })
    }

    @Test func choicesAreShownWithTheirMeaning() throws {
        let found = try issues(
            village(
                """
                signboards:
                  outside:
                    - name: 重庆市渝北区龙溪街道某某村民委员会
                      kind: villager_committee
                    - name: 中国共产党重庆市渝北区龙溪街道某某村委员会
                      kind: 村委会
                    - name: 某某村股份经济合作联合社
                      kind: 村集体经济组织
                    - name: 某某村便民服务站
                """))
        #expect(found.count == 4)
        #expect(found[0].hint == "是否想写「villagers_committee（村民委员会）」？")
        #expect(found[1].hint.hasPrefix("可以写的值：party_organization（村党组织）、villagers_committee（村民委员会）"))
        #expect(found[1].fix == nil)
        // The meaning itself has one certain value.
        #expect(found[2].fix?.edits.first?.replacement == "collective_economy")
        #expect(found[3].code == .missingKey)
        #expect(found[3].hint.contains("可以写的值：party_organization（村党组织）"))
    }

    @Test func aRegionLevelIsShownInChinese() throws {
        let found = try issues(village("", level: "villages"))
        #expect(found.first?.hint == "是否想写「village（村级）」？")
    }
}
