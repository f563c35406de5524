import QingdanCore
import QingdanPluginAPI
import QingdanTestSupport
import QingdanYAML
import Testing

/// A filing none of whose sections the rules read used to be reported clean, "19 条规则" and
/// all: now it says that nothing was judged, and the count says how many rules had content.
@Suite struct NothingToCheckTests {
    static let village =
        "qingdan: 1\nregion:\n  code: \"210302001001\"\n  name: 鞍山市铁东区某村\n  level: village\nas_of: 2024-03-01\n"

    static func check(_ text: String) -> FileReport {
        TestPacks.checker().check(SourceFile(path: "f.yaml", text: text))
    }

    @Test func aVillageFilingWithNoSectionsGetsAnInfo() throws {
        let report = Self.check(Self.village)
        let finding = try #require(report.findings.first)
        #expect(report.findings.count == 1)
        #expect(finding.ruleID == .nothingToCheck)
        #expect(finding.severity == .info)
        #expect(finding.location.line == 1)
        #expect(finding.message.hasPrefix("申报中没有规则包 cn/liaoning/anshan 对村级申报检查的任何部分（"))
        #expect(finding.message.contains("signboards（标牌）"))
        #expect(finding.message.contains("tasks（交办村级组织的工作）"))
        #expect(finding.hint == "填写与本地区有关的部分；若确实都没有，核对 region.level 是否写对（现为 village）")
        #expect(report.rulesRun > 0)
        #expect(report.rulesWithContent == 0)
        #expect(!report.hasInputError)
    }

    @Test(arguments: ["signboards: {}\n", "tasks: []\n", "mechanisms: []\nfacility: {}\n"])
    func emptySectionsAreNoContent(_ sections: String) {
        let report = Self.check(Self.village + sections)
        let ids = report.findings.map(\.ruleID)
        // Either the schema calls the empty section out, or nothing was there to check.
        #expect(ids.contains(.nothingToCheck) || ids.contains(.emptyValue), "\(ids)")
    }

    @Test func oneSectionIsSomethingToCheck() {
        let report = Self.check(
            Self.village + "facility:\n  households: 860\n  building_area_m2: 420\n  activity_area_m2: 260\n")
        #expect(!report.findings.contains { $0.ruleID == .nothingToCheck })
        #expect(report.rulesWithContent > 0)
        #expect(report.rulesWithContent < report.rulesRun)
    }

    @Test func aMalformedSectionIsTheSchemasToReport() {
        let report = Self.check(Self.village + "signboards: 5\n")
        #expect(report.findings.map(\.ruleID) == [.wrongType])
    }

    /// Above the village only the count says so: a header-only county filing is how pack choice
    /// is tried out, and the packs that want a county's lists require them.
    @Test func aCountyFilingWithNoSectionsOnlyCountsNoContent() {
        let report = Self.check("qingdan: 1\nregion: {code: \"330212\", name: 鄞州区, level: county}\nas_of: 2023-06-30\n")
        #expect(!report.findings.contains { $0.ruleID == .nothingToCheck })
        #expect(report.rulesRun > 0 && report.rulesWithContent == 0)
    }

    @Test func itCannotBeWaived() {
        let checker = TestPacks.checker()
        let suppressor = Suppressor(today: checker.settings.today, knownRules: checker.knownRuleIDs)
        var settings = checker.settings
        settings.suppressor = suppressor
        let report = Checker(library: checker.library, settings: settings).check(
            SourceFile(path: "f.yaml", text: "# qingdan: allow filing.nothing-to-check reason=\"空表\"\n" + Self.village))
        #expect(report.findings.contains { $0.ruleID == .waiverUnwaivable })
        #expect(report.findings.contains { $0.ruleID == .nothingToCheck })
    }
}
