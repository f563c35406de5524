import Foundation
import QingdanTestSupport
import Testing

/// A broken baseline or waiver file stops the run (exit 2) with its own stable code, located in
/// that file, and a hostile one is refused before it costs memory.
@Suite struct BaselineAndWaiverFileTests {
    static let filing = "Examples/yubei/district.yaml"

    static func firstLine(_ result: Binary.Result) throws -> String {
        try #require(result.standardError.split(separator: "\n").first.map(String.init))
    }

    @Test(arguments: [
        ("{\"format\": \"qingdan-report\", \"version\": 1}\n", "baseline.schema", 1, "不是 Qingdan 基线文件"),
        ("{\"format\": \"qingdan-baseline\", \"version\": 1, \"findings\": [\n  {\"a\": 1\n", "baseline.syntax", 3, ""),
        (
            "{\"format\": \"qingdan-baseline\",\n \"version\": 1,\n \"findings\": []}\n\u{FEFF}", "baseline.syntax", 4,
            "文件中间有字节顺序标记"
        ),
    ])
    func brokenBaselineHasItsOwnCode(text: String, code: String, line: Int, message: String) throws {
        let path = FileManager.temporaryFile(text, suffix: ".json")
        let result = try Binary.run(["check", "--baseline", path, Self.filing], bounds: .hostile)
        #expect(result.status == 2)
        let first = try Self.firstLine(result)
        #expect(first.hasPrefix("\(path):\(line):"), "\(first)")
        #expect(first.contains("error [\(code)] \(message)"), "\(first)")
        #expect(!result.standardError.contains("pack.schema"))
        #expect(result.standardError.contains("  建议："))
        #expect(result.standardError.contains("qingdan: 基线文件有 1 处错误，未做检查"))
    }

    @Test(arguments: [
        (
            "qingdan-waivers: 1\nwaivers:\n  - files: [a.yaml]\n    rules: [YB-CERT-COUNT]\n    reason: x\n",
            "waiver.schema", 3, "approver"
        ),
        ("qingdan-waivers: 1\nwaivers:\n  - files: [a.yaml]\n\trules: [x]\n", "waiver.syntax", 4, "Tab"),
        (
            "qingdan-waivers: 1\nwaivers:\n  - {files: [a.yaml], rules: [YB-CERT-CONT], reason: x, approver: 区政府, document: 文1}\n",
            "waiver.schema", 3, "YB-CERT-CONT"
        ),
    ])
    func brokenWaiverFileHasItsOwnCode(text: String, code: String, line: Int, message: String) throws {
        let path = FileManager.temporaryFile(text)
        let result = try Binary.run(["check", "--waivers", path, Self.filing], bounds: .hostile)
        #expect(result.status == 2)
        let first = try Self.firstLine(result)
        #expect(first.hasPrefix("\(path):\(line):"), "\(first)")
        #expect(first.contains("error [\(code)] "), "\(first)")
        #expect(first.contains(message), "\(first)")
        #expect(!result.standardError.contains("pack.schema"))
    }

    /// A 90 MB baseline of well-formed findings: refused by its size, within the hostile bounds.
    @Test func hugeBaselineIsRefusedBeforeItCostsMemory() throws {
        let entry =
            "    {\"fingerprint\": \"0123456789abcdef\", \"rule_id\": \"YB-CERT-COUNT\", \"file\": \"f.yaml\"},\n"
        let count = 90 * (1 << 20) / entry.utf8.count + 1
        let text =
            "{\"format\": \"qingdan-baseline\", \"version\": 1, \"findings\": [\n"
            + String(repeating: entry, count: count) + "    {}\n]}\n"
        let path = FileManager.temporaryFile(text, suffix: ".json")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try Binary.run(["check", "--baseline", path, Self.filing], bounds: .hostile)
        #expect(result.status == 2)
        let first = try Self.firstLine(result)
        #expect(first.hasPrefix("\(path):1:1:"), "\(first)")
        #expect(first.contains("error [baseline.limit] 基线文件超出上限"), "\(first)")
    }

    /// Under the size limit but made of tiny values: refused by the count of values.
    @Test func baselineOfTinyValuesIsRefusedByItsNodeCount() throws {
        let text =
            "{\"format\": \"qingdan-baseline\", \"version\": 1, \"findings\": [\n"
            + String(repeating: "1,", count: 5_000_000) + "1]}\n"
        let path = FileManager.temporaryFile(text, suffix: ".json")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try Binary.run(["check", "--baseline", path, Self.filing], bounds: .hostile)
        #expect(result.status == 2)
        #expect(try Self.firstLine(result).contains("error [baseline.limit] "), "\(result.standardError)")
    }

    @Test func hugeWaiverFileIsRefused() throws {
        let text = "qingdan-waivers: 1\nwaivers: []\n" + String(repeating: "# 注释\n", count: 1_000_000)
        let path = FileManager.temporaryFile(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try Binary.run(["check", "--waivers", path, Self.filing], bounds: .hostile)
        #expect(result.status == 2)
        #expect(try Self.firstLine(result).contains("error [waiver.limit] 豁免文件超出上限"), "\(result.standardError)")
    }
}
