import Foundation
import QingdanTestSupport
import Testing

@Suite struct OtherCommandTests {
    @Test func explainShowsTheRuleItsPolicyAndItsExamples() throws {
        let result = try Binary.run(["explain", "YB-CERT-COUNT"])
        #expect(result.status == 0)
        #expect(Golden.mismatch(result.standardOutput, name: "explain-YB-CERT-COUNT.txt") == nil)
    }

    @Test func explainTakesIDsInAnyCase() throws {
        let lower = try Binary.run(["explain", "yb-cert-count"])
        #expect(lower.status == 0)
        #expect(lower.standardOutput.hasPrefix("YB-CERT-COUNT  保留的证明事项不超过 7 项\n"))
        let upper = try Binary.run(["explain", "YAML.SYNTAX"])
        #expect(upper.status == 0)
        #expect(upper.standardOutput.hasPrefix("yaml.syntax  文件不是格式正确的 YAML\n"))
    }

    /// Every code a drafter can meet is explained, and no explanation names a file that only the
    /// repository has (the installed binary's user has none of Rules/ or Docs/).
    @Test func explainCoversEveryBuiltInCode() throws {
        let listing = try Binary.run(["explain", "--codes"])
        #expect(listing.status == 0)
        #expect(!listing.standardOutput.contains("（没有说明）"))
        let codes = listing.standardOutput.split(separator: "\n").map { String($0.prefix { $0 != " " }) }
        for expected in [
            "yaml.syntax", "yaml.full-width-colon", "yaml.tab-indent", "input.unreadable", "schema.type",
            "schema.value", "filing.no-local-pack", "filing.duplicate-region", "waiver.unused", "waiver.schema",
        ] {
            #expect(codes.contains(expected), "\(expected)")
        }
        for code in codes {
            let result = try Binary.run(["explain", code])
            #expect(result.status == 0, "\(code)")
            #expect(result.standardOutput.contains("怎么改："), "\(code)")
            #expect(!result.standardOutput.contains("Rules/") && !result.standardOutput.contains("Docs/"), "\(code)")
        }
    }

    @Test func explainingABuiltInRulePrintsNoRepositoryPath() throws {
        let result = try Binary.run(["explain", "CN-CERT-BANNED"])
        #expect(result.status == 0)
        #expect(!result.standardOutput.contains("Rules/"))
        #expect(result.standardOutput.contains("定义：内置规则包 cn 第 "))
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
