import QingdanCore
import QingdanPluginAPI
import QingdanTestSupport
import QingdanYAML
import Testing

private func check(_ text: String, fallbackPack: String? = nil) -> FileReport {
    TestPacks.checker(fallbackPack: fallbackPack).check(SourceFile(path: "f.yaml", text: text))
}

private let yubeiLists = """
    lists:
      self_governance: [{name: 调解民间纠纷}]
      assistance: [{name: 协助开展社会救助, department: 区民政局, funding: 区财政}]
      negative: [{name: 行政执法}, {name: 拆迁拆违}, {name: 环境整治}, {name: 城市管理},
                 {name: 招商引资}, {name: 协税护税}, {name: 生产安全管理}]
      certificates: [{name: 居住情况证明, basis: 《居住证暂行条例》, guide: 指南, form_sample: 样表, time_limit: 即时办结, purpose: 申领居住证, process: 申请、核实、出具}]

    """

@Suite struct CheckerTests {
    @Test func regionCodeChoosesThePack() {
        let report = check(
            "qingdan: 1\nregion: {code: \"500112\", name: 渝北区, level: county}\nas_of: 2023-06-30\n" + yubeiLists)
        #expect(report.pack?.id == "cn/chongqing/yubei")
        #expect(report.findings.isEmpty)
        #expect(report.rulesRun == 25)
    }

    @Test func packKeyMayNameTheRegionsPackOrAStricterOne() {
        // The pack the code chooses, named outright.
        let anshan = check(
            "qingdan: 1\nregion: {code: \"210302001001\", name: 鞍山市铁东区某街道某村, level: village}\nas_of: 2024-03-01\n"
                + "pack: cn/liaoning/anshan\n")
        #expect(anshan.pack?.id == "cn/liaoning/anshan")
        // The village files no section: nothing to check is all there is to say.
        #expect(anshan.findings.map(\.ruleID) == [.nothingToCheck])
        // 鄞州区 has no pack of its own (cn judges it); a pack that extends cn only adds rules.
        let yinzhou = check(
            "qingdan: 1\nregion: {code: \"330212\", name: 鄞州区, level: county}\nas_of: 2023-06-30\npack: cn/liaoning\n")
        #expect(yinzhou.pack?.id == "cn/liaoning")
        #expect(yinzhou.findings.isEmpty)
    }

    @Test func packKeyCannotLoosenTheRegionsPack() throws {
        // Was `packKeyWinsOverRegionCode` (a Yubei filing with `pack: cn` was checked by cn alone):
        // the pack key may no longer drop the region's own rules.
        let report = check(
            "qingdan: 1\nregion: {code: \"500112\", name: 渝北区, level: county}\nas_of: 2023-06-30\npack: cn\n"
                + yubeiLists)
        #expect(report.pack?.id == "cn/chongqing/yubei")
        let unnamed = check(
            "qingdan: 1\nregion: {code: \"500112\", name: 渝北区, level: county}\nas_of: 2023-06-30\n" + yubeiLists)
        #expect(report.rulesRun == unnamed.rulesRun)
        let finding = try #require(report.findings.first)
        #expect(report.findings.map(\.ruleID) == [FindingCode.packMismatch])
        #expect(finding.severity == .error)
        #expect(finding.topic == .packMismatch)
        #expect(finding.location.line == 4)
        #expect(finding.path.description == "pack")
        #expect(finding.message.contains("cn（全国）") && finding.message.contains("cn/chongqing/yubei（重庆市渝北区）"))
        #expect(finding.hint?.contains("删去 pack:") == true)
        #expect(!report.hasInputError)
        // A province's pack for one of its cities drops the city's rules just as well.
        let village = check(
            "qingdan: 1\nregion: {code: \"210302001001\", name: 某村, level: village}\nas_of: 2024-03-01\npack: cn/liaoning\n"
        )
        #expect(village.pack?.id == "cn/liaoning/anshan")
        #expect(village.findings.map(\.ruleID) == [FindingCode.nothingToCheck, .packMismatch])
    }

    @Test func regionsWithoutAPackOfTheirOwnAreCheckedByTheNationalPack() throws {
        let report = check(
            "qingdan: 1\nregion: {code: \"330212\", name: 浙江省宁波市鄞州区, level: county}\nas_of: 2023-06-30\n")
        #expect(report.pack?.id == "cn")
        let finding = try #require(report.findings.first)
        #expect(report.findings.map(\.ruleID) == [FindingCode.noLocalPack])
        #expect(finding.severity == .info)
        #expect(finding.topic == .noLocalPack)
        #expect(finding.location.line == 2)
        #expect(finding.message.contains("330212（浙江省宁波市鄞州区）没有省级、市级、县级的地方规则包"))
        #expect(finding.message.contains("cn（全国）"))
        #expect(!report.hasInputError)
        // The levels named are those down to the filing's own (at most the county).
        let province = check("qingdan: 1\nregion: {code: \"330000\", name: 浙江省, level: province}\nas_of: 2023-06-30\n")
        #expect(province.findings.first?.message.contains("没有省级的地方规则包") == true)
    }

    @Test func fallbackPackIsUsedLast() {
        // `--pack` judges filings no local pack covers, before the national pack would.
        let text = "qingdan: 1\nregion: {code: \"110101\", name: 东城区, level: county}\nas_of: 2023-06-30\n" + yubeiLists
        let withFallback = check(text, fallbackPack: "cn/liaoning")
        #expect(withFallback.pack?.id == "cn/liaoning")
        #expect(!withFallback.findings.contains { $0.ruleID == FindingCode.noLocalPack })
        // A local pack still wins over `--pack`.
        let yubei = check(text.replacingOccurrences(of: "110101", with: "500112"), fallbackPack: "cn/liaoning")
        #expect(yubei.pack?.id == "cn/chongqing/yubei")
        // Without `--pack`, the national pack. This expectation was filing.no-pack before the
        // national pack covered every code; that path is `noPackIsAnInputErrorWhenNothingCanChooseOne`.
        #expect(check(text).pack?.id == "cn")
    }

    @Test func noPackIsAnInputErrorWhenNothingCanChooseOne() throws {
        // No code to choose by.
        let report = check("qingdan: 1\nregion: {name: 东城区, level: county}\nas_of: 2023-06-30\n")
        #expect(report.pack == nil)
        #expect(report.findings.map(\.ruleID).contains(FindingCode.noPack))
        #expect(report.hasInputError)
        // Packs without a national one: a code none of them covers.
        let library = try TestPacks.load([
            (
                "t",
                """
                qingdan-pack: 1
                id: t
                version: "1"
                title: 测试
                regions: ["500112"]
                documents:
                  doc: {title: 测试文件, level: county, status: in-force}
                rules:
                  - id: T-COUNT
                    title: 区级清单
                    topic: list.count
                    severity: error
                    effective: {from: 2000-01-01}
                    basis: {document: doc, section: 一, quote: 协助事项不超过两项, status: verified}
                    check: {kind: list.count, list: lists.assistance, max: 2}
                    message: "{count}"
                    examples:
                      fail: [{lists: {assistance: [{name: a}, {name: b}, {name: c}]}}]
                      pass: [{lists: {assistance: [{name: a}]}}]
                """
            )
        ]).get()
        #expect(library.rootPackID == nil)
        let checker = Checker(library: library, settings: Checker.Settings(today: CivilDate("2024-01-01")!))
        let outside = checker.check(
            SourceFile(
                path: "f.yaml",
                text: "qingdan: 1\nregion: {code: \"110101\", name: 东城区, level: county}\nas_of: 2024-01-01\n"))
        #expect(outside.findings.map(\.ruleID) == [FindingCode.noPack])
        #expect(outside.findings[0].location.line == 2)
        #expect(outside.hasInputError)
        let inside = checker.check(
            SourceFile(
                path: "f.yaml",
                text: "qingdan: 1\nregion: {code: \"500112000000\", name: 渝北区, level: county}\nas_of: 2024-01-01\n"))
        #expect(inside.pack?.id == "t")
    }

    @Test func unknownPackKeyIsAnInputError() {
        let report = check(
            "qingdan: 1\nregion: {code: \"500112\", name: 渝北区, level: county}\nas_of: 2023-06-30\npack: cn/chongqing/yubie\n"
        )
        #expect(report.findings.map(\.ruleID) == [FindingCode.unknownPack])
        #expect(report.findings[0].hint == "是否想写「cn/chongqing/yubei」？")
    }

    @Test func rulesApplyOnlyAtTheirLevels() {
        // A village in Yubei: the district-level list rules do not judge it.
        let report = check(
            """
            qingdan: 1
            region: {code: "500112001001", name: 某村, level: village}
            as_of: 2023-06-30
            lists:
              certificates: [{name: 证明1}, {name: 证明2}, {name: 证明3}, {name: 证明4},
                             {name: 证明5}, {name: 证明6}, {name: 证明7}, {name: 证明8}]
            """)
        #expect(!report.findings.contains { $0.ruleID == "YB-CERT-COUNT" })
        #expect(report.findings.contains { $0.ruleID == "YB-CERT-FIELDS" })
    }

    @Test func rulesApplyOnlyOnTheirDates() {
        let task = "tasks: [{name: 完成年度招商引资任务, assigned_by: 某镇政府}]\n"
        let before = check(
            "qingdan: 1\nregion: {code: \"110101\", name: 东城区, level: county}\nas_of: 2022-08-21\n" + task,
            fallbackPack: "cn")
        let after = check(
            "qingdan: 1\nregion: {code: \"110101\", name: 东城区, level: county}\nas_of: 2022-08-22\n" + task,
            fallbackPack: "cn")
        #expect(!before.findings.contains { $0.ruleID == "CN-NEGATIVE-CONFLICT" })
        #expect(after.findings.map(\.ruleID) == ["CN-NEGATIVE-CONFLICT"])
    }

    @Test func rulesOutOfForceAreNotRun() {
        // Was a Yubei filing with `pack: cn`, which now gets Yubei's pack: a region only the
        // national pack covers tests the same thing.
        let report = check("qingdan: 1\nregion: {code: \"330212\", name: 鄞州区, level: county}\nas_of: 2022-01-01\n")
        #expect(report.pack?.id == "cn")
        #expect(report.rulesRun == 2)
        #expect(!report.hasInputError)
    }

    @Test func noApplicableRuleFailsClosed() throws {
        let library = try TestPacks.load([
            (
                "t",
                """
                qingdan-pack: 1
                id: t
                version: "1"
                title: 测试
                documents:
                  doc: {title: 测试文件, level: county, status: in-force}
                rules:
                  - id: T-COUNT
                    title: 区级清单
                    topic: list.count
                    severity: error
                    effective: {from: 2000-01-01}
                    levels: [county]
                    basis: {document: doc, section: 一, quote: 协助事项不超过两项, status: verified}
                    check: {kind: list.count, list: lists.assistance, max: 2}
                    message: "{count}"
                    examples:
                      fail: [{lists: {assistance: [{name: a}, {name: b}, {name: c}]}}]
                      pass: [{lists: {assistance: [{name: a}]}}]
                """
            )
        ]).get()
        let checker = Checker(
            library: library, settings: Checker.Settings(fallbackPack: "t", today: CivilDate("2024-01-01")!))
        let report = checker.check(
            SourceFile(
                path: "v.yaml",
                text: "qingdan: 1\nregion: {code: \"110101001001\", name: 某村, level: village}\nas_of: 2024-01-01\n"))
        #expect(report.findings.map(\.ruleID) == [FindingCode.noRules])
        #expect(report.hasInputError)
    }

    @Test func unsupportedFormatVersionIsReported() {
        let report = check(
            "qingdan: 2\nregion: {code: \"500112\", name: 渝北区, level: county}\nas_of: 2023-06-30\n" + yubeiLists)
        #expect(report.findings.map(\.ruleID) == ["schema.value"])
        #expect(report.findings[0].message.contains("版本 2"))
    }

    @Test func levelMustMatchTheRegionCode() {
        let report = check("qingdan: 1\nregion: {code: \"500112\", name: 渝北区, level: village}\nas_of: 2023-06-30\n")
        #expect(report.findings.contains { $0.message.contains("6 位") })
        #expect(report.hasInputError)
    }

    @Test func schemaAndRuleFindingsAreBothReported() {
        let report = check(
            """
            qingdan: 1
            region: {code: "500112", name: 渝北区, level: county}
            as_of: 2023-06-30
            lists:
              self_governance: [{name: 调解民间纠纷}]
              assistence: [{name: 协助开展社会救助}]
              negative: [{name: 行政执法}]
              certificates: [{name: 亲属关系证明, basis: 无, guide: g, form_sample: f}]
            """)
        let ids = report.findings.map(\.ruleID)
        #expect(ids.contains("schema.unknown-key"))
        #expect(ids.contains("YB-LISTS-REQUIRED"))
        #expect(ids.contains("CN-CERT-BANNED"))
        #expect(report.hasInputError)
    }

    @Test func syntaxErrorsBecomeFindings() {
        let report = check("qingdan: 1\nregion:\n  code: \"500112\n")
        #expect(report.findings.count == 1)
        #expect(report.findings[0].topic == .syntax)
        #expect(report.findings[0].ruleID == "yaml.syntax")
    }

    @Test func findingsCarryTheirDocumentPath() throws {
        let report = check(
            "qingdan: 1\nregion: {code: \"500112\", name: 渝北区, level: county}\nas_of: 2023-06-30\n"
                + yubeiLists.replacingOccurrences(of: ", funding: 区财政", with: ""))
        let finding = try #require(report.findings.first)
        #expect(finding.ruleID == "YB-ASSIST-FUNDING")
        #expect(finding.path.description == "lists.assistance[0]")
        #expect(finding.location.line == 6)
        #expect(finding.basis?.documentID == "yubei-access")
    }

    @Test func fingerprintsIgnoreLineNumbers() throws {
        let base =
            "qingdan: 1\nregion: {code: \"500112\", name: 渝北区, level: county}\nas_of: 2023-06-30\n"
            + yubeiLists.replacingOccurrences(of: ", funding: 区财政", with: "")
        let shifted = check("# 新增的注释\n\n" + base).findings
        let original = check(base).findings
        #expect(original.map(\.fingerprint) == shifted.map(\.fingerprint))
        #expect(original[0].location.line + 2 == shifted[0].location.line)
    }

    @Test func revisionsNearTheEndOfTheCalendarAreJudgedNotTrapped() throws {
        let report = check(
            """
            qingdan: 1
            region: {code: "2103", name: 鞍山市, level: city}
            as_of: 2024-06-30
            signboard_list_revisions: [9998-06-01, 9999-07-01]
            """)
        let finding = try #require(report.findings.first { $0.ruleID == "AS-REVISION-FREQUENCY" })
        #expect(finding.message.contains("原则上 10000-06-01 起"))
    }
}
