/// The administrative level a filing is made at.
public enum RegionLevel: String, Sendable, CaseIterable, Comparable {
    case province, city, county, township, village

    /// The significant digits of a region code at this level: the first `digits` digits of a
    /// 12-digit 统计用区划代码 (the groups are 2, 2, 2, 3, 3 digits: 省 21, 市 03, 县 02, 乡 001,
    /// 村 001). The one table of code lengths; `RegionCode` reads every written form through it.
    public var digits: Int {
        switch self {
        case .province: 2
        case .city: 4
        case .county: 6
        case .township: 9
        case .village: 12
        }
    }

    /// Where this level's own group of digits starts: the digits of the level above.
    public var groupStart: Int { parent?.digits ?? 0 }

    /// The level above, nil for a province.
    public var parent: RegionLevel? {
        switch self {
        case .province: nil
        case .city: .province
        case .county: .city
        case .township: .county
        case .village: .township
        }
    }

    /// The level whose significant digits are exactly `count` (the short forms 2, 4, 6, 9, 12).
    public init?(digits count: Int) {
        switch count {
        case 2: self = .province
        case 4: self = .city
        case 6: self = .county
        case 9: self = .township
        case 12: self = .village
        default: return nil
        }
    }

    /// The level of the GB/T 2260 six-digit administrative code and above; townships and
    /// villages have only the 12-digit 统计用区划代码.
    public var hasSixDigitCode: Bool { self <= .county }

    public var chineseName: String {
        switch self {
        case .province: "省级"
        case .city: "市级"
        case .county: "县级"
        case .township: "乡级"
        case .village: "村级"
        }
    }

    public static func < (lhs: RegionLevel, rhs: RegionLevel) -> Bool { lhs.digits < rhs.digits }
}
