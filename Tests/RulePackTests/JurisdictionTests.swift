import QingdanCore
import QingdanPluginAPI
import QingdanTestSupport
import QingdanYAML
import Testing

private func check(_ text: String) -> FileReport {
    TestPacks.checker().check(SourceFile(path: "f.yaml", text: text))
}

@Suite struct JurisdictionTests {
    @Test(arguments: [
        ("21", "cn/liaoning"), ("210102", "cn/liaoning"), ("2103", "cn/liaoning/anshan"),
        ("210311104201", "cn/liaoning/anshan"), ("350205", "cn/fujian/xiamen/haicang"),
        ("350205001001", "cn/fujian/xiamen/haicang"), ("500112", "cn/chongqing/yubei"),
        // The GB/T 2260 six digits and the 12-digit 统计用区划代码 of the same regions.
        ("210000", "cn/liaoning"), ("210000000000", "cn/liaoning"), ("210300", "cn/liaoning/anshan"),
        ("210300000000", "cn/liaoning/anshan"), ("210302", "cn/liaoning/anshan"), ("210302001", "cn/liaoning/anshan"),
        ("350205000000", "cn/fujian/xiamen/haicang"), ("500112000000", "cn/chongqing/yubei"),
        // The packs of the Ministry of Agriculture's 清单制 cases.
        ("330226", "cn/zhejiang/ningbo/ninghai"), ("330226104201", "cn/zhejiang/ningbo/ninghai"),
        ("431382", "cn/hunan/loudi/lianyuan"), ("431382000000", "cn/hunan/loudi/lianyuan"),
        ("419001", "cn/henan/jiyuan"), ("419001001001", "cn/henan/jiyuan"),
        ("440500", "cn/guangdong/shantou"), ("4405", "cn/guangdong/shantou"), ("440511", "cn/guangdong/shantou"),
        ("500119", "cn/chongqing/nanchuan"), ("500119000000", "cn/chongqing/nanchuan"),
        ("500119100201", "cn/chongqing/nanchuan"), ("510604", "cn/sichuan/deyang/luojiang"),
        ("510604000000", "cn/sichuan/deyang/luojiang"), ("420114", "cn/hubei/wuhan/caidian"),
        ("420114000000", "cn/hubei/wuhan/caidian"),
    ])
    func regionCodesResolveByDeepestPrefix(code: String, pack: String) throws {
        #expect(TestPacks.bundled.pack(forRegionCode: code)?.id == pack)
        let region = try #require(RegionCode(code))
        let choice = try #require(TestPacks.bundled.choice(for: region))
        #expect(choice.isLocal)
    }

    /// Was `codesOutsideEveryPackResolveToNone`: the national pack now covers every code no
    /// regional pack does (as a region without a local pack, not as one of its own).
    @Test(arguments: ["350206", "500113", "11", "330212", "330000", "431300", "510603000000", "420115"])
    func codesOutsideEveryRegionalPackResolveToTheNationalPack(code: String) throws {
        #expect(TestPacks.bundled.rootPackID == "cn")
        let region = try #require(RegionCode(code))
        let choice = try #require(TestPacks.bundled.choice(for: region))
        #expect(choice.pack.id == "cn")
        #expect(!choice.isLocal)
        #expect(TestPacks.bundled.pack(forRegionCode: code)?.id == "cn")
    }

    @Test(arguments: ["000000", "2", "5001120", "21030A"])
    func textThatNamesNoRegionChoosesNoPack(code: String) {
        #expect(TestPacks.bundled.pack(forRegionCode: code) == nil)
    }

    @Test func liaoningRegulationAppliesFromItsDate() {
        let lists = "lists:\n  assistance: [{name: 协助开展社会救助, funding: 区民政局按年度拨付}]\n"
        let before = check(
            "qingdan: 1\nregion: {code: \"210102\", name: 沈阳市和平区, level: county}\nas_of: 2022-06-01\n" + lists)
        let after = check(
            "qingdan: 1\nregion: {code: \"210102\", name: 沈阳市和平区, level: county}\nas_of: 2023-01-01\n" + lists)
        #expect(before.pack?.id == "cn/liaoning")
        #expect(!before.findings.contains { $0.ruleID == "LN-ITEM-FIELDS" })
        #expect(after.findings.map(\.ruleID) == ["LN-ITEM-FIELDS"])
        #expect(after.findings[0].location.line == 5)
    }

    @Test func haicangFilingsAreJudgedByTheListsInForceOnTheirDate() {
        let items = (1...30).map { "{name: 履职事项\($0)}" }.joined(separator: ", ")
        let lists = "lists:\n  self_governance: [\(items)]\n"
        func findings(_ date: String) -> [String] {
            check("qingdan: 1\nregion: {code: \"350205\", name: 海沧区, level: county}\nas_of: \(date)\n" + lists)
                .findings.map(\.ruleID.rawValue).filter { $0.hasPrefix("HC-SELF-COUNT") }
        }
        // 30 items: within the 38 of the 2016 lists, over the 24 of the 2020 revision.
        #expect(findings("2019-06-30").isEmpty)
        #expect(findings("2021-06-30") == ["HC-SELF-COUNT-2020"])
        let forty = (1...40).map { "{name: 履职事项\($0)}" }.joined(separator: ", ")
        let old = check(
            "qingdan: 1\nregion: {code: \"350205\", name: 海沧区, level: county}\nas_of: 2018-01-01\nlists:\n  self_governance: [\(forty)]\n"
        )
        #expect(old.findings.map(\.ruleID.rawValue).filter { $0.hasPrefix("HC-SELF-COUNT") } == ["HC-SELF-COUNT-2016"])
    }

    @Test func reportNamesThePackVersionsApplied() throws {
        let report = check(
            "qingdan: 1\nregion: {code: \"210311104201\", name: 某村, level: village}\nas_of: 2024-03-01\nfacility: {households: 100, building_area_m2: 400, activity_area_m2: 300}\n"
        )
        let chain = try #require(report.pack?.versionChain)
        #expect(chain.map(\.id) == ["cn", "cn/liaoning", "cn/liaoning/anshan"])
        #expect(chain.allSatisfy { !$0.version.isEmpty })
        #expect(report.findings.isEmpty)
    }

    /// Real and plausible signboard names with characters that look traditional or abbreviated
    /// but are standard: none may be reported.
    @Test(arguments: [
        "中国共产党乾元村委员会", "乾元村村民委员会", "乾安村股份经济合作社", "於家村村务监督委员会",
        "后营村党群服务中心", "松树村新时代文明实践站", "里仁村村民委员会", "干河村村民委员会",
        "发展村股份经济合作社", "著名村村民委员会", "伶仃村便民服务站", "面前村卫生室",
        "某某社区居民委员会", "某某村人民调解委员会", "某某村老年人日间照料中心",
    ])
    func validNamesAreNotReported(name: String) {
        let report = check(
            """
            qingdan: 1
            region: {code: "210311104201", name: 某村, level: village}
            as_of: 2024-03-01
            signboards:
              inside:
                - {name: \(name), kind: other}
            """)
        #expect(report.findings.isEmpty, "\(name): \(report.findings.map(\.message))")
    }
}
