import QingdanPluginAPI
import QingdanYAML
import Testing

@testable import QingdanKit

/// `DuplicateRegions.key` packs a region and a date into 64 bits. Two filings are reported as
/// duplicates exactly when their keys are equal, so the key must be lossless over everything a
/// filing can carry: every code `RegionCode.read` accepts (at its agreed level) and every date
/// `CivilDate` accepts (years 1–9999), or none. Shown by decoding: a key gives back its region
/// and date, so no two different pairs can share one (nothing like a hash's collisions).
@Suite struct DuplicateRegionKeyTests {
    /// The region and date a key was made from.
    static func decode(_ key: UInt64) -> (code: RegionCode?, date: CivilDate?) {
        let twelve = key >> UInt64(DuplicateRegions.dateBits)
        let day = Int(key & ((1 << UInt64(DuplicateRegions.dateBits)) - 1))
        var text = String(twelve)
        text = String(repeating: "0", count: 12 - text.count) + text
        let date =
            day == 0
            ? nil : CivilDate(year: (day - 1) / 31 / 12, month: (day - 1) / 31 % 12 + 1, day: (day - 1) % 31 + 1)
        return (RegionCode(text), date)
    }

    /// Codes at every level, with the largest and smallest digits and zero groups inside.
    static let written = [
        "11", "99", "1101", "9999", "110101", "999999", "110000000001", "110100000001", "110101001",
        "999999999", "110101000001", "999999999999", "100000000000", "980000000000", "500112", "500112000001",
        "500112001", "500112001001", "210302001001", "419001", "419001000001",
    ]
    static let dates: [CivilDate?] = [
        nil, CivilDate("0001-01-01"), CivilDate("0001-01-31"), CivilDate("0001-02-01"), CivilDate("2024-02-29"),
        CivilDate("2024-03-01"), CivilDate("2023-12-31"), CivilDate("2024-01-01"), CivilDate("9999-12-30"),
        CivilDate("9999-12-31"),
    ]

    @Test func distinctRegionsAndDatesGiveDistinctKeysAndDecodeBack() throws {
        var seen: [UInt64: String] = [:]
        for text in Self.written {
            let code = try #require(RegionCode.read(text, declared: nil)?.code, "\(text)")
            for date in Self.dates {
                let key = DuplicateRegions.key(code, date: date)
                let pair = "\(code.key) \(date.map(String.init(describing:)) ?? "—")"
                #expect(seen[key] == nil, "\(pair) and \(seen[key] ?? "") share key \(key)")
                seen[key] = pair
                let back = Self.decode(key)
                #expect(back.code == code && back.date == date, "\(pair) decodes to \(back)")
            }
        }
        #expect(seen.count == Self.written.count * Self.dates.count)
    }

    @Test func everyDateOfTheCalendarHasItsOwnDayNumber() throws {
        let code = try #require(RegionCode("999999999999"))
        var last: UInt64 = DuplicateRegions.key(code, date: nil)
        for year in [1, 2, 1999, 2000, 2024, 2100, 9998, 9999] {
            for month in 1...12 {
                for day in 1...31 {
                    guard let date = CivilDate(year: year, month: month, day: day) else { continue }
                    let key = DuplicateRegions.key(code, date: date)
                    // Increasing with the date, so distinct; and below the region's bits.
                    #expect(key > last, "\(date)")
                    #expect(Self.decode(key).date == date && Self.decode(key).code == code)
                    last = key
                }
            }
        }
        // The largest key fits: the 12-digit code under 2⁴⁰, the day number under 2²².
        let largestCode: UInt64 = 999_999_999_999
        #expect(largestCode < UInt64(1) << 40)
        let largestDay: Int = (9999 * 12 + 11) * 31 + 31
        #expect(largestDay < 1 << DuplicateRegions.dateBits)
    }

    @Test(arguments: [
        ["500112", "500112000000"], ["21", "210000", "210000000000"], ["2103", "210300", "210300000000"],
        ["210302001", "210302001000"], ["419001", "419001000000"],
    ])
    func everySpellingOfOneRegionGivesOneKey(spellings: [String]) throws {
        let date = CivilDate("2024-03-01")
        let keys = try spellings.map { try #require(RegionCode.read($0, declared: nil)?.code) }.map {
            DuplicateRegions.key($0, date: date)
        }
        #expect(Set(keys).count == 1, "\(spellings)")
        // Read beside their agreed level, as filings declare it, the key is the same.
        let level = try #require(RegionCode(spellings[0])?.level)
        for spelling in spellings {
            let code = try #require(RegionCode.read(spelling, declared: level)?.code)
            #expect(DuplicateRegions.key(code, date: date) == keys[0])
        }
    }
}
