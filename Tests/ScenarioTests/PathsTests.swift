import Foundation
import QingdanTestSupport
import Testing

/// How files are named (issue 12): twenty thousand paths on the command line cost what a folder
/// of them does, a name that is not UTF-8 still names its file, and what is keyed on a path
/// (baseline, waiver file, --exclude) does not depend on how the path is spelled.
@Suite struct PathsTests {
    static func folder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("qingdan-paths-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    /// Argument parsing was quadratic: 20,000 paths took 98 s (a folder of them, 1 s). Bounded
    /// here by CPU time, so a quadratic parse is killed and fails the test.
    @Test func twentyThousandPathsAreParsedInLinearTime() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let text = try String(contentsOfFile: Repository.path("Examples/yubei/district.yaml"), encoding: .utf8)
        var names: [String] = []
        for index in 0..<20_000 {
            let name = "\(folder)/\(index).yaml"
            // A few real filings among stubs: the check itself stays cheap.
            let content =
                index % 1000 == 0
                ? text.replacingOccurrences(of: "2023-06-30", with: "2023-06-\(10 + index / 1000)") : "x\n"
            // Plain system calls: Foundation's String.write takes seconds for 20,000 files.
            let descriptor = open(name, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            #expect(descriptor >= 0)
            _ = content.utf8CString.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count - 1) }
            close(descriptor)
            names.append(name)
        }
        // Options between the paths, and a path right after an option that takes a value.
        let arguments =
            ["check", "--no-progress", "--color", "never"] + names[0..<10_000] + ["--fail-on", "never"]
            + names[10_000...]
        let result = try Binary.run(arguments, bounds: .hostile)
        #expect(result.status == 2, "\(result.standardError.prefix(500))")
        // Each stub has one error, on its line 1: the files in the order reported.
        let reported = result.standardOutput.split(separator: "\n").compactMap { line in
            line.contains(":1:1: error [schema.type]") ? line.split(separator: ":").first : nil
        }
        let stubs = names.enumerated().filter { $0.offset % 1000 != 0 }.map(\.element)
        #expect(reported.count == stubs.count)
        let inOrder = reported.map(String.init) == stubs
        #expect(inOrder, "files are reported in the order given")
        #expect(result.standardOutput.contains("检查了 20000 个文件"))
        // After `--` every argument is a path, however many.
        let terminated = try Binary.run(["check", "--no-progress", "--"] + names, bounds: .hostile)
        #expect(terminated.status == 2)
        #expect(terminated.standardOutput.contains("检查了 20000 个文件"))
    }

    @Test func aNameThatIsNotUTF8StillNamesItsFile() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(
            atPath: Repository.path("Examples/yubei/district-violations.yaml"), toPath: folder + "/source.yaml")
        // 村务 in GBK.
        let script = """
            name=$(printf '\\264\\345\\316\\361.yaml')
            mkdir sub && cp source.yaml "sub/$name" && mv source.yaml "$name"
            $QINGDAN check --no-progress "$name" > by-name.txt; echo "name $?"
            $QINGDAN check --no-progress sub > by-folder.txt; echo "folder $?"
            $QINGDAN check --no-progress --report "json:$(printf '\\264\\345').json" "$name" > /dev/null; echo "report $?"
            ls
            """
        let result = try Binary.shell(script, in: folder)
        #expect(result.standardOutput.contains("name 1"), "\(result.standardOutput)")
        #expect(result.standardOutput.contains("folder 1"), "\(result.standardOutput)")
        #expect(result.standardOutput.contains("report 1"), "\(result.standardOutput)")
        let byName = try String(contentsOfFile: folder + "/by-name.txt", encoding: .utf8)
        #expect(byName.contains("\\xB4\\xE5\\xCE\\xF1.yaml:"), "\(byName)")
        #expect(!byName.contains("input.unreadable"))
        let byFolder = try String(contentsOfFile: folder + "/by-folder.txt", encoding: .utf8)
        #expect(byFolder.contains("sub/\\xB4\\xE5\\xCE\\xF1.yaml:"))
        #expect(byFolder.contains("检查了 1 个文件"))
    }

    @Test func aBaselineAndAWaiverFileHoldHoweverThePathIsSpelled() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/sub", withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: Repository.path("Examples/yubei/district-violations.yaml"), toPath: folder + "/sub/V.yaml")
        let recorded = try Binary.shell("$QINGDAN baseline -o b.json ./sub//V.yaml", in: folder)
        #expect(recorded.status == 0, "\(recorded.standardError)")
        for spelling in ["sub/V.yaml", "./sub/V.yaml", "sub/./V.yaml", folder + "/sub/V.yaml", "sub", "./sub/"] {
            let result = try Binary.shell("$QINGDAN check --no-progress --baseline b.json '\(spelling)'", in: folder)
            #expect(result.status == 0, "baseline with \(spelling): \(result.standardOutput)")
        }
        let waivers = """
            qingdan-waivers: 1
            waivers:
              - files: ["./sub/*.yaml"]
                rules: [YB-CERT-COUNT]
                reason: 经区政府同意暂保留
                approver: 渝北区人民政府
                document: 渝北府办〔2023〕15号
            """
        try waivers.write(toFile: folder + "/w.yaml", atomically: false, encoding: .utf8)
        for spelling in ["sub/V.yaml", "./sub//V.yaml", folder + "/sub/V.yaml"] {
            let result = try Binary.shell(
                "$QINGDAN check --no-progress --format json --waivers w.yaml '\(spelling)'", in: folder)
            #expect(!result.standardOutput.contains("\"rule_id\":\"YB-CERT-COUNT\""), "waiver with \(spelling)")
            #expect(!result.standardOutput.contains("waiver.unused"), "waiver with \(spelling)")
        }
        for (operand, pattern) in [("./sub", "./sub/V.yaml"), ("$PWD/sub", "$PWD/sub/**"), ("sub", "$PWD/sub/V.yaml")] {
            let excluded = try Binary.shell(
                "$QINGDAN check --no-progress --exclude \"\(pattern)\" \"\(operand)\"", in: folder)
            #expect(excluded.status == 2, "\(operand) --exclude \(pattern): nothing left to check")
            #expect(excluded.standardError.contains("没有要检查的文件"), "\(operand) --exclude \(pattern)")
        }
    }

    /// A file named twice, in two spellings, through a link, and inside a folder that is also
    /// named (and reached again through a link to the folder) is checked once, under the path met
    /// first: it is not a duplicate of its own region, and its findings are not counted twice.
    @Test func aFileReachedByManyPathsIsCheckedOnce() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/区县", withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: Repository.path("Examples/yubei/district-violations.yaml"), toPath: folder + "/区县/渝北区.yaml")
        try FileManager.default.createSymbolicLink(atPath: folder + "/区县/链接.yaml", withDestinationPath: "渝北区.yaml")
        try FileManager.default.createSymbolicLink(atPath: folder + "/别名", withDestinationPath: "区县")
        let once = try Binary.shell("$QINGDAN check --no-progress --format json 区县/渝北区.yaml", in: folder)
        let many = try Binary.shell(
            "$QINGDAN check --no-progress --format json 区县/渝北区.yaml ./区县/渝北区.yaml 区县/链接.yaml 区县 别名 \"$PWD/区县\"",
            in: folder)
        #expect(many.status == once.status)
        #expect(!many.standardOutput.contains("filing.duplicate-region"), "\(many.standardOutput.prefix(2000))")
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(many.standardOutput.utf8)) as? [String: Any])
        let files = try #require(report["files"] as? [[String: Any]])
        #expect(files.compactMap { $0["path"] as? String } == ["区县/渝北区.yaml"])
        let expected = try #require(
            try JSONSerialization.jsonObject(with: Data(once.standardOutput.utf8)) as? [String: Any])
        #expect((report["files"] as? NSArray) == (expected["files"] as? NSArray))

        // Two different files with one region and date are still duplicates.
        try FileManager.default.copyItem(atPath: folder + "/区县/渝北区.yaml", toPath: folder + "/区县/副本.yaml")
        let copies = try Binary.shell("$QINGDAN check --no-progress --format json 区县", in: folder)
        #expect(copies.standardOutput.contains("filing.duplicate-region"))
    }
}
