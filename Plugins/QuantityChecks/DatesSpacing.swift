import QingdanCore
import QingdanYAML

/// `dates.spacing`: consecutive dates of a list are at least `min_years` apart (a signboard list
/// changed at most once in two years).
struct DatesSpacing: Check {
    let list: FilingPath
    let minYears: Int

    static let kind = CheckKind(
        name: "dates.spacing",
        summary: "列表中相邻的两个日期至少相隔若干年",
        options: ObjectSchema(title: "dates.spacing 的选项", properties: [
            Property("list", .text(.filingPath), required: true, title: "日期列表"),
            Property("min_years", .integer(minimum: 1), required: true, title: "至少相隔的年数"),
        ]),
        variables: [("date", "过早的日期"), ("previous", "上一个日期"), ("years", "至少相隔的年数"),
                    ("earliest", "最早可以的日期")],
        limits: [LimitOption("min_years", stricter: .higher)],
        compile: { options throws(PackProblem) in
            let path = try options.filingPath("list")
            guard case .list(.date)? = path.schemaType else {
                throw options.problem(at: "list", "「\(path)」不是日期列表")
            }
            return DatesSpacing(list: path, minYears: options.integer("min_years") ?? 1)
        })

    var reads: [FilingPath] { [list] }

    func run(on filing: FilingView, into sink: inout FindingSink) {
        guard let node = filing.node(at: list) else { return }
        let dated = node.items.enumerated().compactMap { index, item in item.date.map { (index, item, $0) } }
            .sorted { $0.2 < $1.2 }
        for (previous, current) in zip(dated, dated.dropFirst()) {
            let earliest = previous.2.adding(years: minYears)
            guard current.2 < earliest else { continue }
            sink.report(at: current.1, path: list.documentPath.appending(index: current.0), identity: current.2.description, [
                "date": current.2.description, "previous": previous.2.description,
                "years": String(minYears), "earliest": earliest.description,
            ])
        }
    }
}
