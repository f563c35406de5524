import QingdanPluginAPI
import QingdanYAML

/// The days a pack or rule is in force; both ends inclusive, either may be open.
public struct DateRange: Sendable, Equatable, CustomStringConvertible {
    public var from: CivilDate?
    public var until: CivilDate?

    public init(from: CivilDate? = nil, until: CivilDate? = nil) {
        self.from = from
        self.until = until
    }

    public static let always = DateRange()

    public func contains(_ date: CivilDate) -> Bool {
        if let from, date < from { return false }
        if let until, until < date { return false }
        return true
    }

    public var description: String {
        switch (from, until) {
        case (nil, nil): "一直有效"
        case (let from?, nil): "\(from) 起"
        case (nil, let until?): "至 \(until)"
        case (let from?, let until?): "\(from) 至 \(until)"
        }
    }
}
