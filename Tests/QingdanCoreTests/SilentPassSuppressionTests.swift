import Foundation
import QingdanCore
import QingdanPluginAPI
import QingdanTestSupport
import QingdanYAML
import Testing

/// A 渝北 county filing whose every line 1–9 is clean; tests append to it (line 10 onwards).
private let county = """
    qingdan: 1
    region: {code: "500112", name: 渝北区, level: county}
    as_of: 2023-06-30
    pack: cn/chongqing/yubei
    lists:
      self_governance: [{name: 调解民间纠纷}]
      negative: [{name: 行政执法}, {name: 拆迁拆违}, {name: 环境整治}, {name: 城市管理}, {name: 招商引资}, {name: 协税护税}, {name: 生产安全管理}]
      certificates: [{name: 居住情况证明, basis: 条例, guide: 指南, form_sample: 样表, time_limit: 即时办结, purpose: 申领居住证, process: 申请、核实、出具}]

    """

private func check(_ text: String, waivers: WaiverFile? = nil, baseline: Baseline? = nil) -> FileReport {
    let checker = TestPacks.checker(today: "2024-06-30")
    let suppressor = Suppressor(
        waiverFile: waivers, baseline: baseline, today: CivilDate("2024-06-30")!, knownRules: checker.knownRuleIDs)
    let settings = Checker.Settings(today: CivilDate("2024-06-30")!, suppressor: suppressor)
    return Checker(library: TestPacks.bundled, settings: settings).check(SourceFile(path: "f.yaml", text: text))
}

/// Input and format problems are never waivable (issue: a malformed filing exited 0).
@Suite struct UnwaivableCodeTests {
    /// Every family of input problem, and a made-up code of each family.
    static let codes = [
        "schema.unknown-key", "schema.missing-key", "schema.empty-value", "schema.type", "schema.value",
        "schema.made-up", "yaml.syntax", "yaml.duplicate-key", "input.unreadable", "filing.unknown-pack",
        "filing.no-pack", "filing.no-applicable-rules", "filing.pack-mismatch", "filing.duplicate-region",
        "filing.nothing-to-check",
    ]

    @Test(arguments: codes)
    func anInlineWaiverNamingAnInputCodeIsAFinding(code: String) throws {
        let report = check(county + "  assistance: []\n# qingdan: allow \(code) reason=\"先放行\"\nextra: 1\n")
        let problem = try #require(report.findings.first { $0.ruleID == .waiverUnwaivable })
        #expect(problem.severity == .error)
        #expect(problem.location.line == 10)
        #expect(problem.message == "「\(code)」是输入或格式问题的代码，不能豁免，这条注释不豁免任何问题")
        #expect(problem.hint?.contains("改正申报文件本身") == true)
        // The problem it meant to hide still counts, and still makes the file an input error.
        #expect(report.findings.contains { $0.ruleID == .unknownKey && $0.location.line == 11 })
        #expect(report.suppressed.isEmpty)
        #expect(report.hasInputError)
    }

    @Test func aWaiverNamingARuleAndAnInputCodeWaivesNeither() {
        let report = check(
            county
                + "  assistance:\n    # qingdan: allow YB-ASSIST-FUNDING,schema.unknown-key reason=\"x\"\n"
                + "    - {name: 协助开展社会救助, department: 区民政局, typo: 1}\n")
        #expect(Set(report.findings.map(\.ruleID)) == [.waiverUnwaivable, "YB-ASSIST-FUNDING", .unknownKey])
        #expect(report.suppressed.isEmpty)
    }

    @Test func aLooserPackCannotBeWaivedInto() {
        let text = county.replacingOccurrences(
            of: "pack: cn/chongqing/yubei", with: "pack: cn # qingdan: allow filing.pack-mismatch reason=\"用全国包\"")
        let report = check(text)
        #expect(report.findings.contains { $0.ruleID == .packMismatch })
        #expect(report.findings.contains { $0.ruleID == .waiverUnwaivable && $0.location.line == 4 })
        #expect(report.suppressed.isEmpty)
    }

    @Test func theBaselineNeverHidesAnInputProblem() {
        let text = county + "  assistance: [{name: 协助开展社会救助, department: 区民政局, funding: 区财政}]\nextra: 1\n"
        let before = check(text)
        #expect(before.findings.map(\.ruleID) == [.unknownKey])
        let baseline = Baseline(fingerprints: Set(before.findings.map(\.fingerprint)))
        let after = check(text, baseline: baseline)
        #expect(after.findings.map(\.ruleID) == [.unknownKey])
        #expect(after.suppressed.isEmpty)
        #expect(after.hasInputError)
    }

    /// The waiver file already refused them (its `rules` take rule ids only); kept so.
    @Test(arguments: ["schema.unknown-key", "yaml.syntax", "filing.no-pack", "filing.duplicate-region"])
    func theWaiverFileRefusesInputCodes(code: String) {
        let path = FileManager.temporaryFile(
            """
            qingdan-waivers: 1
            waivers:
              - {files: ["*.yaml"], rules: [\(code)], reason: x, approver: 区政府, document: 文1}
            """)
        guard case .failure(let failure) = WaiverFile.load(path: path, knownRules: TestPacks.checker().knownRuleIDs)
        else {
            Issue.record("a waiver file naming \(code) loaded")
            return
        }
        #expect(failure.problems.contains { $0.message.contains("「\(code)」") && $0.location.line == 3 })
    }

    @Test func ruleIDsAndTheNoLocalPackNoteStayWaivable() {
        #expect(FindingCode("YB-CERT-COUNT").isWaivable)
        #expect(FindingCode.noLocalPack.isWaivable)
        #expect(TestPacks.checker().knownRuleIDs.contains("filing.no-local-pack"))
        #expect(!TestPacks.checker().knownRuleIDs.contains("schema.type"))
        for code in FindingCode.yamlCodes + FindingCode.schemaCodes { #expect(!code.isWaivable, "\(code)") }
    }
}

/// Only real YAML comments are waivers: a `# qingdan:` inside a block or quoted scalar is text.
@Suite struct WaiverCommentPlacementTests {
    static func waivers(_ text: String) throws -> [InlineWaiver] {
        InlineWaiver.scan(try YAMLParser.parse(SourceFile(path: "f.yaml", text: text)))
    }

    /// Text that holds `# qingdan: allow X reason=y` without it being a comment.
    static let notComments = [
        "note: |\n  # qingdan: allow X reason=y\nb: 1\n",
        "note: >\n  text\n  # qingdan: allow X reason=y\nb: 1\n",
        "note: |-\n  text\n  # qingdan: allow X reason=y\nb: 1\n",
        "note: >+\n  a\n\n  # qingdan: allow X reason=y\n\nb: 1\n",
        "note: |2\n   # qingdan: allow X reason=y\nb: 1\n",
        "list:\n  - name: x\n    note: |\n      line\n      # qingdan: allow X reason=y\n  - name: y\n",
        "a: \"first\n  # qingdan: allow X reason=y\n  end\"\nb: 1\n",
        "a: 'first\n  # qingdan: allow X reason=y\n  end'\nb: 1\n",
        "a: \"first\n# qingdan: allow X reason=y\n  end\"\nb: 1\n",
        "name: \"a # qingdan: allow X reason=y\"\n",
        "name: 'a # qingdan: allow X reason=y'\n",
        "a: \"x \\\" # qingdan: allow X reason=y\"\n",
        "a: 'it''s # qingdan: allow X reason=y'\n",
        "\"k # qingdan: allow X reason=y\": v\n",
        "a: {name: \"x # qingdan: allow X reason=y\"}\n",
        "a: [\"x\", 'y # qingdan: allow X reason=y']\n",
        "a: \"# qingdan: allow X reason=\\\"y\\\"\"\nb: 1\n",
    ]

    @Test(arguments: notComments)
    func aDirectiveInsideAScalarIsText(text: String) throws {
        #expect(try Self.waivers(text).isEmpty, "\(text)")
    }

    @Test func aCommentAfterABlockScalarEndsStillCounts() throws {
        let found = try Self.waivers("note: |\n  text\n# qingdan: allow X reason=y\nb: 1\n")
        #expect(found.map(\.targetLine) == [4])
        let indented = try Self.waivers("a:\n  note: |\n    text\n  # qingdan: allow X reason=y\n  b: 1\n")
        #expect(indented.map(\.targetLine) == [5])
    }

    @Test func aCommentOnABlockScalarsIndicatorLineCounts() throws {
        let found = try Self.waivers("note: | # qingdan: allow X reason=y\n  text\n")
        #expect(found.map(\.targetLine) == [1])
        #expect(found.first?.location.column == 9)
    }

    @Test func commentsBesideQuotedTextCount() throws {
        #expect(try Self.waivers("a: \"x # y\" # qingdan: allow X reason=z\n").map(\.targetLine) == [1])
        #expect(try Self.waivers("a: 'x # y' # qingdan: allow X reason=z\n").map(\.targetLine) == [1])
        // An apostrophe in plain text opens no quote.
        #expect(try Self.waivers("a: it's # qingdan: allow X reason=z\n").map(\.targetLine) == [1])
        #expect(try Self.waivers("a: \"x\n  y\" # qingdan: allow X reason=z\n").map(\.targetLine) == [2])
        #expect(try Self.waivers("a: {b: \"x\"}  # qingdan: allow X reason=z\n").map(\.targetLine) == [1])
    }

    @Test func aBlockScalarDirectiveDoesNotWaiveTheNextItem() {
        let report = check(
            county
                + """
                  assistance:
                    - name: 协助做好优抚安置
                      department: 区退役军人事务局
                      funding: 区财政
                      note: |
                        说明
                        # qingdan: allow YB-ASSIST-FUNDING reason="经费由镇级统筹"
                    - {name: 协助开展社会救助, department: 区民政局}

                """)
        #expect(report.findings.map(\.ruleID) == ["YB-ASSIST-FUNDING"])
        #expect(report.suppressed.isEmpty)
    }
}
