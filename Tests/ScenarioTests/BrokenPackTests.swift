import Foundation
import QingdanTestSupport
import Testing

/// One way to break the bundled packs: an edit to one file of a copy of `Rules/`, and the problem
/// that stops the run, reported at the edited line.
struct PackBreakage: CustomTestStringConvertible, Sendable {
    let name: String
    let file: String
    let original: String
    let replacement: String
    let code: String
    /// Text on the line the problem is reported at, in the edited file.
    let lineContaining: String
    var messageContains = ""

    var testDescription: String { name }
}

@Suite struct BrokenPackTests {
    static let breakages: [PackBreakage] = [
        PackBreakage(
            name: "unknown check kind", file: "cn.yaml", original: "kind: items.fields",
            replacement: "kind: items.feilds", code: "pack.unknown-kind", lineContaining: "items.feilds",
            messageContains: "items.feilds"),
        PackBreakage(
            name: "bad option", file: "cn.yaml", original: "      fields: [basis]",
            replacement: "      fields: [basis, colour]", code: "pack.option", lineContaining: "colour",
            messageContains: "colour"),
        PackBreakage(
            name: "extends cycle", file: "cn.yaml", original: "id: cn\n",
            replacement: "id: cn\nextends: cn/chongqing/yubei\n", code: "pack.extends-cycle",
            lineContaining: "extends: cn/chongqing/yubei", messageContains: "cn → cn/chongqing/yubei → cn"),
        PackBreakage(
            name: "extends leaves the rule root", file: "cn/chongqing/yubei.yaml", original: "extends: cn\n",
            replacement: "extends: ../../../etc/passwd\n", code: "pack.schema",
            lineContaining: "extends: ../", messageContains: "../../../etc/passwd"),
        PackBreakage(
            name: "document source leaves the rule root", file: "cn/chongqing/yubei.yaml",
            original: "source: sources/000_2456933c8b36eff8.txt",
            replacement: "source: sources/../../../../etc/passwd", code: "pack.schema",
            lineContaining: "etc/passwd"),
        PackBreakage(
            name: "citation without its quote", file: "cn/chongqing/yubei.yaml",
            original: "      quote: 建立村级组织依法自治事项清单、依法协助政府工作事项清单、负面事项清单、依法出具证明事项清单“四张清单”制度\n",
            replacement: "", code: "pack.citation", lineContaining: "document: yubei-access",
            messageContains: "quote"),
        PackBreakage(
            name: "rule without a citation", file: "cn/chongqing/yubei.yaml",
            original: "    basis:\n      document: yubei-access\n      section: 导语\n",
            replacement: "    notes:\n      document: yubei-access\n      section: 导语\n", code: "pack.schema",
            lineContaining: "notes:"),
        PackBreakage(
            name: "tab in a pack", file: "cn/chongqing/yubei.yaml", original: "title: 重庆市渝北区\n",
            replacement: "title: 重庆市渝北区\n\tbad: tab\n", code: "pack.syntax", lineContaining: "\tbad"),
        PackBreakage(
            name: "pack effective ends before it begins", file: "cn/liaoning/anshan.yaml",
            original: "effective:\n  from: 2022-10-23\n",
            replacement: "effective:\n  from: 2022-10-23\n  until: 2021-01-01\n", code: "pack.dates",
            lineContaining: "until: 2021-01-01", messageContains: "2022-10-23 晚于 effective.until 2021-01-01"),
        PackBreakage(
            name: "rule effective ends before it begins", file: "cn/liaoning/anshan.yaml",
            original: "      from: 2022-10-23\n      status: unverified\n",
            replacement: "      from: 2022-10-23\n      until: 2022-10-22\n      status: unverified\n",
            code: "pack.dates",
            lineContaining: "until: 2022-10-22", messageContains: "规则的有效期 effective.from 2022-10-23 晚于"),
        PackBreakage(
            name: "national rule effective ends before it begins", file: "cn.yaml",
            original: "      from: 2022-08-22\n", replacement: "      from: 2022-08-22\n      until: 2020-01-01\n",
            code: "pack.dates", lineContaining: "until: 2020-01-01", messageContains: "没有一天有效"),
        PackBreakage(
            name: "rule ends before its pack begins", file: "cn/liaoning/anshan.yaml",
            original: "      from: 2022-10-23\n      status: unverified\n",
            replacement: "      from: 2021-01-01\n      until: 2021-06-30\n      status: unverified\n",
            code: "pack.dates",
            lineContaining: "until: 2021-06-30", messageContains: "没有重叠"),
        PackBreakage(
            name: "rule begins after its pack ends", file: "cn/liaoning/anshan.yaml",
            original: "effective:\n  from: 2022-10-23\n",
            replacement: "effective:\n  from: 2022-01-01\n  until: 2022-06-30\n", code: "pack.dates",
            lineContaining: "      from: 2022-10-23", messageContains: "没有重叠"),
        PackBreakage(
            name: "alias in a pack", file: "cn/chongqing/yubei.yaml", original: "title: 重庆市渝北区\n",
            replacement: "title: &t 重庆市渝北区\n", code: "pack.syntax", lineContaining: "&t"),
    ]

    @Test(arguments: breakages)
    func brokenPackStopsTheRunAtItsLine(_ breakage: PackBreakage) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "qingdan-broken-\(UUID().uuidString)")
        try FileManager.default.copyItem(atPath: Repository.path("Rules"), toPath: directory.path)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent(breakage.file)
        let original = try String(contentsOf: file, encoding: .utf8)
        let range = try #require(original.range(of: breakage.original), "\(breakage.original) not in \(breakage.file)")
        let edited = original.replacingCharacters(in: range, with: breakage.replacement)
        try edited.write(to: file, atomically: true, encoding: .utf8)
        let line =
            try #require(edited.components(separatedBy: "\n").firstIndex { $0.contains(breakage.lineContaining) }) + 1

        let result = try Binary.run(
            ["check", "--rules", directory.path, "Examples/yubei/district.yaml"], bounds: .hostile)
        #expect(result.status == 2)
        #expect(result.standardOutput.isEmpty)
        let first = try #require(result.standardError.split(separator: "\n").first.map(String.init))
        let prefix = "\(file.path):\(line):"
        #expect(first.hasPrefix(prefix), "\(first) does not start with \(prefix)")
        #expect(first.contains(": error [\(breakage.code)] "), "\(first)")
        #expect(breakage.messageContains.isEmpty || first.contains(breakage.messageContains), "\(first)")
        #expect(result.standardError.contains("  建议："))
    }
}

/// `--rules` pointing at a place that holds no pack: the problem names the place, exit 2.
@Suite struct EmptyRulesDirectoryTests {
    static func run(_ directory: String) throws -> Binary.Result {
        try Binary.run(["check", "--rules", directory, "Examples/yubei/district.yaml"], bounds: .hostile)
    }

    static func temporaryDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "qingdan-rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    @Test func anEmptyFolderIsNamed() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try Self.run(directory.path)
        #expect(result.status == 2)
        let first = try #require(result.standardError.split(separator: "\n").first.map(String.init))
        #expect(first.hasPrefix("\(directory.path):"), "\(first)")
        #expect(first.contains("[pack.not-found] 规则包目录「\(directory.path)」中没有任何文件"), "\(first)")
        #expect(result.standardError.contains("  建议："))
    }

    @Test func aFolderOfOtherFilesIsNamed() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try "qingdan-pack: 1\n".write(to: directory.appendingPathComponent("cn.yml"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(
            at: directory.appendingPathComponent("sources"), withIntermediateDirectories: true)
        try "原文".write(to: directory.appendingPathComponent("sources/a.txt"), atomically: true, encoding: .utf8)
        let result = try Self.run(directory.path)
        #expect(result.status == 2)
        let first = try #require(result.standardError.split(separator: "\n").first.map(String.init))
        #expect(first.hasPrefix("\(directory.path):"), "\(first)")
        #expect(first.contains("中没有规则包：找到 1 个文件（「cn.yml」），但没有 .yaml 文件"), "\(first)")
        #expect(result.standardError.contains(".yml 不读取"))
    }

    @Test func aFileIsNotARulesFolder() throws {
        let result = try Self.run(Repository.path("Rules/cn.yaml"))
        #expect(result.status == 2)
        #expect(result.standardError.contains("是文件，不是规则包目录"), "\(result.standardError)")
    }
}
