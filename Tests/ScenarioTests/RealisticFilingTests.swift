import Foundation
import QingdanTestSupport
import Testing

/// Filings written the way districts and villages write them (each corpus under `Tests/Filings/`:
/// `Realistic/`, `Realistic2/` …), by writers who had not read the checks. Each folder is checked as one run, as a filing office
/// would check a district with its villages. A planted finding is marked on its line:
///
///     - name: 负责辖区违法建筑拆除      # expect: YB-NEGATIVE-CONFLICT, YB-TASK-ADMISSION
///       basis: 无                      # expect: topic:certificate.fields
///
/// Every marked finding must be reported on its line, and nothing else (but unmarked notices) may be:
/// a clean filing has no marks, so any error or warning on it is a false finding. `# pending:`
/// records what the checker does not judge yet, and `# trap:` what a careless one would flag.
@Suite struct RealisticFilingTests {
    static let root = "Tests/Filings"

    /// Every folder of every corpus: one run each.
    static let folders: [String] = {
        func entries(_ relative: String) -> [String] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: Repository.path(relative))) ?? []
            return names.filter { !$0.hasPrefix(".") }.sorted().map { "\(relative)/\($0)" }
        }
        // Workbooks/: only the YAML twins here; the .xlsx/.csv beside them are judged against
        // Workbooks/expect.jsonc (cells, not lines).
        return entries(root).flatMap(entries).filter {
            !$0.hasSuffix(".md") && !$0.hasSuffix(".xlsx") && !$0.hasSuffix(".csv") && !$0.hasSuffix(".jsonc")
        }
    }()

    struct Expected: Hashable {
        let line: Int
        /// A rule id, or `topic:` and a topic.
        let name: String
    }

    static func expectations(in path: String) throws -> Set<Expected> {
        var expected = Set<Expected>()
        let lines = try Repository.read(path).split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            guard let marker = line.firstRange(of: "# expect:") else { continue }
            let names = line[marker.upperBound...].prefix { $0 != "#" }
            for name in names.split(separator: ",") {
                let trimmed = name.trimmingCharacters(in: .whitespaces)
                if !trimmed.isEmpty { expected.insert(Expected(line: index + 1, name: trimmed)) }
            }
        }
        return expected
    }

    @Test func theCorpusCoversEveryLocalPackWithCleanAndBadFilings() {
        let files = Self.folders.flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: Repository.path(folder))) ?? []).map {
                "\(folder)/\($0)"
            }
        }
        for pack in [
            "yubei", "haicang", "anshan", "nanchuan", "ninghai", "luojiang", "caidian", "jiyuan", "lianyuan", "shantou",
        ] {
            #expect(files.contains { $0.contains("/\(pack)") && $0.contains("clean") }, "\(pack)")
            #expect(files.contains { $0.contains("/\(pack)") && $0.contains("bad") }, "\(pack)")
        }
    }

    @Test(arguments: folders)
    func everyPlantedFindingAndNothingElse(_ folder: String) throws {
        let result = try Binary.run(["check", "--no-progress", "--format", "json", folder])
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any],
            "\(result.standardError)")
        let files = try #require(object["files"] as? [[String: Any]])
        #expect(!files.isEmpty)
        for file in files {
            let path = try #require(file["path"] as? String)
            let expected = try Self.expectations(in: path)
            var unmatched = expected
            for finding in file["findings"] as? [[String: Any]] ?? [] {
                guard let line = finding["line"] as? Int, let rule = finding["rule_id"] as? String,
                    let topic = finding["topic"] as? String, let severity = finding["severity"] as? String
                else { continue }
                let byRule = Expected(line: line, name: rule), byTopic = Expected(line: line, name: "topic:\(topic)")
                let known = expected.contains(byRule) || expected.contains(byTopic)
                // A notice may be marked (filing.no-local-pack), but need not be.
                if severity == "info" && !known { continue }
                #expect(known, "\(path):\(line): unexpected \(severity) [\(rule)] \(finding["message"] ?? "")")
                unmatched.remove(byRule)
                unmatched.remove(byTopic)
            }
            for missing in unmatched.sorted(by: { ($0.line, $0.name) < ($1.line, $1.name) }) {
                Issue.record("\(path):\(missing.line): \(missing.name) was not reported")
            }
        }
    }
}
