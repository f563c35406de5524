/// The administrative level a filing is made at.
public enum RegionLevel: String, Sendable, CaseIterable, Comparable {
    case province, city, county, township, village

    /// The number of digits a 统计用区划代码 has at this level.
    public var codeLength: Int {
        switch self {
        case .province: 2
        case .city: 4
        case .county: 6
        case .township: 9
        case .village: 12
        }
    }

    public var chineseName: String {
        switch self {
        case .province: "省级"
        case .city: "市级"
        case .county: "县级"
        case .township: "乡级"
        case .village: "村级"
        }
    }

    public static func < (lhs: RegionLevel, rhs: RegionLevel) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
