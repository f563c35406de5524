import Foundation
import QingdanTestSupport
import Testing

/// Runs the built binary the way the README tells a user to, and compares what it prints with
/// golden files.
@Suite struct CheckCommandTests {
    @Test func cleanFilingPrintsOneLineAndExitsZero() throws {
        let result = try Binary.run(["check", "Examples/yubei/district.yaml"])
        #expect(result.status == 0)
        #expect(result.standardOutput.split(separator: "\n").count == 1)
        #expect(Golden.mismatch(result.standardOutput, name: "yubei-district.txt") == nil)
    }

    @Test func violationsArePrintedWithTheirPolicyAndExitOne() throws {
        let result = try Binary.run(["check", "Examples/yubei/district-violations.yaml"])
        #expect(result.status == 1)
        #expect(result.standardError.isEmpty)
        #expect(Golden.mismatch(result.standardOutput, name: "yubei-district-violations.txt") == nil)
        let first = try #require(result.standardOutput.split(separator: "\n").first)
        #expect(first.hasPrefix("Examples/yubei/district-violations.yaml:82:7: warning [YB-SELF-COUNT] "))
    }

    @Test func jsonReportIsValidAndVersioned() throws {
        // A fixed "today" (2025-01-01 in Beijing): the summary records it.
        let result = try Binary.run(
            ["check", "--format", "json", "Examples/yubei/district-violations.yaml"],
            environment: ["QINGDAN_NOW_FOR_TESTS": "1735660800"])
        #expect(result.status == 1)
        #expect(Golden.mismatch(result.standardOutput, name: "yubei-district-violations.json") == nil)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(object["format"] as? String == "qingdan-report")
        #expect(object["version"] as? Int == 1)
        let files = try #require(object["files"] as? [[String: Any]])
        let findings = files.flatMap { $0["findings"] as? [[String: Any]] ?? [] }
        #expect(findings.count == 8)
        #expect((object["summary"] as? [String: Any])?["errors"] as? Int == 7)
        for finding in findings {
            for key in ["rule_id", "topic", "severity", "file", "line", "column", "path", "message", "basis"] {
                #expect(finding[key] != nil, "finding lacks \(key)")
            }
            let basis = try #require(finding["basis"] as? [String: Any])
            for key in ["document", "title", "section", "quote", "status"] {
                #expect(basis[key] != nil, "basis lacks \(key)")
            }
        }
    }

    @Test(arguments: [("never", Int32(0)), ("warning", 1), ("error", 1)])
    func failOnChoosesTheExitStatus(level: String, status: Int32) throws {
        let result = try Binary.run(["check", "--fail-on", level, "Examples/yubei/district-violations.yaml"])
        #expect(result.status == status)
    }

    @Test func directoriesAreExpanded() throws {
        let result = try Binary.run(["check", "Examples/yubei"])
        #expect(result.status == 1)
        #expect(
            result.standardOutput.hasSuffix(
                "✗ 检查了 4 个文件，2 个有问题：10 个错误，1 个警告（规则包 cn@1.0 → cn/chongqing/yubei@1.0）\n"))
    }

    @Test func formatMistakesAreInputErrors() throws {
        let result = try Binary.run(["check", "Tests/Fixtures/yubei-typos.yaml"])
        #expect(result.status == 2)
        #expect(Golden.mismatch(result.standardOutput, name: "yubei-typos.txt") == nil)
    }

    @Test func syntaxErrorsNameTheirPlace() throws {
        let result = try Binary.run(["check", "Tests/Fixtures/tab-indent.yaml"])
        #expect(result.status == 2)
        #expect(result.standardOutput.hasPrefix("Tests/Fixtures/tab-indent.yaml:5:1: error [yaml.tab-indent] "))
        #expect(result.standardOutput.contains("Tab"))
    }

    @Test func everyTypingSlipIsReportedInOneRun() throws {
        let result = try Binary.run(["check", "Tests/Fixtures/slips/village-slips.yaml"])
        #expect(result.status == 2)
        let places = result.standardOutput.split(separator: "\n").filter { $0.hasPrefix("Tests/") }.map {
            String($0.split(separator: " ").prefix(3).joined(separator: " "))
        }
        #expect(
            places == [
                "Tests/Fixtures/slips/village-slips.yaml:5:7: error [yaml.full-width-colon]",
                "Tests/Fixtures/slips/village-slips.yaml:7:6: error [yaml.full-width-colon]",
                "Tests/Fixtures/slips/village-slips.yaml:11:11: error [yaml.full-width-colon]",
                "Tests/Fixtures/slips/village-slips.yaml:14:5: error [yaml.full-width-dash]",
                "Tests/Fixtures/slips/village-slips.yaml:20:1: error [yaml.full-width-hash]",
                "Tests/Fixtures/slips/village-slips.yaml:22:13: error [yaml.full-width-colon]",
            ])
        #expect(!result.standardOutput.contains("libyaml"))
        let clean = try Binary.run(["check", "Tests/Fixtures/slips/village-clean-tricky.yaml"])
        #expect(!clean.standardOutput.contains("[yaml."))
    }

    @Test func missingFilesAreUsageErrors() throws {
        let result = try Binary.run(["check", "Examples/nowhere.yaml"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("文件不存在：Examples/nowhere.yaml"))
    }

    @Test func unknownFormatIsAUsageError() throws {
        let result = try Binary.run(["check", "--format", "xml", "Examples/yubei/district.yaml"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("错误：「xml」不是 --format <format> 可用的值，可用："))
        #expect(result.standardError.contains("  - sarif"))
    }

    @Test func unknownFallbackPackIsAUsageError() throws {
        let result = try Binary.run(["check", "--pack", "cn/chongqing/yubie", "Examples/yubei/district.yaml"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("是否想写「cn/chongqing/yubei」？"))
    }

    @Test func aFileSizeLimitBeyondWhatTheTreeCanAddressIsAUsageError() throws {
        let result = try Binary.run(["check", "--max-file-size", "3G", "Examples/yubei/district.yaml"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("--max-file-size 最大为 2147483647 字节"))
    }
}
