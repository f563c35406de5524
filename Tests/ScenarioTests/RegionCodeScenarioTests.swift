import Foundation
import QingdanTestSupport
import Testing

/// Region codes as users write them (six-digit GB/T 2260, twelve-digit 统计用区划代码, short forms)
/// and the pack each filing is checked by, through the built binary on the filings in
/// Tests/Fixtures/region-codes.
@Suite struct RegionCodeScenarioTests {
    static let fixtures = "Tests/Fixtures/region-codes/"

    struct Report {
        let status: Int32
        let files: [[String: Any]]
        let rollup: [[String: Any]]

        /// The findings of the file whose path ends with `name`, as (rule id, line) pairs.
        func findings(_ name: String) -> [(rule: String, line: Int)] {
            findingObjects(name).map { ($0["rule_id"] as? String ?? "", $0["line"] as? Int ?? 0) }
        }

        func findingObjects(_ name: String) -> [[String: Any]] {
            let file = files.first { ($0["path"] as? String)?.hasSuffix("/" + name) == true }
            return file?["findings"] as? [[String: Any]] ?? []
        }

        func pack(_ name: String) -> String? {
            let file = files.first { ($0["path"] as? String)?.hasSuffix("/" + name) == true }
            return (file?["pack"] as? [String: Any])?["id"] as? String
        }
    }

    static func check(_ arguments: [String]) throws -> Report {
        let result = try Binary.run(["check", "--format", "json"] + arguments)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any],
            "\(result.standardError)")
        return Report(
            status: result.status, files: object["files"] as? [[String: Any]] ?? [],
            rollup: object["rollup"] as? [[String: Any]] ?? [])
    }

    /// A county filing written `500112` and its revision written `500112000000`, with a village
    /// of each date: 准入 finds the district in force on each village's date whatever the form.
    @Test func villagesFindTheirDistrictWhateverFormItsCodeIsWrittenIn() throws {
        let report = try Self.check([Self.fixtures + "admission"])
        #expect(report.status == 1)
        #expect(report.findings("yubei-district-2023.yaml").isEmpty)
        #expect(report.findings("yubei-district-2024.yaml").isEmpty)
        // 2023: the road-safety task was not yet on the district's lists.
        let early = report.findingObjects("tongjing-village-2023.yaml")
        #expect(early.map { $0["rule_id"] as? String } == ["YB-TASK-ADMISSION"])
        #expect((early.first?["message"] as? String)?.contains("协助开展农村道路交通安全劝导") == true)
        #expect((early.first?["line"] as? Int) == 12)
        // 2024: the revision written 500112000000 lists it; only the unlisted task is reported,
        // which shows the revision was found.
        let late = report.findingObjects("tongjing-village-2024.yaml")
        #expect(late.map { $0["rule_id"] as? String } == ["YB-TASK-ADMISSION"])
        #expect((late.first?["message"] as? String)?.contains("协助准备农村人居环境考核迎检材料") == true)
        // Both district forms and both villages roll up under one region.
        #expect(Set(report.rollup.compactMap { $0["region"] as? String }) == ["500112"])
        #expect(report.rollup.first?["name"] as? String == "重庆市渝北区")
    }

    /// Filings of one region for one date are duplicates whichever forms their codes take;
    /// the same region on another date is its history.
    @Test func duplicatesAreFoundAcrossWrittenForms() throws {
        let report = try Self.check([Self.fixtures + "duplicates"])
        #expect(report.status == 1)
        #expect(report.findings("yubei-district-6.yaml").map(\.rule) == ["filing.duplicate-region"])
        #expect(report.findings("yubei-district-12.yaml").map(\.rule) == ["filing.duplicate-region"])
        #expect(report.findings("anshan-city-4.yaml").map(\.rule) == ["filing.duplicate-region"])
        #expect(report.findings("anshan-city-6.yaml").map(\.rule) == ["filing.duplicate-region"])
        #expect(report.findings("anshan-city-2023.yaml").isEmpty)
        let later = try #require(report.findingObjects("anshan-city-6.yaml").first)
        #expect((later["message"] as? String)?.hasPrefix("区划代码 210300（即 2103）和基准日期 2024-07-01 与 ") == true)
        #expect((later["hint"] as? String)?.contains("210300 与 2103 是同一地区") == true)
        #expect(later["line"] as? Int == 4)
        // 2103, 210300 and 210300000000 are one roll-up region.
        #expect(Set(report.rollup.compactMap { $0["region"] as? String }) == ["2103", "500112"])
    }

    @Test func levelsThatDisagreeWithTheirCodeAreInputErrors() throws {
        let report = try Self.check([Self.fixtures + "level-mismatch"])
        #expect(report.status == 2)
        for (name, says) in [
            ("village-declared-county.yaml", "是村级代码"), ("city-declared-village.yaml", "是市级代码"),
            ("county-declared-village.yaml", "是县级代码"),
        ] {
            let findings = report.findingObjects(name)
            #expect(findings.map { $0["rule_id"] as? String } == ["schema.value"], "\(name)")
            #expect(findings.first?["path"] as? String == "region.level", "\(name)")
            #expect(findings.first?["line"] as? Int == 6, "\(name)")
            #expect((findings.first?["message"] as? String)?.contains(says) == true, "\(name)")
        }
        let county = try #require(report.findingObjects("village-declared-county.yaml").first)
        #expect((county["hint"] as? String)?.contains("县级代码写 6 位（210302）或 12 位（210302000000）") == true)
        // The 12-digit county code agrees with its level; the 6-digit code declared village
        // (read as 210302 by its digits) is no duplicate of it until its level is corrected.
        #expect(report.findings("county-twelve-digits.yaml").isEmpty)
    }

    /// `pack: cn` on a Yubei filing: an error at the key, and the Yubei rules run anyway.
    @Test func thePackKeyCannotLoosenTheLaw() throws {
        let report = try Self.check([Self.fixtures + "pack-key"])
        #expect(report.status == 1)
        let findings = report.findings("yubei-district-names-cn.yaml")
        #expect(findings.map(\.rule) == ["filing.pack-mismatch", "YB-CERT-COUNT"])
        #expect(findings.first?.line == 9)
        #expect(report.pack("yubei-district-names-cn.yaml") == "cn/chongqing/yubei")
        let mismatch = try #require(report.findingObjects("yubei-district-names-cn.yaml").first)
        #expect(mismatch["severity"] as? String == "error")
        #expect(mismatch["path"] as? String == "pack")
        #expect((mismatch["message"] as? String)?.contains("规则包 cn（全国）不适用于区划代码 500112000000") == true)
        // A filing that names the pack its code chooses is fine.
        #expect(report.findings("tiedong-village-names-its-pack.yaml").isEmpty)
        #expect(report.pack("tiedong-village-names-its-pack.yaml") == "cn/liaoning/anshan")
    }

    /// 鄞州区, 旌阳区 and 巴南区 have no pack of their own: checked by the national pack, told
    /// so in an info finding, and not refused.
    @Test func regionsWithoutALocalPackAreCheckedByTheNationalPack() throws {
        let yinzhou = try Self.check([Self.fixtures + "no-local-pack/yinzhou-district.yaml"])
        #expect(yinzhou.status == 0)
        #expect(yinzhou.pack("yinzhou-district.yaml") == "cn")
        let info = try #require(yinzhou.findingObjects("yinzhou-district.yaml").first)
        #expect(yinzhou.findings("yinzhou-district.yaml").map(\.rule) == ["filing.no-local-pack"])
        #expect(info["severity"] as? String == "info")
        #expect(info["topic"] as? String == "filing.no-local-pack")
        #expect(info["path"] as? String == "region.code")
        #expect(
            (info["message"] as? String)?.contains("330212（浙江省宁波市鄞州区）没有省级、市级、县级的地方规则包，已按规则包 cn（全国）检查")
                == true)

        let all = try Self.check([Self.fixtures + "no-local-pack"])
        #expect(all.status == 1)
        #expect(all.findings("jingyang-county.yaml").map(\.rule) == ["filing.no-local-pack"])
        // National law still reaches the village of 巴南区.
        #expect(
            all.findings("banan-village.yaml").map(\.rule) == [
                "filing.no-local-pack", "CN-TASK-DEPLOYMENT-UNCHECKED", "CN-NEGATIVE-CONFLICT",
            ])
        #expect(Set(all.rollup.compactMap { $0["region"] as? String }) == ["330212", "500113", "510603"])

        // `--pack` still chooses the pack for such a region, without the info.
        let named = try Self.check(["--pack", "cn/liaoning", Self.fixtures + "no-local-pack/yinzhou-district.yaml"])
        #expect(named.pack("yinzhou-district.yaml") == "cn/liaoning")
        #expect(!named.findings("yinzhou-district.yaml").contains { $0.rule == "filing.no-local-pack" })
    }

    /// The HTML report groups findings by the same key as the roll-up: villages under their
    /// county, whatever the form of its code; each file keeps its code as written and its name.
    @Test func theHTMLReportGroupsByTheCanonicalKey() throws {
        let result = try Binary.run(["check", "--format", "html", Self.fixtures + "admission"])
        #expect(result.status == 1)
        let data = try HTMLReportData(page: result.standardOutput)
        #expect(Array(data.regionNames.keys) == ["500112"])
        #expect(Set(data.fileRegions.values) == ["500112"])
        let files = data.table("files")
        #expect(files.contains { $0[1] as? String == "500112000000" && $0[2] as? String == "重庆市渝北区" })
        #expect(files.contains { $0[1] as? String == "500112104201" && $0[2] as? String == "重庆市渝北区统景镇某村" })
    }
}
