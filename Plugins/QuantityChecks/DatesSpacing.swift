import QingdanPluginAPI
import QingdanYAML

/// `dates.spacing`: consecutive dates of a list are at least `min_years` apart (a signboard list
/// changed at most once in two years).
struct DatesSpacing: CheckKind {
    struct Options: CheckOptions {
        @CheckOption("list", title: "日期列表") var list: FilingPath
        @CheckOption("min_years", title: "至少相隔的年数", minimum: 1, maximum: 100, stricter: .higher)
        var minYears: Int
    }

    struct Message: FindingMessage {
        let date: String
        let previous: String
        let years: Int
        let earliest: String

        static let placeholders: [Placeholder<Message>] = [
            Placeholder("date", \.date, "过早的日期"),
            Placeholder("previous", \.previous, "上一个日期"),
            Placeholder("years", \.years, "至少相隔的年数"),
            Placeholder("earliest", \.earliest, "最早可以的日期"),
        ]
    }

    static let name = "dates.spacing"
    static let summary = "列表中相邻的两个日期至少相隔若干年"

    let list: FilingPath
    let minYears: Int

    init(options: Options, context: CheckContext) throws(PackProblem) {
        guard case .list(.date)? = context.format.type(at: options.list.keys) else {
            throw options.$list.problem("「\(options.list)」不是日期列表")
        }
        list = options.list
        minYears = options.minYears
    }

    var reads: [FilingPath] { [list] }

    /// The day `years` after `date` written out when it lies past 9999-12-31 (`10000-06-01`),
    /// which no date of the list can reach.
    static func beyondCalendar(_ date: CivilDate, years: Int) -> String {
        let month = date.month < 10 ? "0\(date.month)" : "\(date.month)"
        let day = date.day < 10 ? "0\(date.day)" : "\(date.day)"
        return "\(date.year + years)-\(month)-\(day)"
    }

    func run(on filing: FilingView, into sink: inout FindingSink<Message>) {
        guard let node = filing.node(at: list) else { return }
        let dated = node.items.enumerated().compactMap { index, item in item.date.map { (index, item, $0) } }
            .sorted { $0.2 < $1.2 }
        for (previous, current) in zip(dated, dated.dropFirst()) {
            // Past 9999-12-31 no date of the list can be late enough.
            let earliest = previous.2.adding(years: minYears)
            if let earliest, current.2 >= earliest { continue }
            sink.report(
                at: current.1, path: list.documentPath.appending(index: current.0), identity: current.2.description,
                Message(
                    date: current.2.description, previous: previous.2.description, years: minYears,
                    earliest: earliest?.description ?? Self.beyondCalendar(previous.2, years: minYears)))
        }
    }
}
