import Foundation
import QingdanTestSupport
import Testing

/// Where reports go (issue 12): a report never overwrites a file the run reads, two reports never
/// share a file, a write that fails is never reported as done, a special file is written in
/// place, and an interrupted run leaves no temporary file behind. Each case runs the built binary
/// from a shell, which sets up what a user's shell would (redirections, closed streams, limits).
@Suite struct ReportFileTests {
    /// A fresh folder holding `F.yaml` (a clean district filing) and `V.yaml` (one with errors).
    static func folder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("qingdan-reports-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: Repository.path("Examples/yubei/district.yaml"), toPath: url.appendingPathComponent("F.yaml").path)
        try FileManager.default.copyItem(
            atPath: Repository.path("Examples/yubei/district-violations.yaml"),
            toPath: url.appendingPathComponent("V.yaml").path)
        return url.path
    }

    static func contents(_ folder: String) throws -> [String: Data] {
        var found: [String: Data] = [:]
        let names = try FileManager.default.subpathsOfDirectory(atPath: folder)
        for name in names {
            var isDirectory: ObjCBool = false
            let path = folder + "/" + name
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                found[name] = FileManager.default.contents(atPath: path) ?? Data()
            }
        }
        return found
    }

    /// Runs `script`; expects exit 2, a message containing `message`, and every file in the folder
    /// as it was (nothing written, nothing left behind).
    func expectRefused(_ script: String, message: String, setUp: String = "") throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        if !setUp.isEmpty { _ = try Binary.shell(setUp, in: folder) }
        let before = try Self.contents(folder)
        let result = try Binary.shell(script, in: folder)
        #expect(result.status == 2, "\(script): \(result.standardError)")
        #expect(result.standardError.contains(message), "\(script): \(result.standardError)")
        #expect(try Self.contents(folder) == before, "\(script) changed the folder")
    }

    @Test func aReportOverAFileTheRunReadsIsRefused() throws {
        let cases: [(setUp: String, script: String, message: String)] = [
            ("", "$QINGDAN check --report json:F.yaml F.yaml", "报告文件 F.yaml 是本次要检查的文件"),
            ("", "$QINGDAN check --report json:F.yaml .", "是本次要检查的文件（./F.yaml）"),
            // `>>`, not `>`: the shell itself would empty the file before Qingdan starts.
            ("", "$QINGDAN check . >> F.yaml", "标准输出重定向到的文件是本次要检查的文件"),
            ("", "$QINGDAN baseline F.yaml -o F.yaml", "基线文件 F.yaml 是本次要检查的文件"),
            ("ln -s F.yaml link.json", "$QINGDAN check --report sarif:link.json F.yaml", "是本次要检查的文件（F.yaml）"),
            (
                "$QINGDAN baseline V.yaml -o b.json", "$QINGDAN check --baseline b.json --report json:b.json V.yaml",
                "报告文件 b.json 就是基线文件 b.json"
            ),
            (
                "printf 'qingdan-waivers: 1\\nwaivers: []\\n' > w.yaml",
                "$QINGDAN check --waivers w.yaml --report json:w.yaml F.yaml", "就是豁免文件 w.yaml"
            ),
            (
                "mkdir R && cp \(Repository.path("Rules/cn.yaml")) R/",
                "$QINGDAN check --rules R --pack cn --report json:R/cn.yaml F.yaml", "就是规则包文件 R/cn.yaml"
            ),
            (
                "mkdir R && cp \(Repository.path("Rules/cn.yaml")) R/",
                "$QINGDAN packs test --rules R --report junit:R/cn.yaml", "就是规则包文件 R/cn.yaml"
            ),
        ]
        for item in cases { try expectRefused(item.script, message: item.message, setUp: item.setUp) }
    }

    @Test func twoReportsToOneFileAreRefused() throws {
        try expectRefused("$QINGDAN check --report json:a.json --report sarif:./a.json F.yaml", message: "是同一个文件")
        try expectRefused(
            "$QINGDAN check --report json:a.json --report sarif:link.json F.yaml", message: "是同一个文件",
            setUp: "echo '{}' > a.json && ln -s a.json link.json")
        try expectRefused("$QINGDAN check --report json:/dev/stdout F.yaml", message: "就是标准输出")
        try expectRefused(
            "$QINGDAN check --report json:out.json F.yaml >> out.json", message: "就是标准输出", setUp: "echo old > out.json")
    }

    @Test func aWriteThatFailsIsNeverReportedAsDone() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // A file-size limit fails writes as a full disk does (SIGXFSZ ignored, as a shell can).
        let full = "trap '' XFSZ; ulimit -f 8;"
        let cases: [(script: String, message: String)] = [
            ("$QINGDAN check V.yaml > /dev/full", "无法写入标准输出：磁盘空间不足"),
            ("$QINGDAN check V.yaml >&-", "标准输出已关闭"),
            ("$QINGDAN check --report html:/dev/full V.yaml > /dev/null", "无法写入报告文件 /dev/full：磁盘空间不足；报告不完整"),
            (
                "\(full) $QINGDAN check --report sarif:big.sarif V.yaml > /dev/null",
                "无法写入报告文件 big.sarif：文件太大；不完整的临时文件已删除"
            ),
            // A file named twice is checked once: a one-kilobyte limit, below one file's baseline.
            ("trap '' XFSZ; ulimit -f 1; $QINGDAN baseline -o b.json V.yaml V.yaml", "无法写入基线文件 b.json"),
            ("$QINGDAN explain YB-CERT-COUNT > /dev/full", "无法写入标准输出"),
            ("$QINGDAN packs list >&-", "标准输出已关闭"),
            ("$QINGDAN --help > /dev/full", "无法写入标准输出"),
        ]
        for item in cases {
            let result = try Binary.shell(item.script, in: folder)
            #expect(result.status == 2, "\(item.script): \(result.standardError)")
            #expect(result.standardError.contains(item.message), "\(item.script): \(result.standardError)")
            #expect(!result.standardOutput.contains("已把"), "\(item.script) claimed it wrote the baseline")
            #expect(try Self.contents(folder).keys.sorted() == ["F.yaml", "V.yaml"], "\(item.script) left a file")
        }
    }

    @Test func specialFilesAreWrittenInPlaceAndKeptWhatTheyAre() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let piped = try Binary.shell(
            "mkfifo pipe; cat pipe > copied.json & $QINGDAN check --report json:pipe V.yaml > /dev/null; s=$?; wait; exit $s",
            in: folder)
        #expect(piped.status == 1, "\(piped.standardError)")
        let copied = try #require(FileManager.default.contents(atPath: folder + "/copied.json"))
        #expect(try JSONSerialization.jsonObject(with: copied) is [String: Any])
        let type = try FileManager.default.attributesOfItem(atPath: folder + "/pipe")[.type] as? FileAttributeType
        #expect(type != .typeRegular)
        let descriptor = try Binary.shell("$QINGDAN check --report sarif:/dev/fd/3 V.yaml 3>&1 >/dev/null", in: folder)
        #expect(descriptor.status == 1)
        #expect(descriptor.standardOutput.contains("\"$schema\""))
        // A descriptor open on a regular file is written through, in place and appending.
        let appended = try Binary.shell(
            "echo PREV > log.json && $QINGDAN check --report json:/dev/fd/3 V.yaml 3>>log.json > /dev/null", in: folder)
        #expect(appended.status == 1, "\(appended.standardError)")
        let log = try String(contentsOfFile: folder + "/log.json", encoding: .utf8)
        #expect(log.hasPrefix("PREV\n{"), "\(log.prefix(40))")
        let discarded = try Binary.shell(
            "$QINGDAN check --report json:/dev/null --report sarif:/dev/null V.yaml > /dev/null", in: folder)
        #expect(discarded.status == 1, "\(discarded.standardError)")
        // Nobody reads this pipe: refused at once, not waited on.
        let unread = try Binary.shell("mkfifo lonely; $QINGDAN check --report json:lonely V.yaml", in: folder)
        #expect(unread.status == 2)
        #expect(unread.standardError.contains("没有进程在读取这个管道"))
    }

    @Test func aReplacedReportKeepsItsLinkAndPermissionsAndLeavesNoTemporaryFile() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try Binary.shell(
            "echo old > real.json && chmod 600 real.json && ln -s real.json link.json && $QINGDAN check --report json:link.json V.yaml > /dev/null",
            in: folder)
        #expect(result.status == 1, "\(result.standardError)")
        let manager = FileManager.default
        #expect(try manager.destinationOfSymbolicLink(atPath: folder + "/link.json") == "real.json")
        let report = try #require(manager.contents(atPath: folder + "/real.json"))
        #expect(try JSONSerialization.jsonObject(with: report) is [String: Any])
        let permissions = try manager.attributesOfItem(atPath: folder + "/real.json")[.posixPermissions] as? Int
        #expect(permissions == 0o600)
        #expect(try Self.contents(folder).keys.sorted() == ["F.yaml", "V.yaml", "link.json", "real.json"])
    }

    @Test func aLinkToNothingIsRefusedAndEveryReportIsFinished() throws {
        try expectRefused(
            "$QINGDAN check --report json:dangling.json V.yaml", message: "是指向不存在位置的符号链接",
            setUp: "ln -s nowhere/target.json dangling.json")
        // The first report fails; the second is still finished, not left as a temporary file.
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try Binary.shell(
            "$QINGDAN packs test --report junit:/dev/full --report json:tests.json > /dev/null", in: folder)
        #expect(result.status == 2, "\(result.standardError)")
        #expect(try Self.contents(folder).keys.sorted() == ["F.yaml", "V.yaml", "tests.json"])
    }

    @Test func anInterruptedRunLeavesNoTemporaryFile() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // Enough files that the run is still going when the signal comes.
        let script = """
            mkdir many && for i in $(seq 1 300); do cp V.yaml many/$i.yaml; done
            $QINGDAN check --jobs 1 --report json:r.json --report html:r.html many > /dev/null &
            pid=$!
            n=0; while ! ls -a | grep -q qingdan- && [ $n -lt 400 ]; do sleep 0.05; n=$((n+1)); done
            kill -TERM $pid; wait $pid; echo "status $?"
            ls -a
            """
        let result = try Binary.shell(script, in: folder)
        #expect(result.standardOutput.contains("status 143"), "\(result.standardOutput)")
        #expect(!result.standardOutput.contains("qingdan-"), "\(result.standardOutput)")
        #expect(!result.standardOutput.contains("r.json"), "\(result.standardOutput)")
    }
}
