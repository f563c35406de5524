/// A calendar day without time zone, as policies and filings state dates (`2024-03-01`).
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Nil unless the parts name a real day of the Gregorian calendar.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...CivilDate.days(inMonth: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD`.
    public init?(_ text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The earliest date there is, for sorting dates that may be missing.
    public static let distantPast = CivilDate(year: 1, month: 1, day: 1)!

    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// The same day `years` later (29 February becomes 28 February in a common year); nil past
    /// 9999-12-31.
    public func adding(years: Int) -> CivilDate? {
        let (target, overflow) = year.addingReportingOverflow(years)
        guard !overflow, (1...9999).contains(target) else { return nil }
        return CivilDate(year: target, month: month, day: min(day, CivilDate.days(inMonth: month, year: target)))
    }

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

extension CivilDate {
    /// The day in China Standard Time (UTC+8, no daylight saving) at a moment given in whole
    /// seconds since 1970-01-01 00:00 UTC: 15:59:59 UTC is still that day, 16:00:00 the next.
    public static func chinaDate(secondsSince1970 seconds: Int) -> CivilDate {
        let (local, overflow) = seconds.addingReportingOverflow(8 * 3600)
        let shifted = overflow ? Int.max : local
        // Days since 1970-01-01, rounded down (before 1970 too).
        let days = shifted >= 0 ? shifted / 86_400 : -((-(shifted + 1)) / 86_400) - 1
        return civilDate(daysSince1970: days)
    }

    /// Days from 1970-01-01 to this date (Howard Hinnant's `days_from_civil`): negative before.
    public var daysSince1970: Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The proleptic Gregorian date `days` after 1970-01-01 (Howard Hinnant's `civil_from_days`),
    /// clamped to the years a `CivilDate` holds.
    public static func civilDate(daysSince1970 days: Int) -> CivilDate {
        let bounded = min(max(days, -719_162), 2_932_896)  // 0001-01-01 … 9999-12-31
        let z = bounded + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return CivilDate(year: year, month: month, day: day)!
    }
}
