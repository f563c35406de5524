import QingdanCore
import QingdanPluginAPI
import QingdanTestSupport
import QingdanYAML
import Testing

/// Numbers in filings: printed in plain digits, refused when out of range, and a value the
/// schema refuses is reported once and judged by no rule.
@Suite struct NumberRangeTests {
    static func findings(households: String, building: String, activity: String = "300") -> [Finding] {
        let text = """
            qingdan: 1
            region: {code: "210311104201", name: 鞍山市千山区某镇乾元村, level: village}
            as_of: 2024-03-01
            facility:
              households: \(households)
              building_area_m2: \(building)
              activity_area_m2: \(activity)

            """
        return TestPacks.checker().check(SourceFile(path: "f.yaml", text: text)).findings
            .filter { $0.ruleID != "CN-TASK-DEPLOYMENT-UNCHECKED" }
    }

    static func describe(_ findings: [Finding]) -> [String] {
        findings.map { "\($0.location.line) \($0.ruleID) \($0.message)" }
    }

    @Test(arguments: [
        ("1500", "1e+18", "6 schema.value 「building_area_m2」的值「1e+18」超出范围：绝对值不能超过 1000000000000000"),
        (
            "9223372036854775808", "400",
            "5 schema.value 「households」的值「9223372036854775808」超出范围：绝对值不能超过 1000000000000000"
        ),
        ("999999999999999999", "400", "5 schema.value 「households」的值「999999999999999999」超出范围：绝对值不能超过 1000000000000000"),
        (
            "-9223372036854775809", "400",
            "5 schema.value 「households」的值「-9223372036854775809」超出范围：绝对值不能超过 1000000000000000"
        ),
        ("1500", "1e400", "6 schema.value 「building_area_m2」的值「1e400」超出范围：绝对值不能超过 1000000000000000"),
        ("1500", "-5", "6 schema.value 「building_area_m2」不能小于 0，这里是 -5"),
        ("-3", "400", "5 schema.value 「households」不能小于 0，这里是 -3"),
        ("1e+18", "400", "5 schema.type 「households」应是整数，这里是「1e+18」"),
        ("0x10", "400", "5 schema.type 「households」应是整数，这里是「0x10」"),
        ("1500", "0x10", "6 schema.type 「building_area_m2」应是数字，这里是「0x10」"),
    ])
    func unusableNumberIsReportedOnceAndNotJudged(households: String, building: String, expected: String) {
        let found = Self.describe(Self.findings(households: households, building: building))
        #expect(found == [expected])
    }

    @Test func absurdActivityAreaIsNotJudgedEither() {
        let found = Self.describe(Self.findings(households: "1500", building: "450", activity: "-1e300"))
        #expect(found == ["7 schema.value 「activity_area_m2」的值「-1e300」超出范围：绝对值不能超过 1000000000000000"])
    }

    @Test(arguments: [
        ("1500", "1.5e2", "综合服务设施建筑面积 150 m² 低于标准 450 m²（1500 户 × 30 m²/百户）"),
        ("1000000000000000", "400", "综合服务设施建筑面积 400 m² 低于标准 300000000000000 m²（1000000000000000 户 × 30 m²/百户）"),
        ("1500", "-0", "综合服务设施建筑面积 0 m² 低于标准 450 m²（1500 户 × 30 m²/百户）"),
        ("1500", "400.004", "综合服务设施建筑面积 400 m² 低于标准 450 m²（1500 户 × 30 m²/百户）"),
        ("1501", "400.5", "综合服务设施建筑面积 400.5 m² 低于标准 450.3 m²（1501 户 × 30 m²/百户）"),
    ])
    func numbersInMessagesArePlainDigits(households: String, building: String, message: String) {
        let found = Self.findings(households: households, building: building, activity: "1")
            .filter { $0.ruleID == "AS-FACILITY-AREA" }
        #expect(found.map(\.message) == [message])
    }

    @Test(arguments: [
        (1e18, "1000000000000000000"), (1.5e3, "1500"), (-0.0, "0"), (0.001, "0"), (0.005, "0.01"),
        (400.004, "400"), (400.5, "400.5"), (-12.346, "-12.35"), (9_223_372_036_854_775_808.0, "9223372036854776000"),
        (1.5e-7, "0"), (2.5e20, "250000000000000000000"), (123_456_789.125, "123456789.13"),
    ])
    func decimalTextHasNoExponent(value: Double, text: String) {
        #expect(DecimalText.of(value) == text)
    }

    @Test(arguments: [(1.5e-7, "0.00000015"), (0.5, "0.5"), (1e21, "1000000000000000000000"), (-2.0, "-2")])
    func decimalTextAtFullPrecision(value: Double, text: String) {
        #expect(DecimalText.of(value, fractionDigits: nil) == text)
    }
}
