import QingdanCore
import QingdanPluginAPI
import QingdanTestSupport
import Testing

/// A parent pack limiting outside signboards to 6, and a child that replaces the rule.
private func packs(
    childCheck: String = "max: 8", childAuthority: String = "county", childSeverity: String = "error",
    childLevels: String = "[village]"
) -> [(id: String, text: String)] {
    func pack(
        id: String, extends: String?, ruleID: String, authority: String, check: String, severity: String,
        levels: String, replaces: String?
    ) -> String {
        """
        qingdan-pack: 1
        id: \(id)
        version: "1"
        title: \(id)
        \(extends.map { "extends: \($0)" } ?? "")
        documents:
          doc-\(id.replacingOccurrences(of: "/", with: "-")): {title: \(id) 的文件, level: \(authority), status: in-force}
        rules:
          - id: \(ruleID)
            title: 外部标牌上限
            topic: signboard.outside.count
            severity: \(severity)
            effective: {from: 2000-01-01}
            levels: \(levels)
            \(replaces.map { "replaces: \($0)" } ?? "")
            basis: {document: doc-\(id.replacingOccurrences(of: "/", with: "-")), section: 一, quote: 外部标牌不超过若干块, status: verified}
            check:
              kind: list.count
              list: signboards.outside
              \(check)
            message: "{count}"
            examples:
              fail: [{signboards: {outside: [{name: a, kind: other}, {name: b, kind: other}, {name: c, kind: other}, {name: d, kind: other}, {name: e, kind: other}, {name: f, kind: other}, {name: g, kind: other}, {name: h, kind: other}, {name: i, kind: other}]}}]
              pass: [{signboards: {outside: [{name: a, kind: other}]}}]
        """
    }
    return [
        (
            "city",
            pack(
                id: "city", extends: nil, ruleID: "CITY-OUTSIDE", authority: "city", check: "max: 6",
                severity: "error", levels: "[village]", replaces: nil)
        ),
        (
            "city/district",
            pack(
                id: "city/district", extends: "city", ruleID: "DISTRICT-OUTSIDE", authority: childAuthority,
                check: childCheck, severity: childSeverity, levels: childLevels, replaces: "CITY-OUTSIDE")
        ),
    ]
}

private func problems(_ files: [(id: String, text: String)]) -> [PackProblem] {
    if case .failure(let failure) = TestPacks.load(files) { return failure.problems }
    return []
}

@Suite struct InheritanceTests {
    @Test func raisingAParentLimitIsAPackErrorNamingBothPlaces() throws {
        let found = problems(packs(childCheck: "max: 8"))
        let problem = try #require(found.first)
        #expect(found.count == 1)
        #expect(problem.code == .loosening)
        #expect(problem.file == "city/district.yaml")
        #expect(problem.location.line == 20)
        #expect(problem.message.contains("把 max 从 6 改为 8"))
        #expect(problem.message.contains("CITY-OUTSIDE"))
        #expect(problem.related?.file == "city.yaml")
        #expect(problem.related?.location.line == 20)
    }

    @Test func tighteningIsAllowedAndReplacesTheParentRule() throws {
        let library = try TestPacks.load(packs(childCheck: "max: 5")).get()
        #expect(library.pack(id: "city/district")?.rules.map(\.id) == ["DISTRICT-OUTSIDE"])
    }

    @Test func aHigherAuthorityMayLoosen() throws {
        _ = try TestPacks.load(packs(childCheck: "max: 8", childAuthority: "national")).get()
    }

    @Test func droppingALimitIsLoosening() {
        #expect(problems(packs(childCheck: "min: 1")).map(\.code) == [.loosening])
    }

    @Test func loweringTheSeverityIsLoosening() {
        let found = problems(packs(childCheck: "max: 6", childSeverity: "warning"))
        #expect(found.map(\.code) == [.loosening])
        #expect(found.first?.message.contains("error 降为 warning") == true)
    }

    @Test func judgingFewerLevelsIsLoosening() {
        #expect(problems(packs(childCheck: "max: 6", childLevels: "[city]")).map(\.code) == [.loosening])
        #expect(problems(packs(childCheck: "max: 6", childLevels: "[village, city]")).isEmpty)
    }

    @Test func bundledChildrenOnlyTighten() {
        // The bundled packs load, so every replacing rule in them passed the same check.
        let replacing = TestPacks.bundled.allRules.filter { $0.replaces != nil }
        #expect(
            replacing.map(\.id).sorted() == [
                "HC-TASK-ADMISSION", "HC-TASK-ADMISSION-UNCHECKED", "NC-TASK-PURCHASE-UNCHECKED", "YB-CERT-FIELDS",
                "YB-NEGATIVE-CONFLICT", "YB-TASK-ADMISSION",
                "YB-TASK-ADMISSION-UNCHECKED",
            ])
    }
}
