import QingdanPluginAPI
import QingdanYAML

/// The days a pack or rule is in force; both ends inclusive, either may be open.
public struct DateRange: Sendable, Equatable, CustomStringConvertible {
    public var from: CivilDate?
    public var until: CivilDate?
    /// False when a source gives the boundary only as a year or month, or not at all, so the
    /// day was chosen by the pack (reports say 「日期未核实」).
    public var verified: Bool
    /// Why the dates are what they are, when they are not verified.
    public var note: String?

    public init(from: CivilDate? = nil, until: CivilDate? = nil, verified: Bool = true, note: String? = nil) {
        self.from = from
        self.until = until
        self.verified = verified
        self.note = note
    }

    public static let always = DateRange()

    /// The days within both `inner` (a rule's) and `outer` (its pack's), verified when the ends
    /// that bind are.
    public static func within(_ inner: DateRange, _ outer: DateRange) -> DateRange {
        func binding(_ a: CivilDate?, _ b: CivilDate?, later: Bool) -> (CivilDate?, Bool) {
            switch (a, b) {
            case (nil, nil): (nil, true)
            case (let a?, nil): (a, inner.verified)
            case (nil, let b?): (b, outer.verified)
            case (let a?, let b?): (later ? a >= b : a <= b) ? (a, inner.verified) : (b, outer.verified)
            }
        }
        let (from, fromVerified) = binding(inner.from, outer.from, later: true)
        let (until, untilVerified) = binding(inner.until, outer.until, later: false)
        // The note of the range whose unverified end binds, so the reason shown is the right one.
        let note =
            !fromVerified && from != inner.from || !untilVerified && until != inner.until ? outer.note : inner.note
        return DateRange(
            from: from, until: until, verified: fromVerified && untilVerified, note: note ?? inner.note ?? outer.note)
    }

    /// Whether any day is in the range (`from` is not after `until`).
    public var isSatisfiable: Bool {
        guard let from, let until else { return true }
        return from <= until
    }

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

    /// The range with the reason its dates are not verified, as `explain` shows it.
    public var explained: String {
        guard !verified else { return description }
        return description + "（日期未核实" + (note.map { "：" + $0 } ?? "") + "）"
    }
}
