import QingdanYAML

/// Which county filing a village is checked against, the same for `check` and the language
/// server: of the county's filings, the latest dated on or before the village's `as_of` (one
/// without a date counts as in force); of several with that date, a duplicate `check` reports,
/// the one in the village's own folder, then the one met last.
public enum DistrictRound {
    /// The indexes of `candidates` (path and date, in the order they were met) in force for a
    /// filing dated `date` at `path`, best first.
    public static func order(_ candidates: [(path: String, asOf: CivilDate?)], for date: CivilDate?, near path: String)
        -> [Int]
    {
        let folder = self.folder(of: path)
        return candidates.indices.reversed()
            .filter { index in date.map { (candidates[index].asOf ?? $0) <= $0 } ?? true }
            .enumerated()
            .sorted { a, b in
                let (first, second) = (candidates[a.element], candidates[b.element])
                let dates = (first.asOf ?? .distantPast, second.asOf ?? .distantPast)
                if dates.0 != dates.1 { return dates.0 > dates.1 }
                let near = (self.folder(of: first.path) == folder, self.folder(of: second.path) == folder)
                if near.0 != near.1 { return near.0 }
                return a.offset < b.offset
            }
            .map(\.element)
    }

    static func folder(of path: String) -> Substring {
        path.lastIndex(of: "/").map { path[..<$0] } ?? ""
    }
}
