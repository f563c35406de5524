import Foundation
import QingdanTestSupport
import Testing

/// Filings and places that used to pass without a word (the red team's "silent passes"): each
/// must now be reported, through the built binary.
@Suite struct SilentPassTests {
    static func folder(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("qingdan-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func write(_ text: String, to url: URL) throws {
        try Data(text.utf8).write(to: url)
    }

    // MARK: Waivers

    @Test func anInlineWaiverCannotHideASchemaProblem() throws {
        let folder = try Self.folder("unwaivable")
        defer { try? FileManager.default.removeItem(at: folder) }
        let clean = try Repository.read("Examples/yubei/district.yaml")
        let file = folder.appendingPathComponent("district.yaml")
        try Self.write(clean + "# qingdan: allow schema.unknown-key reason=\"先放行\"\nextra: 1\n", to: file)
        let result = try Binary.run(["check", file.path])
        #expect(result.status == 2, "\(result.standardOutput)")
        #expect(result.standardOutput.contains("error [waiver.unwaivable] 「schema.unknown-key」是输入或格式问题的代码，不能豁免"))
        #expect(result.standardOutput.contains("error [schema.unknown-key] 未知的键「extra」"))
    }

    @Test func aDirectiveInABlockScalarWaivesNothing() throws {
        let folder = try Self.folder("block-waiver")
        defer { try? FileManager.default.removeItem(at: folder) }
        let clean = try Repository.read("Examples/yubei/district.yaml")
        // The last assistance item loses its funding; a "waiver" in the block scalar above it.
        let file = folder.appendingPathComponent("district.yaml")
        let text = clean.replacingOccurrences(
            of: "\n  assistance:",
            with:
                "\n  assistance:\n    - name: 协助做好优抚安置\n      department: 区退役军人事务局\n      funding: 区财政\n      note: |\n        说明\n        # qingdan: allow YB-ASSIST-FUNDING reason=\"经费由镇级统筹\"\n    - {name: 协助开展社会救助, department: 区民政局}"
        )
        #expect(text != clean)
        try Self.write(text, to: file)
        let result = try Binary.run(["check", file.path])
        #expect(result.status == 1, "\(result.standardOutput)")
        #expect(result.standardOutput.contains("[YB-ASSIST-FUNDING] 协助事项「协助开展社会救助」缺少经费保障"))
        #expect(!result.standardOutput.contains("注释豁免"))
    }

    // MARK: The survey's first kilobyte

    /// A village filing of `code` whose `field` value starts `taken` bytes before byte 1024, the
    /// end of what the survey reads first: every place the value can be cut.
    static func straddling(_ field: String, code: String, taken: Int) -> String {
        let region =
            "region:\n  code: \(field == "plain-code" ? code : "\"\(code)\"")\n  name: 鞍山市铁东区某村\n  level: village\n"
        let date = "as_of: 2024-03-01\n"
        let first = "qingdan: 1\n" + (field == "as_of" ? region : date)
        let before = field == "as_of" ? "as_of: " : "region:\n  code: "
        let padding = 1024 - taken - first.utf8.count - before.utf8.count
        let comment = "# " + String(repeating: "x", count: max(0, padding - 3)) + "\n"
        precondition(comment.utf8.count == padding, "padding \(padding)")
        let text =
            first + comment + (field == "as_of" ? date : region) + "# " + String(repeating: "y", count: 300) + "\n"
        let start = first.utf8.count + comment.utf8.count + before.utf8.count
        precondition(start == 1024 - taken)
        return text
    }

    @Test func aDateOrCodeAcrossTheFirstKilobyteStillFindsTheDuplicate() throws {
        let folder = try Self.folder("straddle")
        defer { try? FileManager.default.removeItem(at: folder) }
        var pairs: [(String, Int)] = []
        for taken in -2...12 { pairs.append(("as_of", taken)) }
        for taken in 0...15 { pairs.append(("code", taken)) }
        for taken in 0...13 { pairs.append(("plain-code", taken)) }
        for (index, (field, taken)) in pairs.enumerated() {
            let code = "210302001" + String(format: "%03d", index + 1)
            try Self.write(
                Self.straddling(field, code: code, taken: taken),
                to: folder.appendingPathComponent("\(code)-a.yaml"))
            try Self.write(
                "qingdan: 1\nregion:\n  code: \"\(code)\"\n  name: 鞍山市铁东区某村\n  level: village\nas_of: 2024-03-01\n",
                to: folder.appendingPathComponent("\(code)-b.yaml"))
        }
        let result = try Binary.run(["check", "--format", "json", folder.path])
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let files = try #require(report["files"] as? [[String: Any]])
        #expect(files.count == pairs.count * 2)
        for file in files {
            let path = file["path"] as? String ?? ""
            let ids = (file["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule_id"] as? String }
            #expect(ids.contains("filing.duplicate-region"), "\(path): \(ids)")
        }
    }

    // MARK: Places that cannot be read

    /// Runs the binary as root without the capabilities that let root read anything (so that
    /// `chmod 000` denies it too), or plainly when not root; nil when root cannot drop them.
    static func runDenied(_ arguments: [String]) throws -> (status: Int32, standardOutput: String)? {
        guard getuid() == 0 else {
            let result = try Binary.run(arguments)
            return (result.status, result.standardOutput)
        }
        let setpriv = "/usr/bin/setpriv"
        guard FileManager.default.isExecutableFile(atPath: setpriv) else { return nil }
        let drop = "--bounding-set=-dac_override,-dac_read_search"
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: setpriv)
        probe.arguments = [drop, "/bin/true"]
        try probe.run()
        probe.waitUntilExit()
        guard probe.terminationStatus == 0 else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: setpriv)
        process.arguments = [drop, Binary.path] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: Repository.root)
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment.removeValue(forKey: "QINGDAN_RULES")
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func anUnreadableDirectoryOrFileIsAnInputError() throws {
        let folder = try Self.folder("unreadable")
        defer {
            chmod(folder.appendingPathComponent("locked").path, 0o755)
            try? FileManager.default.removeItem(at: folder)
        }
        let district = try Repository.read("Examples/yubei/district.yaml")
        let locked = folder.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        try Self.write(district, to: locked.appendingPathComponent("district.yaml"))
        try Self.write(district, to: folder.appendingPathComponent("a.yaml"))
        try Self.write(district, to: folder.appendingPathComponent("b.yaml"))
        #expect(chmod(locked.path, 0o000) == 0)
        #expect(chmod(folder.appendingPathComponent("b.yaml").path, 0o000) == 0)
        guard let result = try Self.runDenied(["check", folder.path]) else {
            // Root that cannot drop its capabilities reads everything: nothing to test here
            // (the walker's failure path is tested with injected failures in InputSelectionTests).
            return
        }
        #expect(result.status == 2, "\(result.standardOutput)")
        #expect(result.standardOutput.contains("locked:1:1: error [input.unreadable] 无法读取目录：权限不足，其中的申报文件没有检查"))
        #expect(result.standardOutput.contains("b.yaml:1:1: error [input.unreadable] 无法读取文件：权限不足"))
    }

    /// Links that fail for root too: one that loops, one through a file.
    @Test func aLinkWhoseKindCannotBeToldIsAnInputError() throws {
        let folder = try Self.folder("links")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.write(try Repository.read("Examples/yubei/district.yaml"), to: folder.appendingPathComponent("a.yaml"))
        try Self.write("", to: folder.appendingPathComponent("notes.txt"))
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("loop").path, withDestinationPath: "loop")
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("through-file").path, withDestinationPath: "notes.txt/sub")
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("gone").path, withDestinationPath: "nowhere")
        let result = try Binary.run(["check", folder.path])
        #expect(result.status == 2, "\(result.standardOutput)")
        #expect(result.standardOutput.contains("loop:1:1: error [input.unreadable] 无法判断这是文件还是目录（符号链接层数过多，可能是循环链接）"))
        #expect(result.standardOutput.contains("through-file:1:1: error [input.unreadable] 无法判断这是文件还是目录（路径中有一段不是目录）"))
        // A link to nothing hides nothing, and is not a filing by its name.
        #expect(!result.standardOutput.contains("gone"))
        // Excluded, it is not looked at.
        let excluded = try Binary.run(["check", "--exclude", "loop", "--exclude", "through-file", folder.path])
        #expect(excluded.status == 0, "\(excluded.standardOutput)")
    }

    @Test func aPackFolderWithALoopingLinkStopsTheRun() throws {
        let rules = try Self.folder("rules-loop")
        defer { try? FileManager.default.removeItem(at: rules) }
        try FileManager.default.removeItem(at: rules)
        try FileManager.default.copyItem(atPath: Repository.path("Rules"), toPath: rules.path)
        try FileManager.default.createSymbolicLink(
            atPath: rules.appendingPathComponent("cn/loop").path, withDestinationPath: "loop")
        let lint = try Binary.run(["packs", "lint", "--rules", rules.path])
        #expect(lint.status != 0, "\(lint.standardOutput)\(lint.standardError)")
        #expect(
            (lint.standardOutput + lint.standardError).contains("cn/loop:1:1: error [pack.syntax] 无法读取目录或链接：符号链接层数过多"))
        let check = try Binary.run(["check", "--rules", rules.path, "Examples/yubei/district.yaml"])
        #expect(check.status == 2, "\(check.standardOutput)\(check.standardError)")
        #expect(check.standardError.contains("无法读取目录或链接"))
    }

    // MARK: Nothing to check

    @Test func anEmptyVillageFilingSaysNothingWasChecked() throws {
        let file = FileManager.temporaryFile(
            "qingdan: 1\nregion:\n  code: \"210302001001\"\n  name: 鞍山市铁东区某村\n  level: village\nas_of: 2024-03-01\n")
        let result = try Binary.run(["check", file])
        #expect(result.status == 0)
        #expect(
            result.standardOutput.contains("info [filing.nothing-to-check] 申报中没有规则包 cn/liaoning/anshan 对村级申报检查的任何部分"))
        #expect(result.standardOutput.contains("signboards（标牌）"))
        #expect(result.standardOutput.contains("条规则，其中 0 条有内容可查"))
        #expect(!result.standardOutput.contains("✓"))
        let failing = try Binary.run(["check", "--fail-on", "warning", file])
        #expect(failing.status == 0)
    }
}
