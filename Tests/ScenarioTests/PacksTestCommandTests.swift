import Foundation
import QingdanTestSupport
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// `qingdan packs test` and `qingdan packs lint`: CI for a repository of packs, run as a user would.
@Suite struct PacksTestCommandTests {
    static let wrongExample = "Tests/Fixtures/packs-test/wrong-example"
    static let broken = "Tests/Fixtures/packs-test/broken"

    @Test func bundledPacksPassAndLintClean() throws {
        let result = try Binary.run(["packs", "test"])
        #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n")
        let rules = TestPacks.bundled.allRules
        #expect(lines.count == rules.count + 1)
        #expect(lines.allSatisfy { $0.hasPrefix("✓ ") })
        for rule in rules { #expect(result.standardOutput.contains("] \(rule.id) \(rule.title)（")) }
        let examples = rules.reduce(0) { $0 + $1.examples.count }
        #expect(lines.last == "✓ 测试了 \(TestPacks.bundled.ids.count) 个规则包的 \(rules.count) 条规则、\(examples) 个示例，全部通过")

        let lint = try Binary.run(["packs", "lint"])
        #expect(lint.status == 0)
        #expect(lint.standardOutput == "✓ \(TestPacks.bundled.ids.count) 个规则包、\(rules.count) 条规则，没有发现错误\n")
    }

    @Test func aFailingExampleThatDoesNotFailIsNamed() throws {
        let result = try Binary.run(["packs", "test", "--rules", Self.wrongExample])
        #expect(result.status == 1)
        #expect(result.standardError.isEmpty)
        #expect(result.standardOutput.contains("✗ [cn] CN-NEGATIVE-INVESTMENT 村级组织不作为招商引资的责任主体"))
        #expect(result.standardOutput.contains("\(Self.wrongExample)/cn.yaml:69:11: fail 示例 2：应当报告问题，规则却没有报告"))
        #expect(Golden.mismatch(result.standardOutput, path: "Tests/Fixtures/packs-test/wrong-example.txt") == nil)

        let json = try Binary.run(["packs", "test", "--rules", Self.wrongExample, "--format", "json"])
        #expect(json.status == 1)
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        #expect(report["format"] as? String == "qingdan-pack-test")
        let summary = try #require(report["summary"] as? [String: Int])
        #expect(summary == ["packs": 1, "rules": 2, "failed_rules": 1, "examples": 5, "failed_examples": 1])
        let packs = try #require(report["packs"] as? [[String: Any]])
        let rules = try #require(packs.first?["rules"] as? [[String: Any]])
        let failed = rules.filter { $0["passed"] as? Bool == false }
        #expect(failed.map { $0["id"] as? String } == ["CN-NEGATIVE-INVESTMENT"])
        let examples = try #require(failed.first?["examples"] as? [[String: Any]])
        let failing = examples.filter { $0["passed"] as? Bool == false }
        #expect(failing.count == 1)
        #expect(failing.first?["expect"] as? String == "fail")
        #expect(failing.first?["number"] as? Int == 2)
        #expect(failing.first?["line"] as? Int == 69)
    }

    @Test func brokenPacksStopTheTestsAndLintReportsEveryProblem() throws {
        let test = try Binary.run(["packs", "test", "--rules", Self.broken])
        #expect(test.status == 2)
        #expect(test.standardOutput.isEmpty)
        #expect(test.standardError.hasPrefix("\(Self.broken)/cn.yaml:27:13: error [pack.unknown-kind] "))
        #expect(test.standardError.hasSuffix("qingdan: 规则包有 2 处错误，未运行示例\n"))

        let lint = try Binary.run(["packs", "lint", "--rules", Self.broken])
        #expect(lint.status == 1)
        #expect(lint.standardOutput.contains("\(Self.broken)/cn.yaml:27:13: error [pack.unknown-kind] "))
        #expect(lint.standardOutput.contains("\(Self.broken)/cn.yaml:62:14: error [pack.template] "))
        #expect(lint.standardOutput.contains("  建议：是否想写「items.categories」？"))
        #expect(Golden.mismatch(lint.standardOutput, path: "Tests/Fixtures/packs-test/broken-lint.txt") == nil)

        let json = try Binary.run(["packs", "lint", "--rules", Self.broken, "--format", "json"])
        #expect(json.status == 1)
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let problems = try #require(report["problems"] as? [[String: Any]])
        #expect(problems.map { $0["code"] as? String } == ["pack.unknown-kind", "pack.template"])
        #expect(problems.map { "\($0["line"] ?? ""):\($0["column"] ?? "")" } == ["27:13", "62:14"])
        #expect(problems.allSatisfy { ($0["hint"] as? String)?.isEmpty == false })
    }

    @Test func junitHasOneSuitePerPackAndOneCasePerExample() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "qingdan-packs-\(UUID().uuidString).xml"
        ).path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try Binary.run(["packs", "test", "--rules", Self.wrongExample, "--report", "junit:\(path)"])
        #expect(result.status == 1)
        let wrong = try JUnitCounts(data: try Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(wrong.suites == ["cn"])
        #expect(wrong.cases == 5)
        #expect(wrong.failedCases == ["CN-NEGATIVE-INVESTMENT fail 示例 2"])
        #expect(wrong.declaredFailures == 1 && wrong.declaredTests == 5)

        let bundled = try Binary.run(["packs", "test", "--format", "junit"])
        #expect(bundled.status == 0)
        let counts = try JUnitCounts(data: Data(bundled.standardOutput.utf8))
        #expect(counts.suites == TestPacks.bundled.ids)
        #expect(counts.cases == TestPacks.bundled.allRules.reduce(0) { $0 + $1.examples.count })
        #expect(counts.failedCases.isEmpty && counts.declaredFailures == 0 && counts.declaredTests == counts.cases)
    }

    @Test func aMalformedReportIsAUsageError() throws {
        let result = try Binary.run(["packs", "test", "--report", "sarif:out.sarif"])
        #expect(result.status == 2)
        #expect(
            result.standardError.contains(
                "错误：「sarif:out.sarif」不是 --report <format:path> 可用的值，可用：text:文件、json:文件、junit:文件"))
    }
}

/// What a JUnit file holds, read with Foundation's XML parser (which refuses malformed XML).
private final class JUnitCounts: NSObject, XMLParserDelegate {
    var suites: [String] = []
    var cases = 0
    var failedCases: [String] = []
    var declaredTests = 0
    var declaredFailures = 0
    private var currentCase = ""

    init(data: Data) throws {
        super.init()
        let parser = XMLParser(data: data)
        parser.delegate = self
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.coderReadCorrupt) }
    }

    func parser(
        _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch element {
        case "testsuites":
            declaredTests = Int(attributes["tests"] ?? "") ?? -1
            declaredFailures = Int(attributes["failures"] ?? "") ?? -1
        case "testsuite": suites.append(attributes["name"] ?? "")
        case "testcase":
            cases += 1
            currentCase = "\(attributes["classname"] ?? "") \(attributes["name"] ?? "")"
        case "failure": failedCases.append(currentCase)
        default: break
        }
    }
}
