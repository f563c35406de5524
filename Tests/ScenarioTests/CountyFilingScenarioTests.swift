import Foundation
import QingdanTestSupport
import Testing

/// County filings are not kept for the whole run (a filing office has one for every ten
/// villages): a village is still checked against the county filing in force on its date, however
/// many county filings the run holds and wherever they stand in the input.
@Suite struct CountyFilingScenarioTests {
    /// A Yubei village dated 2024-06-30 with a task only the latest Yubei county filing lists,
    /// and a village dated before that filing, which the task is not admitted for.
    static let script = """
        set -e
        mkdir -p office
        district=$(cat "$ROOT/Examples/yubei/district.yaml")
        # Forty earlier rounds of Yubei's county filing, one a day from 2023-07-01.
        for day in $(seq 0 39); do
            date=$(date -u -d "2023-07-01 + $day days" +%Y-%m-%d)
            printf '%s\\n' "$district" | sed "s/^as_of: .*/as_of: $date/" > "office/m-$date.yaml"
        done
        # The latest round lists 协助开展企业用工情况调查 in place of an item of the earlier ones;
        # it sorts after everything else.
        printf '%s\\n' "$district" | sed -e "s/^as_of: .*/as_of: 2024-01-01/" \\
            -e "s/- name: 协助开展法治宣传教育/- name: 协助开展企业用工情况调查/" > office/z-latest.yaml
        village() {  # village FILE CODE DATE
            cat > "office/$1" <<EOF
        qingdan: 1
        region:
          code: "$2"
          name: 重庆市渝北区某某镇某某村
          level: village
        as_of: $3
        tasks:
          - name: 协助开展企业用工情况调查
            assigned_by: 区人力社保局
            funding: 区人力社保局按年度拨付工作经费
        EOF
        }
        # Before every county filing in input order, and after the latest in date order.
        village a-village.yaml 500112101201 2024-06-30
        # Dated before the latest round: judged by the round of 2023-08-09, which lacks the task.
        village n-village.yaml 500112101202 2023-12-01
        for jobs in 1 2; do
            "$QINGDAN" check --no-progress --jobs $jobs --format json --today 2024-06-30 office > "out-$jobs.json" || true
        done
        cmp out-1.json out-2.json
        """

    @Test func villagesAreCheckedAgainstTheirCountyFilingWhereverItStands() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("qingdan-county-\(UUID())").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = try Binary.shell("ROOT='\(Repository.root)'\n" + Self.script, in: directory)
        #expect(result.status == 0, "\(result.standardError)")
        let data = try Data(contentsOf: URL(fileURLWithPath: directory + "/out-1.json"))
        let report = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let files = try #require(report["files"] as? [[String: Any]])
        func rules(_ name: String) -> [String] {
            let file = files.first { ($0["path"] as? String)?.hasSuffix(name) == true }
            return (file?["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule_id"] as? String }
        }
        #expect(files.count == 43)
        #expect(!rules("a-village.yaml").contains("YB-TASK-ADMISSION"))
        #expect(!rules("a-village.yaml").contains("YB-TASK-ADMISSION-UNCHECKED"))
        #expect(rules("n-village.yaml").contains("YB-TASK-ADMISSION"))
        #expect(rules("z-latest.yaml").isEmpty)
    }
}
