import QingdanYAML

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension CivilDate {
    /// Today in China Standard Time (UTC+8, no daylight saving), whatever the machine's time
    /// zone: a waiver's `until` and a filing's dates are days in China, so a run in CI on a
    /// machine set to UTC or America/Los_Angeles must not see a waiver expire a day late.
    ///
    /// `QINGDAN_NOW_FOR_TESTS` (whole seconds since 1970-01-01 00:00 UTC) stands in for the clock;
    /// it exists only so that tests can run the built binary at a chosen moment.
    public static var today: CivilDate {
        if let text = getenv("QINGDAN_NOW_FOR_TESTS").map({ String(cString: $0) }), let seconds = Int(text) {
            return chinaDate(secondsSince1970: seconds)
        }
        return chinaDate(secondsSince1970: Int(time(nil)))
    }
}
