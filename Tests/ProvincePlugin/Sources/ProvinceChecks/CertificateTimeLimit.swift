import QingdanPluginAPI

/// `certificates.time-limit`: every certificate item states a definite time limit — a number of
/// working days no more than `max_days`, or a wording such as 即时办结 — not 尽快 or 另行通知.
struct CertificateTimeLimit: CheckKind {
    struct Options: CheckOptions {
        @CheckOption("list", title: "证明事项清单") var list: FilingList
        @CheckOption("max_days", title: "最长出具时限（工作日）", minimum: 0, stricter: .lower) var maxDays: Int
        @CheckOption("vague", title: "不算明确时限的说法", stricter: .superset)
        var vague = ["尽快", "及时", "另行通知", "视情况", "待定"]
    }

    struct Message: FindingMessage {
        let item: String
        let stated: String
        let problem: String
        let maxDays: Int

        static let placeholders: [Placeholder<Message>] = [
            Placeholder("item", \.item, "证明事项名称"),
            Placeholder("stated", \.stated, "申报写的出具时限"),
            Placeholder("problem", \.problem, "时限的问题"),
            Placeholder("max_days", \.maxDays, "最长出具时限（工作日）"),
        ]
    }

    static let name = "certificates.time-limit"
    static let summary = "证明事项写明确定的出具时限（不超过 max_days 个工作日）"

    let list: FilingPath
    let maxDays: Int
    let vague: [String]

    init(options: Options, context: CheckContext) throws(PackProblem) {
        guard options.list.item.property("time_limit") != nil else {
            throw options.$list.problem("「\(options.list.path)」的事项没有 time_limit 键")
        }
        list = options.list.path
        maxDays = options.maxDays
        vague = options.vague
    }

    var reads: [FilingPath] { [list] }

    func run(on filing: FilingView, into sink: inout FindingSink<Message>) {
        for item in filing.items(of: list) {
            let stated = item.text("time_limit")
            let problem: String
            if let days = item.value("time_limit_days")?.integer {
                guard days > maxDays else { continue }
                problem = "\(days) 个工作日，超过 \(maxDays) 个工作日"
            } else if let stated {
                guard let word = vague.first(where: stated.contains) else { continue }
                problem = "「\(word)」不是确定的时限"
            } else {
                problem = "没有写出具时限"
            }
            sink.report(
                at: item.value("time_limit") ?? item.node, path: item.path,
                Message(item: item.label, stated: stated ?? "未填写", problem: problem, maxDays: maxDays))
        }
    }
}
