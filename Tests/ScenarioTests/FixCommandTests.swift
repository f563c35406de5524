import Foundation
import QingdanTestSupport
import Testing

/// `qingdan fix` and `check --fix` on the built binary (issue 14): only the fixed characters
/// change, the file is replaced atomically with its permissions and links kept, and a file
/// whose fixed text would not parse, or that is not UTF-8, is left alone.
@Suite struct FixCommandTests {
    static let before = "Tests/Filings/Fixes/village-before.yaml"

    static func folder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("qingdan-fix-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    static func bytes(_ path: String) throws -> [UInt8] { Array(try Data(contentsOf: URL(fileURLWithPath: path))) }

    /// The ranges where `a` and `b` differ, as (prefix, suffix) lengths of the common ends of
    /// each line pair: lines that did not change must be byte-identical.
    static func changedLines(_ a: [UInt8], _ b: [UInt8]) -> [Int] {
        let old = a.split(separator: 0x0A, omittingEmptySubsequences: false)
        let new = b.split(separator: 0x0A, omittingEmptySubsequences: false)
        guard old.count == new.count else { return [-1] }
        return old.indices.filter { !old[$0].elementsEqual(new[$0]) }.map { $0 + 1 }
    }

    @Test func fixChangesOnlyTheFixedCharactersAndChecksAgain() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/下畈村.yaml"
        // CRLF line ends must survive, as must comments, quotes and flow mappings.
        let original = try Self.bytes(Repository.path(Self.before)).flatMap { $0 == 0x0A ? [0x0D, 0x0A] : [$0] }
        _ = FileManager.default.createFile(atPath: path, contents: Data(original))
        chmod(path, 0o640)

        let result = try Binary.run(["fix", "--no-progress", "--color", "never", path])
        #expect(result.status == 0, "\(result.standardOutput)\n\(result.standardError)")
        #expect(result.standardError.contains("已修正 \(path)：4 处"))
        #expect(result.standardError.contains("第 17 行 [CN-NAME-ABBREVIATION] 写全称：「下畈村村委会」改为「下畈村村民委员会」"))
        #expect(result.standardError.contains("共修正 1 个文件中的 4 处问题"))
        #expect(result.standardOutput.contains("✓"), "the check after fixing finds nothing: \(result.standardOutput)")

        let fixed = try Self.bytes(path)
        #expect(Self.changedLines(original, fixed) == [17, 20, 26, 32])
        let text = String(decoding: fixed, as: UTF8.self)
        #expect(text.contains("    - name: 下畈村村民委员会            # 村民委员会，按县里通知写  # expect: CN-NAME-ABBREVIATION\r\n"))
        #expect(text.contains("    - name: 宁海县桃源街道下畈村股份经济合作社            # expect: CN-NAME-SCRIPT\r\n"))
        #expect(text.contains("    - {name: 老年活动室, kind: other}            # expect: CN-NAME-SCRIPT"))
        #expect(
            text.components(separatedBy: "\r\n").count
                == String(decoding: original, as: UTF8.self).components(separatedBy: "\r\n").count)
        var info = stat()
        stat(path, &info)
        #expect(info.st_mode & 0o777 == 0o640)
        let left = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(left == ["下畈村.yaml"], "no temporary file is left behind: \(left)")

        let again = try Binary.run(["fix", "--no-progress", path])
        #expect(again.status == 0)
        #expect(again.standardError.contains("没有可以自动修正的问题"))
        #expect(try Self.bytes(path) == fixed)
    }

    @Test func diffShowsTheFixesAsAPatchAndWritesNothing() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/filing.yaml"
        let original = try Self.bytes(Repository.path(Self.before))
        _ = FileManager.default.createFile(atPath: path, contents: Data(original))

        let result = try Binary.run(["fix", "--diff", path])
        #expect(result.status == 1)
        #expect(try Self.bytes(path) == original)
        #expect(result.standardOutput.hasPrefix("--- a/\(path)\n+++ b/\(path)\n@@ -14,19 +14,19 @@\n"))
        #expect(
            result.standardOutput.contains(
                "-    - name: 下畈村黨群服務中心            # expect: CN-NAME-SCRIPT\n+    - name: 下畈村党群服务中心            # expect: CN-NAME-SCRIPT\n"
            ))
        #expect(result.standardError.contains("共 1 个文件中的 4 处问题可以自动修正；没有写入文件"))

        // The diff is what `fix` writes: patch(1) applied to a copy gives the fixed file.
        let patched = folder + "/patched.yaml"
        _ = FileManager.default.createFile(atPath: patched, contents: Data(original))
        _ = FileManager.default.createFile(atPath: folder + "/p.diff", contents: Data(result.standardOutput.utf8))
        let applied = try Binary.shell("patch -s \(patched) < p.diff", in: folder)
        #expect(applied.status == 0, "\(applied.standardError)")
        _ = try Binary.run(["fix", path])
        #expect(try Self.bytes(patched) == Self.bytes(path))
    }

    @Test func checkFixReportsInTheChosenFormat() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/filing.yaml"
        try FileManager.default.copyItem(atPath: Repository.path(Self.before), toPath: path)
        let result = try Binary.run(["check", "--fix", "--format", "json", path])
        #expect(result.status == 0, "\(result.standardError)")
        let report = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        #expect((report?["summary"] as? [String: Any])?["errors"] as? Int == 0)
        #expect(result.standardError.contains("已修正"))
    }

    @Test func aLinkedFilingIsFixedThroughItsLink() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(atPath: Repository.path(Self.before), toPath: folder + "/real.yaml")
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.yaml", withDestinationPath: "real.yaml")
        let result = try Binary.run(["fix", folder + "/link.yaml"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/link.yaml") == "real.yaml")
        #expect(try String(contentsOfFile: folder + "/real.yaml", encoding: .utf8).contains("下畈村党群服务中心"))
    }

    @Test func aFileThatIsNotUTF8IsLeftAlone() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/gbk.yaml"
        let converted = try Binary.shell(
            "iconv -f UTF-8 -t GB18030 '\(Repository.path(Self.before))' > gbk.yaml", in: folder)
        #expect(converted.status == 0)
        let gbk = try Data(contentsOf: URL(fileURLWithPath: path))
        let result = try Binary.run(["fix", "--encoding", "gb18030", path])
        #expect(result.status == 1)
        #expect(result.standardError.contains("文件不是 UTF-8 编码，没有修正"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == gbk)
    }

    @Test func aFileThatDoesNotParseIsNotTouched() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/broken.yaml"
        let text = try Repository.read(Self.before) + "facility: [building_area_m2: 300\n"
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        let result = try Binary.run(["fix", path])
        #expect(result.status == 2)
        #expect(
            try Repository.read(Self.before) + "facility: [building_area_m2: 300\n"
                == String(contentsOfFile: path, encoding: .utf8))
    }

    /// A hand-typed village filing with the slips a red team found "fixed" wrongly: the fix
    /// must leave them for a person.
    static func village(_ lines: String) -> String {
        """
        qingdan: 1
        region:
          code: "500112104201"
          name: 重庆市渝北区某镇江口村
          level: village
        as_of: 2024-03-01
        signboards:
          inside:
        \(lines)
        """
    }

    @Test func uncertainFixesAreNotOffered() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/filing.yaml"
        // A full-width colon whose value would read otherwise once mended: a comment, a block
        // indicator, null, a flow list, a cut at ` #`.
        for value in ["#3 服务站", "|", ">", "~", "null", "[便民服务大厅]", "服务站 #3", "*a"] {
            let text = Self.village("    - kind: other\n      name：\(value)\n")
            _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
            let result = try Binary.run(["fix", "--diff", path])
            #expect(!result.standardOutput.contains("+      name:"), "\(value): \(result.standardOutput)")
        }
        // 委員會 is 委员会 (the Party committee's name), not the short form 村委 + 員會.
        let committee = Self.village("    - {name: 中國共產黨江口村委員會, kind: other}\n")
        _ = FileManager.default.createFile(atPath: path, contents: Data(committee.utf8))
        let checked = try Binary.run(["check", path])
        #expect(!checked.standardOutput.contains("CN-NAME-ABBREVIATION"), "\(checked.standardOutput)")
        let fixed = try Binary.run(["fix", path])
        #expect(fixed.status == 0, "\(fixed.standardError)")
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("{name: 中国共产党江口村委员会, kind: other}"))
    }

    @Test func aFileNamedTwiceOrThroughLinksIsFixedOnce() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(atPath: Repository.path(Self.before), toPath: folder + "/a.yaml")
        try FileManager.default.createSymbolicLink(atPath: folder + "/l1.yaml", withDestinationPath: "a.yaml")
        try FileManager.default.createSymbolicLink(atPath: folder + "/l2.yaml", withDestinationPath: "a.yaml")
        let names = ["a.yaml", "l1.yaml", "l2.yaml"].map { folder + "/" + $0 }
        let diff = try Binary.run(["fix", "--diff"] + names)
        #expect(diff.standardOutput.components(separatedBy: "+++ b/").count == 2, "\(diff.standardOutput)")
        let result = try Binary.run(["fix"] + names)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(!result.standardError.contains("被改动"))
    }

    @Test func diffFailsOnWhatIsNotAReadableFiling() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = FileManager.default.createFile(atPath: folder + "/broken.yaml", contents: Data("a: [1\n".utf8))
        let result = try Binary.run(["fix", "--diff", folder + "/broken.yaml"])
        #expect(result.status == 2, "\(result.standardError)")
        #expect(result.standardError.contains("无法读取或不是正确的申报文件"))
    }

    @Test func hardLinkedAndReadOnlyFilesAreNotReplaced() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let original = try Self.bytes(Repository.path(Self.before))
        _ = FileManager.default.createFile(atPath: folder + "/a.yaml", contents: Data(original))
        link(folder + "/a.yaml", folder + "/b.yaml")
        let linked = try Binary.run(["fix", folder + "/a.yaml"])
        #expect(linked.status == 2)
        #expect(linked.standardError.contains("硬链接"), "\(linked.standardError)")
        #expect(try Self.bytes(folder + "/a.yaml") == original)
        unlink(folder + "/b.yaml")
        chmod(folder + "/a.yaml", 0o444)
        let readOnly = try Binary.run(["fix", folder + "/a.yaml"])
        #expect(readOnly.status == 2)
        #expect(readOnly.standardError.contains("只读"), "\(readOnly.standardError)")
        #expect(try Self.bytes(folder + "/a.yaml") == original)
    }
}
