import Foundation
import QingdanCore
import QingdanPluginAPI
import QingdanTestSupport
import QingdanYAML
import Testing

private let header = """
    qingdan: 1
    region: {code: "500112", name: 渝北区, level: county}
    as_of: 2023-06-30
    pack: cn/chongqing/yubei
    lists:
      self_governance: [{name: 调解民间纠纷}]
      negative: [{name: 行政执法}, {name: 拆迁拆违}, {name: 环境整治}, {name: 城市管理}, {name: 招商引资}, {name: 协税护税}, {name: 生产安全管理}]
      certificates: [{name: 居住情况证明, basis: 条例, guide: 指南, form_sample: 样表, time_limit: 即时办结, purpose: 申领居住证, process: 申请、核实、出具}]

    """

private func check(_ body: String, waivers: WaiverFile? = nil, baseline: Baseline? = nil, path: String = "f.yaml")
    -> FileReport
{
    let checker = TestPacks.checker(today: "2024-06-30")
    let suppressor = Suppressor(
        waiverFile: waivers, baseline: baseline, today: CivilDate("2024-06-30")!,
        knownRules: checker.knownRuleIDs)
    let settings = Checker.Settings(today: CivilDate("2024-06-30")!, suppressor: suppressor)
    return Checker(library: TestPacks.bundled, settings: settings).check(SourceFile(path: path, text: header + body))
}

@Suite struct InlineWaiverTests {
    @Test func waiverOnTheLineAboveSuppressesTheFinding() throws {
        let report = check(
            """
              assistance:
                # qingdan: allow YB-ASSIST-FUNDING reason="经费由镇级统筹，见渝北府办〔2023〕15号" until=2025-12-31
                - {name: 协助开展社会救助, department: 区民政局}
            """)
        #expect(report.findings.isEmpty, "\(report.findings.map(\.message))")
        let waived = try #require(report.suppressed.first)
        #expect(waived.finding.ruleID == "YB-ASSIST-FUNDING")
        #expect(waived.suppression.kind == .inline)
        #expect(waived.suppression.reason == "经费由镇级统筹，见渝北府办〔2023〕15号")
        #expect(waived.suppression.until == CivilDate("2025-12-31"))
    }

    /// A slip in the wording must not drop the expiry: `untill=` was ignored, so the waiver held
    /// for ever; an unclosed quote swallowed `until`. Both waive nothing now.
    @Test(arguments: [
        #"# qingdan: allow YB-ASSIST-FUNDING reason="经费由镇级统筹" untill=2020-01-01"#,
        #"# qingdan: allow YB-ASSIST-FUNDING reason="经费由镇级统筹 until=2020-01-01"#,
        #"# qingdan: allow YB-ASSIST-FUNDING reason=「经费由镇级统筹 until=2020-01-01"#,
        #"# qingdan: allow YB-ASSIST-FUNDING reason="经费由镇级统筹" approver=区政府"#,
        #"# qingdan: allow YB-ASSIST-FUNDING reason="   ""#,
        #"# qingdan: allow YB-ASSIST-FUNDING reason="经费由镇级统筹" until=2099-01-01 until=2020-01-01"#,
    ])
    func aWaiverWithAWordingSlipWaivesNothing(comment: String) throws {
        let report = check(
            """
              assistance:
                \(comment)
                - {name: 协助开展社会救助, department: 区民政局}
            """)
        #expect(report.suppressed.isEmpty)
        #expect(report.findings.contains { $0.ruleID == "YB-ASSIST-FUNDING" })
        let problem = try #require(report.findings.first { $0.ruleID == "waiver.malformed" })
        #expect(problem.location.line == 10)
    }

    /// Old Mac line ends (a lone CR) are lines to YAML, so to the waiver scan too.
    @Test func aWaiverInAFileWithCarriageReturnLinesApplies() {
        let body = """
              assistance:
                # qingdan: allow YB-ASSIST-FUNDING reason="经费由镇级统筹"
                - {name: 协助开展社会救助, department: 区民政局}

            """
        let report = check(body.replacingOccurrences(of: "\n", with: "\r"))
        #expect(report.suppressed.map(\.finding.ruleID) == ["YB-ASSIST-FUNDING"], "\(report.findings.map(\.message))")
    }

    @Test func trailingCommentWaivesItsOwnLine() {
        let report = check(
            """
              assistance:
                - {name: 协助开展社会救助, department: 区民政局}  # qingdan: allow YB-ASSIST-FUNDING reason=“镇级统筹”
            """)
        #expect(report.findings.isEmpty)
        #expect(report.suppressed.count == 1)
    }

    @Test func aWaiverWithoutAReasonWaivesNothing() {
        let report = check(
            """
              assistance:
                # qingdan: allow YB-ASSIST-FUNDING
                - {name: 协助开展社会救助, department: 区民政局}
            """)
        #expect(Set(report.findings.map(\.ruleID)) == ["waiver.malformed", "YB-ASSIST-FUNDING"])
        #expect(report.findings.first { $0.ruleID == "waiver.malformed" }?.location.line == 10)
        #expect(report.suppressed.isEmpty)
    }

    @Test func blanketWaiversAreFindings() {
        let report = check(
            """
              assistance:
                # qingdan: allow all reason="全部豁免"
                - {name: 协助开展社会救助, department: 区民政局}
            """)
        #expect(Set(report.findings.map(\.ruleID)) == ["waiver.blanket", "YB-ASSIST-FUNDING"])
        #expect(report.findings.first { $0.ruleID == "waiver.blanket" }?.severity == .error)
    }

    @Test func expiredWaiversNoLongerWaive() {
        let report = check(
            """
              assistance:
                # qingdan: allow YB-ASSIST-FUNDING reason="临时" until=2024-01-31
                - {name: 协助开展社会救助, department: 区民政局}
            """)
        #expect(Set(report.findings.map(\.ruleID)) == ["waiver.expired", "YB-ASSIST-FUNDING"])
        #expect(report.findings.first { $0.ruleID == "waiver.expired" }?.severity == .warning)
    }

    @Test func waiversThatWaiveNothingAreReported() {
        let report = check(
            """
              assistance:
                # qingdan: allow YB-ASSIST-FUNDING reason="经费已落实"
                - {name: 协助开展社会救助, department: 区民政局, funding: 区财政}
            """)
        #expect(report.findings.map(\.ruleID) == ["waiver.unused"])
    }

    @Test func unknownRuleIDsGetASuggestion() {
        let report = check(
            """
              assistance:
                # qingdan: allow YB-ASSIST-FUNDNG reason="镇级统筹"
                - {name: 协助开展社会救助, department: 区民政局}
            """)
        let problem = report.findings.first { $0.ruleID == "waiver.malformed" }
        #expect(problem?.hint == "是否想写「YB-ASSIST-FUNDING」？")
    }

    @Test func waiverScanningIgnoresQuotedHashes() throws {
        let waivers = InlineWaiver.scan(
            try YAMLParser.parse(SourceFile(path: "f", text: "a: \"# qingdan: allow X reason=\\\"y\\\"\"\nb: 1\n")))
        #expect(waivers.isEmpty)
    }
}

@Suite struct WaiverFileAndBaselineTests {
    static func waiverFile(_ text: String) throws -> WaiverFile {
        let path = FileManager.temporaryFile(text)
        return try WaiverFile.load(path: path, knownRules: TestPacks.checker().knownRuleIDs).get()
    }

    @Test func waiverFileExemptsWholeFilingsWithApproverAndDocument() throws {
        let waivers = try Self.waiverFile(
            """
            qingdan-waivers: 1
            waivers:
              - files: ["filings/**/*.yaml"]
                rules: [YB-ASSIST-FUNDING]
                reason: 镇级统筹经费
                approver: 渝北区人民政府
                document: 渝北府办〔2023〕15号
                until: 2025-12-31
            """)
        let report = check(
            "  assistance: [{name: 协助开展社会救助, department: 区民政局}]\n", waivers: waivers,
            path: "filings/500112/district.yaml")
        #expect(report.findings.isEmpty)
        #expect(report.suppressed.first?.suppression.document == "渝北府办〔2023〕15号")
        #expect(report.usedWaiverEntries == [0])
        let elsewhere = check(
            "  assistance: [{name: 协助开展社会救助, department: 区民政局}]\n", waivers: waivers, path: "other.yaml")
        #expect(elsewhere.findings.map(\.ruleID) == ["YB-ASSIST-FUNDING"])
    }

    @Test func waiverFileNeedsApproverAndDocument() {
        let path = FileManager.temporaryFile(
            "qingdan-waivers: 1\nwaivers:\n  - files: [a.yaml]\n    rules: [YB-ASSIST-FUNDING]\n    reason: x\n")
        guard case .failure(let failure) = WaiverFile.load(path: path, knownRules: TestPacks.checker().knownRuleIDs)
        else {
            Issue.record("a waiver without approver and document loaded")
            return
        }
        #expect(failure.problems.map(\.message).contains { $0.contains("approver") })
        #expect(failure.problems.map(\.message).contains { $0.contains("document") })
    }

    /// Found by fuzz-suppression (Fuzz/Regressions/suppression/): an entry without `rules`
    /// trapped on a force unwrap after the schema had reported the missing key.
    @Test func waiverWithoutRulesIsAProblemNotACrash() {
        let path = FileManager.temporaryFile(
            "qingdan-waivers: 1\nwaivers:\n  - files: [a.yaml]\n    reason: x\n    approver: 区政府\n    document: 文1\n")
        guard case .failure(let failure) = WaiverFile.load(path: path, knownRules: TestPacks.checker().knownRuleIDs)
        else {
            Issue.record("a waiver without rules loaded")
            return
        }
        #expect(failure.problems.map(\.message).contains { $0.contains("rules") })
    }

    @Test func unusedAndExpiredFileWaiversAreReported() throws {
        let waivers = try Self.waiverFile(
            """
            qingdan-waivers: 1
            waivers:
              - {files: [a.yaml], rules: [YB-CERT-COUNT], reason: x, approver: 区政府, document: 文1}
              - {files: [a.yaml], rules: [YB-CERT-COUNT], reason: x, approver: 区政府, document: 文2, until: 2020-01-01}
            """)
        let suppressor = Suppressor(waiverFile: waivers, today: CivilDate("2024-06-30")!, knownRules: [])
        let problems = suppressor.waiverFileProblems(used: [])
        #expect(problems.map(\.ruleID) == ["waiver.unused", "waiver.expired"])
        #expect(problems.map(\.location.line) == [3, 4])
    }

    @Test func baselineSuppressesKnownFindingsAndSurvivesInsertedItems() throws {
        let before = check("  assistance: [{name: 协助开展社会救助, department: 区民政局}]\n")
        #expect(before.findings.count == 1)
        let baseline = Baseline(fingerprints: Set(before.findings.map(\.fingerprint)))
        // An item inserted above and lines added above: the old finding stays in the baseline,
        // the new item's finding is new.
        let after = check(
            "  # 新增注释\n  assistance:\n    - {name: 协助做好优抚安置, department: 区退役军人事务局}\n    - {name: 协助开展社会救助, department: 区民政局}\n",
            baseline: baseline)
        #expect(after.suppressed.map(\.finding.message) == ["协助事项「协助开展社会救助」缺少经费保障（funding）"])
        #expect(after.findings.map(\.message) == ["协助事项「协助做好优抚安置」缺少经费保障（funding）"])
    }

    @Test func baselineFilesRoundTrip() throws {
        let report = check("  assistance: [{name: 协助开展社会救助, department: 区民政局}]\n")
        let path = FileManager.temporaryFile(Baseline.render(report.findings))
        let loaded = try Baseline.load(path: path).get()
        #expect(loaded.fingerprints == Set(report.findings.map(\.fingerprint)))
    }

    @Test func somethingElseIsNotABaseline() {
        let path = FileManager.temporaryFile("{\"format\": \"qingdan-report\"}")
        guard case .failure = Baseline.load(path: path) else {
            Issue.record("a report loaded as a baseline")
            return
        }
    }
}
