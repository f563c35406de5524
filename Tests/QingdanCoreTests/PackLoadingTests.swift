import QingdanCore
import QingdanPluginAPI
import QingdanTestSupport
import Testing

/// A pack with one rule; `check`, `basis` and `examples` can be replaced to break it.
private func pack(
    id: String = "t", extends: String? = nil, ruleID: String = "T-RULE", topic: String = "list.count",
    check: String = "kind: list.count\n      list: lists.assistance\n      max: 2",
    document: String = "doc", message: String = "{title}有 {count} 项",
    examples: String? = nil, extra: String = "", authority: String = "county"
) -> String {
    let defaultExamples = """
              fail:
                - lists: {assistance: [{name: a}, {name: b}, {name: c}]}
              pass:
                - lists: {assistance: [{name: a}]}
        """
    return """
        qingdan-pack: 1
        id: \(id)
        version: "1"
        title: 测试
        \(extends.map { "extends: \($0)" } ?? "")
        documents:
          doc-\(id.replacingOccurrences(of: "/", with: "-")):
            title: 测试文件
            level: \(authority)
            status: in-force
        rules:
          - id: \(ruleID)
            title: 测试规则
            topic: \(topic)
            severity: error
            effective: {from: 2000-01-01}
            basis:
              document: \(document == "doc" ? "doc-\(id.replacingOccurrences(of: "/", with: "-"))" : document)
              section: 第一条
              quote: 协助事项不超过两项
              status: verified
            check:
              \(check)
            message: "\(message)"
        \(extra)
            examples:
        \(examples ?? defaultExamples)
        """
}

private func problems(_ files: [(id: String, text: String)]) -> [PackProblem] {
    switch TestPacks.load(files) {
    case .success: return []
    case .failure(let failure): return failure.problems
    }
}

@Suite struct PackLoadingTests {
    @Test func aRuleWithoutItsStartingDayDoesNotLoad() throws {
        let undated = pack().replacingOccurrences(of: "    effective: {from: 2000-01-01}\n", with: "")
        let found = problems([("t", undated)])
        #expect(found.contains { $0.code == .schema && $0.message.contains("effective") })
    }

    @Test func aDraftCitedAsInForceDoesNotLoad() throws {
        let draft = pack().replacingOccurrences(of: "title: 测试文件", with: "title: 某市《关于某事的通知（征求意见稿）》")
        let found = problems([("t", draft)])
        #expect(found.map(\.code) == [.citation])
        #expect(found.first?.message.contains("征求意见稿") == true)
        #expect(found.first?.hint.contains("status: draft") == true)
    }

    @Test func aRuleMayNotStartBeforeItsDocument() throws {
        let early = pack().replacingOccurrences(
            of: "status: in-force\n", with: "status: in-force\n    issued: 2022-08-22\n")
        let found = problems([("t", early)])
        #expect(found.map(\.code) == [.citation])
        #expect(found.first?.message.contains("早于所引文件的发布日期 2022-08-22") == true)
    }

    @Test func aWellFormedPackLoads() throws {
        let library = try TestPacks.load([("t", pack())]).get()
        #expect(library.pack(id: "t")?.rules.map(\.id) == ["T-RULE"])
    }

    @Test func misspeltOptionIsReportedWithTheIntendedOne() throws {
        let found = problems([("t", pack(check: "kind: list.count\n      list: lists.assistance\n      maxx: 2"))])
        let problem = try #require(found.first { $0.code == .option })
        #expect(problem.message.contains("检查类型 list.count 不支持选项「maxx」；是否想写「max」？"))
        #expect(problem.file == "t.yaml")
        #expect(problem.location.line == 25)
    }

    @Test func unknownCheckKindSuggestsOne() throws {
        let found = problems([("t", pack(check: "kind: list.cont\n      list: lists.assistance"))])
        #expect(found.map(\.code) == [.unknownKind])
        #expect(found[0].hint == "是否想写「list.count」？")
    }

    @Test func optionValuesAreTyped() {
        let found = problems([("t", pack(check: "kind: list.count\n      list: lists.assistance\n      max: 两项"))])
        #expect(found.map(\.code) == [.option])
    }

    @Test func filingPathsInOptionsAreChecked() throws {
        let found = problems([("t", pack(check: "kind: list.count\n      list: lists.asistance\n      max: 2"))])
        let problem = try #require(found.first)
        #expect(problem.code == .option)
        #expect(problem.hint == "是否想写「lists.assistance」？")
    }

    @Test func citedDocumentMustBeDeclared() throws {
        let found = problems([("t", pack(document: "nowhere"))])
        #expect(found.map(\.code) == [.citation])
    }

    @Test func ruleWithoutAQuoteDoesNotLoad() {
        let text = pack().replacingOccurrences(of: "      quote: 协助事项不超过两项\n", with: "")
        let found = problems([("t", text)])
        #expect(found.map(\.code) == [.citation])
        #expect(found[0].message.contains("quote"))
    }

    @Test func ruleWithoutAPassingExampleDoesNotLoad() {
        let found = problems([
            (
                "t",
                pack(
                    examples: """
                              fail:
                                - lists: {assistance: [{name: a}, {name: b}, {name: c}]}
                              pass: []
                        """)
            )
        ])
        #expect(found.map(\.code) == [.example])
    }

    @Test func examplesMustBeValidFilingFragments() {
        let found = problems([
            (
                "t",
                pack(
                    examples: """
                              fail:
                                - lists: {assistence: [{name: a}]}
                              pass:
                                - lists: {assistance: [{name: a}]}
                        """)
            )
        ])
        #expect(found.map(\.code) == [.example])
        #expect(found[0].hint == "是否想写「assistance」？")
    }

    @Test func messagePlaceholdersMustBeProvidedByTheKind() {
        let found = problems([("t", pack(message: "{title}有 {coutn} 项"))])
        #expect(found.map(\.code) == [.template])
        #expect(found[0].hint == "是否想写「count」？")
    }

    @Test func topicsComeFromTheFixedVocabulary() {
        let found = problems([("t", pack(topic: "list.counts"))])
        #expect(found.map(\.code) == [.schema])
        #expect(found[0].hint == "是否想写「list.count」？")
    }

    @Test func packIDMustMatchItsPlace() {
        let found = problems([("a/b", pack(id: "a/c"))])
        #expect(found.map(\.code) == [.idMismatch])
    }

    @Test func extendsMustNameAPack() {
        let found = problems([("t", pack(extends: "cm"))])
        #expect(found.map(\.code) == [.notFound])
    }

    @Test func extendsCyclesAreReported() {
        let found = problems([
            ("a", pack(id: "a", extends: "b", ruleID: "A-R")),
            ("b", pack(id: "b", extends: "a", ruleID: "B-R")),
        ])
        #expect(found.contains { $0.code == .extendsCycle })
    }

    @Test func ruleIDsAreUniqueAcrossPacks() throws {
        let found = problems([("a", pack(id: "a")), ("a/b", pack(id: "a/b", extends: "a"))])
        let problem = try #require(found.first)
        #expect(problem.code == .duplicateRule)
        #expect(problem.related?.file == "a.yaml")
    }

    @Test func replacingARuleRemovesItFromTheChild() throws {
        let library = try TestPacks.load([
            ("a", pack(id: "a", ruleID: "A-COUNT")),
            ("a/b", pack(id: "a/b", extends: "a", ruleID: "B-COUNT", extra: "    replaces: A-COUNT")),
        ]).get()
        #expect(library.pack(id: "a/b")?.rules.map(\.id) == ["B-COUNT"])
        #expect(library.pack(id: "a")?.rules.map(\.id) == ["A-COUNT"])
    }

    @Test func replacingWithAnotherKindIsAnError() {
        let found = problems([
            ("a", pack(id: "a", ruleID: "A-COUNT")),
            (
                "a/b",
                pack(
                    id: "a/b", extends: "a", ruleID: "B-FIELDS",
                    check: "kind: items.fields\n      lists: [lists.assistance]\n      fields: [funding]",
                    message: "{item}", extra: "    replaces: A-COUNT")
            ),
        ])
        #expect(found.map(\.code) == [.loosening])
    }

    @Test func everyProblemIsReportedAtOnce() {
        let found = problems([
            (
                "t",
                pack(
                    check: "kind: list.count\n      list: lists.assistance\n      maxx: 2",
                    document: "nowhere", message: "{nope}")
            )
        ])
        #expect(Set(found.map(\.code)) == [.option, .citation])
    }
}
