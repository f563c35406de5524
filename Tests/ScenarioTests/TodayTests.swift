import Foundation
import QingdanTestSupport
import Testing

/// "Today" is the day in China Standard Time, whatever the machine's time zone; reports say
/// which day it was. `QINGDAN_NOW_FOR_TESTS` stands in for the clock.
@Suite struct TodayTests {
    static let filing = """
        qingdan: 1
        region: {code: "500112", name: 渝北区, level: county}
        as_of: 2023-06-30
        pack: cn/chongqing/yubei
        lists:
          self_governance: [{name: 调解民间纠纷}]
          negative: [{name: 行政执法}, {name: 拆迁拆违}, {name: 环境整治}, {name: 城市管理}, {name: 招商引资}, {name: 协税护税}, {name: 生产安全管理}]
          certificates: [{name: 居住情况证明, basis: 条例, guide: 指南, form_sample: 样表, time_limit: 即时办结, purpose: 申领居住证, process: 申请、核实、出具}]
          assistance:
            # qingdan: allow YB-ASSIST-FUNDING reason="经费由镇级统筹" until=2024-12-31
            - {name: 协助开展社会救助, department: 区民政局}

        """

    /// 2024-12-31 15:59:59 UTC (23:59:59 in Beijing) and one second later.
    static let lastSecond = "1735660799"
    static let firstSecond = "1735660800"

    static func run(_ arguments: [String], now: String, zone: String) throws -> Binary.Result {
        let path = FileManager.temporaryFile(filing)
        return try Binary.run(
            ["check"] + arguments + [path], environment: ["QINGDAN_NOW_FOR_TESTS": now, "TZ": zone])
    }

    @Test(arguments: [
        // Kiritimati (UTC+14) is already at 2025-01-01 05:59:59; Beijing is not.
        (lastSecond, "Pacific/Kiritimati", "2024-12-31", true),
        (lastSecond, "America/Los_Angeles", "2024-12-31", true),
        (lastSecond, "UTC", "2024-12-31", true),
        // Los Angeles is still at 2024-12-31 08:00; Beijing has passed midnight.
        (firstSecond, "America/Los_Angeles", "2025-01-01", false),
        (firstSecond, "Pacific/Kiritimati", "2025-01-01", false),
        (firstSecond, "Asia/Shanghai", "2025-01-01", false),
    ])
    func waiverExpiresAtMidnightInBeijing(now: String, zone: String, today: String, inForce: Bool) throws {
        let json = try Self.run(["--format", "json"], now: now, zone: zone)
        let report = try #require(
            JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let summary = try #require(report["summary"] as? [String: Any])
        #expect(summary["today"] as? String == today)
        #expect(summary["suppressed"] as? Int == (inForce ? 1 : 0))

        let text = try Self.run([], now: now, zone: zone)
        #expect(text.standardOutput.contains("已于 2024-12-31 到期") == !inForce)
        #expect(text.standardOutput.contains("以 \(today) 为今天"), "\(text.standardOutput)")

        let sarif = try Self.run(["--format", "sarif"], now: now, zone: zone)
        #expect(sarif.standardOutput.contains("\"properties\": {\"today\": \"\(today)\"}"))
    }

    @Test func todayGivenWinsAndIsRecorded() throws {
        let text = try Self.run(["--today", "2024-06-01"], now: Self.firstSecond, zone: "America/Los_Angeles")
        #expect(!text.standardOutput.contains("到期"))
        #expect(text.standardOutput.contains("以 2024-06-01 为今天"))
    }

    /// Nothing depended on today: the text summary does not mention it.
    @Test func summaryIsQuietWhenTodayDidNotMatter() throws {
        let result = try Binary.run(
            ["check", "Examples/yubei/district.yaml"], environment: ["QINGDAN_NOW_FOR_TESTS": Self.firstSecond])
        #expect(!result.standardOutput.contains("为今天"))
    }
}
