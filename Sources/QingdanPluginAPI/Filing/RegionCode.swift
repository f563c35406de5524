/// A region code read as the region it names, whatever form it was written in: the GB/T 2260
/// six-digit administrative code at every level above township (`210000` 辽宁省, `210300` 鞍山市,
/// `210302` 铁东区), the 12-digit 统计用区划代码 at every level (`500112000000` 渝北区,
/// `210302001001` a village), or the short forms of significant length (`21`, `2103`,
/// `210302001`). Every form reads to one canonical key, the significant digits for the level
/// (province 2, city 4, county 6, township 9, village 12: `RegionLevel.digits`), and that key is
/// what pack choice, duplicate detection, district look-up and roll-ups compare.
///
/// A value is two words; reading one walks the written bytes once and allocates nothing.
public struct RegionCode: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let level: RegionLevel
    /// The significant digits as a number: 500112 for 渝北区, 21 for 辽宁省.
    public let digits: UInt64

    /// Only from digits this module has checked: plugins read codes with `init?(_:)` or `read`.
    init(level: RegionLevel, digits: UInt64) {
        precondition(digits < Self.power(level.digits), "more digits than a \(level) code has")
        self.level = level
        self.digits = digits
    }

    /// The region `written` names, read without a declared level; nil when it is not 2, 4, 6, 9
    /// or 12 digits or names no region (province digits 00).
    public init?(_ written: some StringProtocol) {
        guard let code = Self.read(written, declared: nil)?.code else { return nil }
        self = code
    }

    /// The canonical key: the significant digits for the level, `500112`, `2103`, `210302001001`.
    public var key: String { Self.padded(digits, to: level.digits) }

    public var description: String { key }

    /// The code as a 12-digit 统计用区划代码 number (500112 → 500112000000). For codes read from
    /// text it identifies the region on its own: the level is that of the last non-zero group.
    public var twelveDigits: UInt64 { digits * Self.power(RegionLevel.village.digits - level.digits) }

    /// The region at `level` this one lies in (itself at its own level); nil below its level.
    public func truncated(to level: RegionLevel) -> RegionCode? {
        guard level <= self.level else { return nil }
        return RegionCode(level: level, digits: digits / Self.power(self.level.digits - level.digits))
    }

    /// Whether this region is `other` or lies within it: what a pack's `regions:` prefix covers.
    public func lies(in other: RegionCode) -> Bool { truncated(to: other.level) == other }

    /// The region findings are counted under: the county a township or village lies in, the
    /// region itself at county level and above.
    public var rollupRegion: RegionCode { truncated(to: min(level, .county)) ?? self }

    public static func < (lhs: RegionCode, rhs: RegionCode) -> Bool {
        (lhs.twelveDigits, lhs.level) < (rhs.twelveDigits, rhs.level)
    }

    // MARK: Reading what a user wrote

    /// Where a written code and the level declared beside it disagree.
    public enum Problem: Sendable, Equatable {
        /// The province digits are 00: no region has such a code (`000000`).
        case noProvince
        /// Fewer digits than the declared level has (`210302` declared village).
        case tooShort(declared: RegionLevel)
        /// Digits beyond the declared level are not all zero (`210302001001` declared county).
        case deeperThanDeclared(declared: RegionLevel)
        /// The declared level's own digits are all zero, so the code names a region above it
        /// (`210300000000` declared village names 鞍山市).
        case higherThanDeclared(declared: RegionLevel)
    }

    /// A written code read beside its declared level.
    public struct Reading: Sendable, Equatable {
        /// The region the code names (read by the declared level when the two agree, else by the
        /// digits alone); nil only for `.noProvince`.
        public let code: RegionCode?
        /// How the code and the declared level disagree, if they do.
        public let problem: Problem?
    }

    /// Reads `written` beside the `declared` level (nil when the filing gives none or an
    /// unknown one; the level is then what the digits say: zero groups are stripped from the
    /// end, the 12 digits grouping 2, 2, 2, 3, 3). Nil when `written` is not 2, 4, 6, 9 or 12
    /// ASCII digits: a format error, which the schema reports.
    public static func read(_ written: some StringProtocol, declared: RegionLevel?) -> Reading? {
        var value: UInt64 = 0
        var count = 0
        for byte in written.utf8 {
            guard (0x30...0x39).contains(byte), count < RegionLevel.village.digits else { return nil }
            value = value * 10 + UInt64(byte &- 0x30)
            count += 1
        }
        guard let writtenLevel = RegionLevel(digits: count) else { return nil }
        func prefix(_ level: RegionLevel) -> UInt64 { value / power(count - level.digits) }
        func group(_ level: RegionLevel) -> UInt64 { prefix(level) % power(level.digits - level.groupStart) }
        guard group(.province) != 0 else { return Reading(code: nil, problem: .noProvince) }
        var named = RegionLevel.province
        for level in RegionLevel.allCases where level <= writtenLevel && group(level) != 0 { named = level }
        if let declared, declared.digits <= count, declared >= named, group(declared) != 0 {
            // The declared level agrees: digits beyond it are zero and its own group is not.
            return Reading(code: RegionCode(level: declared, digits: prefix(declared)), problem: nil)
        }
        let code = RegionCode(level: named, digits: prefix(named))
        guard let declared else { return Reading(code: code, problem: nil) }
        let problem: Problem =
            declared.digits > count
            ? .tooShort(declared: declared)
            : declared < named ? .deeperThanDeclared(declared: declared) : .higherThanDeclared(declared: declared)
        return Reading(code: code, problem: problem)
    }

    // MARK: Words for messages

    /// How a code at `level` is written, with `example` (a code at that level) shown in each form:
    /// 「县级代码写 6 位（210302）或 12 位（210302000000）」; without an example, the lengths only.
    public static func writtenForms(at level: RegionLevel, example: RegionCode? = nil) -> String {
        func shown(_ digits: Int) -> String {
            guard let example, example.level == level else { return "\(digits) 位" }
            let value = example.digits * power(digits - level.digits)
            return "\(digits) 位（\(padded(value, to: digits))）"
        }
        let full = RegionLevel.village.digits
        var text = "\(level.chineseName)代码写"
        if level.hasSixDigitCode {
            text += " \(shown(RegionLevel.county.digits))或 \(shown(full))"
        } else {
            text += " \(shown(full))"
        }
        if level != .county && level != .village { text += "，也可简写为 \(shown(level.digits))" }
        return text
    }

    /// The message of a consistency issue between `written` and its declared level.
    public static func message(_ problem: Problem, written: String, code: RegionCode?) -> String {
        let named = code.map { "是\($0.level.chineseName)代码" } ?? "不是任何地区的代码"
        switch problem {
        case .noProvince:
            return "区划代码 \(written) 的省级两位是 00，不是任何地区的代码"
        case .tooShort(let declared):
            return
                "区划代码 \(written) 只有 \(written.utf8.count) 位，\(named)，与层级 \(declared.rawValue)（\(declared.chineseName)）不一致："
                + "\(declared.chineseName)代码至少要写 \(declared.digits) 位"
        case .deeperThanDeclared(let declared):
            return "区划代码 \(written) \(named)，与层级 \(declared.rawValue)（\(declared.chineseName)）不一致："
                + "\(declared.chineseName)代码第 \(declared.digits) 位之后应全为 0"
        case .higherThanDeclared(let declared):
            return "区划代码 \(written) \(named)，与层级 \(declared.rawValue)（\(declared.chineseName)）不一致："
                + "\(declared.chineseName)代码第 \(declared.groupStart + 1)–\(declared.digits) 位不能全为 0"
        }
    }

    /// The hint of a consistency issue: the forms of a code at the declared level, and the level
    /// to declare if the code is right.
    public static func hint(_ problem: Problem, code: RegionCode?) -> String {
        guard let code else { return "区划代码以省级两位开头，如辽宁省 21、重庆市 50" }
        let declared: RegionLevel
        switch problem {
        case .noProvince: return "区划代码以省级两位开头，如辽宁省 21、重庆市 50"
        case .tooShort(let level), .deeperThanDeclared(let level), .higherThanDeclared(let level): declared = level
        }
        var forms: String
        if let example = code.truncated(to: declared) {
            forms = writtenForms(at: declared, example: example)
        } else {
            let missing = RegionLevel.allCases.filter { $0 > code.level && $0 <= declared }
                .map { "\($0.chineseName) \($0.digits - $0.groupStart) 位" }
            forms = writtenForms(at: declared) + "：在 \(code.key) 之后写出" + missing.joined(separator: "、")
        }
        return
            "若这是\(declared.chineseName)申报，\(forms)；若是\(code.level.chineseName)申报，把 region.level 改为 \(code.level.rawValue)"
    }

    static func power(_ exponent: Int) -> UInt64 {
        var value: UInt64 = 1
        for _ in 0..<exponent { value *= 10 }
        return value
    }

    static func padded(_ value: UInt64, to width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.utf8.count)) + digits
    }
}
