import Testing

@testable import QingdanYAML

/// Today in China Standard Time from a moment in UTC.
@Suite struct ChinaDateTests {
    @Test(arguments: [
        (1_735_660_799, "2024-12-31"),  // 2024-12-31 15:59:59 UTC = 23:59:59 CST
        (1_735_660_800, "2025-01-01"),  // 2024-12-31 16:00:00 UTC = 00:00:00 CST
        (1_709_222_399, "2024-02-29"),  // 2024-02-29 15:59:59 UTC, a leap day
        (1_709_222_400, "2024-03-01"),
        (0, "1970-01-01"), (-28_800, "1970-01-01"), (-28_801, "1969-12-31"),
        (4_102_415_999, "2099-12-31"), (Int.max, "9999-12-31"), (Int.min, "0001-01-01"),
    ])
    func dayInChinaStandardTime(seconds: Int, day: String) {
        #expect(CivilDate.chinaDate(secondsSince1970: seconds).description == day)
    }
}
