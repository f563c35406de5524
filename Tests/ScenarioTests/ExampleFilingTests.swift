import Foundation
import QingdanTestSupport
import Testing

/// Every example filing: clean ones print one line and exit 0; the others match their golden
/// report, line for line.
@Suite struct ExampleFilingTests {
    static let examples: [String] = {
        let root = Repository.path("Examples")
        let files = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? []
        return files.filter { $0.hasSuffix(".yaml") }.sorted().map { "Examples/" + $0 }
    }()

    @Test func everyJurisdictionHasACleanAndAViolatingExample() {
        for folder in [
            "yubei", "anshan", "haicang", "ninghai", "lianyuan", "jiyuan", "shantou", "nanchuan", "luojiang", "caidian",
        ] {
            #expect(Self.examples.contains { $0.hasPrefix("Examples/\(folder)/") && !$0.contains("violations") })
            #expect(Self.examples.contains { $0.hasPrefix("Examples/\(folder)/") && $0.contains("violations") })
        }
    }

    @Test(arguments: examples)
    func exampleReportMatchesItsGolden(_ path: String) throws {
        let result = try Binary.run(["check", path])
        let clean = !path.contains("violations")
        if clean {
            #expect(result.status == 0, "\(path): \(result.standardOutput)")
            // Nothing to fix: at most a notice (such as a village's tasks checked without its district).
            #expect(!result.standardOutput.contains(" error ["), "\(path): \(result.standardOutput)")
            #expect(!result.standardOutput.contains(" warning ["), "\(path): \(result.standardOutput)")
        } else {
            #expect(result.status == 1)
        }
        let name = path.dropFirst("Examples/".count).replacingOccurrences(of: "/", with: "-")
            .replacingOccurrences(of: ".yaml", with: ".txt")
        #expect(Golden.mismatch(result.standardOutput, name: name) == nil)
    }

    @Test func anshanViolationsAreFoundAtTheirLines() throws {
        let result = try Binary.run(["check", "--format", "json", "Examples/anshan/village-violations.yaml"])
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let files = try #require(object["files"] as? [[String: Any]])
        let findings = files.flatMap { $0["findings"] as? [[String: Any]] ?? [] }
        let placed = Set(findings.map { "\($0["rule_id"]!)@\($0["line"]!)" })
        for expected in [
            "CN-STYLE-PARTY-COLOURS@16", "CN-NAME-ABBREVIATION@17", "CN-STYLE-ORIENTATION@22",
            "CN-OUTSIDE-COUNT@32", "CN-OUTSIDE-KIND@32", "CN-AWARD-PLAQUES@35", "CN-NAME-SCRIPT@47",
            "AS-INSIDE-COUNT@48", "AS-FACILITY-AREA@52", "AS-FACILITY-ACTIVITY-SHARE@53",
            "CN-MECHANISM-BASIS@58", "CN-MECHANISM-FUNDING@60",
            "CN-MECHANISM-FUNDER@70", "CN-NEGATIVE-CONFLICT@73",
        ] {
            #expect(placed.contains(expected), "missing \(expected)")
        }
        // The 禁毒工作站 without a basis demands dedicated staff too: its missing basis is reported
        // once, at its basis_level: none.
        #expect(!placed.contains { $0.hasPrefix("CN-MECHANISM-STAFF@") })
        #expect(findings.count == 15)
    }

    @Test func facilityMessageShowsTheComputedThreshold() throws {
        let result = try Binary.run(["check", "Examples/anshan/village-violations.yaml"])
        #expect(result.standardOutput.contains("综合服务设施建筑面积 400 m² 低于标准 450 m²（1500 户 × 30 m²/百户）"))
    }
}

@Suite struct WholeRunTests {
    @Test func allExamplesTogetherIncludeCrossFilingChecks() throws {
        let result = try Binary.run(["check", "Examples/"])
        #expect(result.status == 1)
        #expect(Golden.mismatch(result.standardOutput, name: "examples-all.txt") == nil)
        #expect(
            result.standardOutput.contains("Examples/yubei/village-violations.yaml:15:5: error [YB-TASK-ADMISSION]"))
    }

    @Test(arguments: ["json", "sarif", "html", "csv", "text"])
    func outputIsTheSameAtAnyThreadCount(format: String) throws {
        let one = try Binary.run(["check", "--format", format, "--jobs", "1", "Examples/"])
        let four = try Binary.run(["check", "--format", format, "--jobs", "4", "Examples/"])
        #expect(one.standardOutput == four.standardOutput)
        #expect(one.status == four.status)
    }

    /// Several chunks of files (128 at --jobs 2), checked while the chunk before is reported,
    /// with every filing's region named 100 times: the order and the duplicate-region findings
    /// do not depend on the thread count.
    @Test func manyChunksGiveTheSameReportAtAnyThreadCount() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "qingdan-chunks-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let examples = ["yubei/district.yaml", "yubei/village-violations.yaml", "anshan/village.yaml"]
        for copy in 0..<100 {
            let directory = folder.appendingPathComponent(String(format: "%03d", copy))
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            for example in examples {
                try FileManager.default.copyItem(
                    atPath: Repository.path("Examples/" + example),
                    toPath: directory.appendingPathComponent(example.replacingOccurrences(of: "/", with: "-")).path)
            }
        }
        let one = try Binary.run(["check", "--format", "json", "--jobs", "1", folder.path])
        let two = try Binary.run(["check", "--format", "json", "--jobs", "2", folder.path])
        #expect(one.status == 1)
        #expect(one.standardOutput == two.standardOutput)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(one.standardOutput.utf8)) as? [String: Any])
        let files = try #require(object["files"] as? [[String: Any]])
        #expect(files.count == 300)
        let duplicates = files.flatMap { $0["findings"] as? [[String: Any]] ?? [] }
            .filter { $0["rule_id"] as? String == "filing.duplicate-region" }
        #expect(duplicates.count == 300)
    }
}
