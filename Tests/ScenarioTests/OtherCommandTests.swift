import Foundation
import QingdanTestSupport
import Testing

@Suite struct OtherCommandTests {
    @Test func explainShowsTheRuleItsPolicyAndItsExamples() throws {
        let result = try Binary.run(["explain", "YB-CERT-COUNT"])
        #expect(result.status == 0)
        #expect(Golden.mismatch(result.standardOutput, name: "explain-YB-CERT-COUNT.txt") == nil)
    }

    @Test func explainSuggestsAnID() throws {
        let result = try Binary.run(["explain", "YB-CERT-CONT"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("是否想写「YB-CERT-COUNT」？"))
    }

    @Test func packsListShowsTheTree() throws {
        let result = try Binary.run(["packs", "list"])
        #expect(result.status == 0)
        #expect(Golden.mismatch(result.standardOutput, name: "packs-list.txt") == nil)
    }

    @Test func brokenPacksStopEverythingWithTheirPlace() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "qingdan-broken-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var text = try Repository.read("Rules/cn.yaml")
        text = text.replacingOccurrences(of: "      fields: [basis]", with: "      feilds: [basis]")
        try text.write(to: directory.appendingPathComponent("cn.yaml"), atomically: true, encoding: .utf8)
        let result = try Binary.run(["check", "--rules", directory.path, "Examples/yubei/district.yaml"])
        #expect(result.status == 2)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.contains("cn.yaml:"))
        #expect(result.standardError.contains("检查类型 items.fields 不支持选项「feilds」；是否想写「fields」？"))
    }

    @Test func versionIsPrinted() throws {
        let result = try Binary.run(["--version"])
        #expect(result.status == 0)
        #expect(result.standardOutput == "0.1.0\n")
    }
}
