import Foundation
import QingdanCore
import QingdanTestSupport
import QingdanYAML
import Testing

@testable import QingdanKit

/// The walker reports what it cannot read instead of skipping it. Root reads every directory
/// whatever its mode, so the failures are injected here as the system would return them; the
/// scenario tests cover the real ones root meets too (looping links, links through a file) and,
/// where root can drop its capabilities, a directory with mode 000.
@Suite struct InputSelectionFailureTests {
    static func tree() throws -> String {
        let root = NSTemporaryDirectory() + "qingdan-walk-\(UUID().uuidString)"
        for folder in ["a", "b", "c"] {
            try FileManager.default.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
            FileManager.default.createFile(atPath: root + "/\(folder)/f.yaml", contents: Data("x: 1\n".utf8))
        }
        return root
    }

    static func walk(_ root: String, failing: @escaping @Sendable (String, Bool) -> Int32?) -> [InputSelection.Selected]
    {
        var selection = InputSelection(paths: [root])
        selection.injectedFailure = failing
        var seen: [InputSelection.Selected] = []
        selection.forEachFile { seen.append($0) }
        return seen
    }

    @Test func aDirectoryThatCannotBeListedIsYieldedWithItsReason() throws {
        let root = try Self.tree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let seen = Self.walk(root) { directory, listing in listing && directory.hasSuffix("/b") ? EACCES : nil }
        #expect(seen.map(\.path) == [root + "/a/f.yaml", root + "/b", root + "/c/f.yaml"])
        let problem = try #require(seen[1].problem)
        #expect(problem.code == .unreadable)
        #expect(problem.message == "无法读取目录：权限不足，其中的申报文件没有检查")
        #expect(problem.hint.contains("--exclude"))
        #expect(seen[0].problem == nil && seen[2].problem == nil)
    }

    @Test func aDirectoryThatVanishesMidWalkIsYieldedWithItsReason() throws {
        let root = try Self.tree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let seen = Self.walk(root) { directory, listing in !listing && directory.hasSuffix("/c") ? ENOENT : nil }
        #expect(seen.map(\.path) == [root + "/a/f.yaml", root + "/b/f.yaml", root + "/c"])
        #expect(seen[2].problem?.message == "目录在检查过程中无法访问（文件或目录不存在），其中的申报文件没有检查")
    }

    @Test func anUnreadableTopLevelDirectoryIsYieldedToo() throws {
        let root = try Self.tree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let seen = Self.walk(root) { directory, listing in listing && directory == root ? EIO : nil }
        #expect(seen.map(\.path) == [root])
        #expect(seen.first?.problem?.message == "无法读取目录：磁盘读写出错，其中的申报文件没有检查")
    }

    @Test func theRunnerReportsItAsAnInputError() throws {
        let root = try Self.tree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        var selection = InputSelection(paths: [root])
        selection.injectedFailure = { directory, listing in listing && directory.hasSuffix("/b") ? EACCES : nil }
        let runner = BatchRunner(checker: TestPacks.checker(), jobs: 2, showProgress: false)
        var outputs: [BatchRunner.Output] = []
        let (summary, counts) = try runner.run(selection, outputs: &outputs)
        #expect(summary.files == 3)
        #expect(summary.exitStatus(failLevel: .error) == 2)
        #expect(counts == [3])
    }

    @Test func packFoldersReportWhatTheyCannotRead() throws {
        let root = try Self.tree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createSymbolicLink(atPath: root + "/loop", withDestinationPath: "loop")
        try FileManager.default.createSymbolicLink(atPath: root + "/gone", withDestinationPath: "nowhere")
        let listing = FileSystem.files(under: root)
        #expect(listing.files == ["a/f.yaml", "b/f.yaml", "c/f.yaml", "gone"])
        #expect(listing.unreadable.map(\.path) == [root + "/loop"])
        #expect(listing.unreadable.first?.failure == SystemFailure(number: ELOOP))
    }
}
