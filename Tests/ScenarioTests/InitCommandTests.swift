import Foundation
import QingdanTestSupport
import Testing

/// `qingdan init` as a drafter runs it (issue 14): it writes a starter next to them, never over
/// a file, never waits for an answer when no terminal is there to give one, and what it writes
/// is what `check` then reads.
@Suite struct InitCommandTests {
    static func folder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("qingdan-init-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    @Test func writesAStarterThatCheckReadsAndRefusesToOverwriteIt() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let first = try Binary.shell("\"$QINGDAN\" init --region 500112104201 </dev/null", in: folder)
        #expect(first.status == 0, "\(first.standardError)")
        #expect(first.standardOutput.hasPrefix("已生成 filing.yaml：村级申报，规则包 cn/chongqing/yubei（重庆市渝北区）"))
        #expect(first.standardOutput.contains("  qingdan check filing.yaml\n"))
        let written = try String(contentsOfFile: folder + "/filing.yaml", encoding: .utf8)
        #expect(written.hasPrefix("# yaml-language-server: $schema=https://"))
        #expect(written.contains("  code: \"500112104201\"\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["filing.yaml"])

        // Unfilled, it is not a filing yet: every placeholder is reported, and nothing else.
        let check = try Binary.shell("\"$QINGDAN\" check --format json filing.yaml", in: folder)
        #expect(check.status == 2)
        let report = try JSONSerialization.jsonObject(with: Data(check.standardOutput.utf8)) as? [String: Any]
        let files = report?["files"] as? [[String: Any]]
        let codes = Set((files?.first?["findings"] as? [[String: Any]])?.compactMap { $0["rule_id"] as? String } ?? [])
        #expect(codes.contains("schema.empty-value"))
        #expect(codes.subtracting(["schema.empty-value", "YB-TASK-ADMISSION-UNCHECKED"]).isEmpty, "\(codes)")

        let again = try Binary.shell("\"$QINGDAN\" init --region 500112 </dev/null", in: folder)
        #expect(again.status == 2)
        #expect(again.standardOutput.isEmpty)
        #expect(again.standardError.contains("[init.file-exists] 文件 filing.yaml 已经存在，没有改动它"))
        #expect(again.standardError.contains("建议：换一个文件名，如 qingdan init filing-2.yaml"))
        #expect(try String(contentsOfFile: folder + "/filing.yaml", encoding: .utf8) == written)
    }

    @Test func withoutATerminalItAsksNothing() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // Standard input a pipe whose writer stays open for 30 seconds: a prompt would wait for it.
        let started = Date()
        let result = try Binary.shell(
            """
            mkfifo input
            sleep 30 > input &
            writer=$!
            "$QINGDAN" init 村级申报.yaml < input
            status=$?
            kill $writer
            rm input
            exit $status
            """, in: folder)
        #expect(Date().timeIntervalSince(started) < 20)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.isEmpty)
        #expect(result.standardOutput.hasPrefix("已生成 村级申报.yaml：村级申报，规则包 cn（全国）"))
        let written = try String(contentsOfFile: folder + "/村级申报.yaml", encoding: .utf8)
        #expect(written.contains("  level: village\n"))
        #expect(written.contains("  code: \"请填写：村级写 12 位统计用区划代码\"\n"))
    }

    @Test func aFolderGetsTheDefaultNameAndAPackNamedIsWritten() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/申报", withIntermediateDirectories: true)
        let result = try Binary.shell(
            "\"$QINGDAN\" init --pack cn/liaoning/anshan --level 村 申报 </dev/null", in: folder)
        #expect(result.status == 0, "\(result.standardError)")
        let written = try String(contentsOfFile: folder + "/申报/filing.yaml", encoding: .utf8)
        #expect(written.contains("\npack: cn/liaoning/anshan\n"))
        #expect(written.contains("  code: \"请填写：村级写 12 位统计用区划代码，以 2103 开头\"\n"))
        #expect(written.contains("\nfacility:\n"))
    }

    @Test(arguments: [
        (["--region", "50011"], "[init.region] 区划代码「50011」不是 2、4、6、9 或 12 位数字"),
        (["--region", "500112", "--level", "village"], "[init.region] 区划代码 500112 只有 6 位"),
        (["--pack", "cn", "--region", "500112104201"], "[init.pack-mismatch] 规则包 cn（全国）不适用于区划代码 500112104201"),
        (["--level", "乡村"], "[init.level] 层级「乡村」不是可用的层级"),
        (["--pack", "cn/chongqing/yubie"], "[init.unknown-pack] 没有名为「cn/chongqing/yubie」的规则包"),
    ])
    func refusesWhatCheckWouldNotAccept(arguments: [String], message: String) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let words = arguments.map { "'\($0)'" }.joined(separator: " ")
        let result = try Binary.shell("\"$QINGDAN\" init \(words) </dev/null", in: folder)
        #expect(result.status == 2)
        #expect(result.standardError.contains(message), "\(result.standardError)")
        #expect(result.standardError.contains("  建议："))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }
}
