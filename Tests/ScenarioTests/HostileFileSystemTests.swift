import Foundation
import QingdanTestSupport
import Testing

/// Hostile places and invocations (issue 12): a named pipe, a symbolic link back up the tree,
/// absurd `--jobs`. Each run is bounded in memory and CPU
/// time, so a hang or a runaway walk fails the test instead of the suite.
@Suite struct HostileFileSystemTests {
    static func folder(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("qingdan-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func aNamedPipeIsReportedAsUnreadableNotWaitedOn() throws {
        let folder = try Self.folder("fifo")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(
            atPath: Repository.path("Examples/yubei/district.yaml"),
            toPath: folder.appendingPathComponent("district.yaml").path)
        let pipe = folder.appendingPathComponent("pipe.yaml").path
        #expect(mkfifo(pipe, 0o600) == 0)
        for arguments in [["check", folder.path], ["check", pipe]] {
            let result = try Binary.run(arguments, bounds: .hostile)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.standardOutput.contains("pipe.yaml:1:1: error [input.unreadable] 这不是普通文件（是管道、设备或套接字），无法检查"))
        }
        let rules = try Self.folder("fifo-rules")
        defer { try? FileManager.default.removeItem(at: rules) }
        #expect(mkfifo(rules.appendingPathComponent("cn.yaml").path, 0o600) == 0)
        let packs = try Binary.run(["packs", "lint", "--rules", rules.path], bounds: .hostile)
        #expect(packs.status != 0)
    }

    @Test func aLinkBackUpTheTreeIsWalkedOnce() throws {
        let folder = try Self.folder("loop")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(
            atPath: Repository.path("Examples/yubei/district.yaml"),
            toPath: folder.appendingPathComponent("district.yaml").path)
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("self").path, withDestinationPath: ".")
        let sub = folder.appendingPathComponent("sub")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: sub.appendingPathComponent("up").path, withDestinationPath: "..")
        let result = try Binary.run(["check", folder.path], bounds: .hostile)
        #expect(result.status == 0, "\(result.standardOutput)")
        #expect(result.standardOutput.contains("检查了 1 个文件"))
        #expect(!result.standardOutput.contains("filing.duplicate-region"))
    }

    @Test(arguments: [("-1", "--jobs 至少为 1（写了 -1）"), ("0", "--jobs 至少为 1（写了 0）"), ("99999999999", "--jobs 最多为 256")])
    func absurdJobsAreRefused(jobs: String, says: String) throws {
        let result = try Binary.run(["check", "--jobs", jobs, "Examples/yubei/district.yaml"], bounds: .hostile)
        #expect(result.status == 2)
        #expect(result.standardError.contains(says))
    }
}
