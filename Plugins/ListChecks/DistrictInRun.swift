import QingdanPluginAPI

/// `district.in-run`: a township's or village's filing is checked in the same run as its
/// district's (the county-level filing whose lists its tasks are checked against). Without it
/// the cross-filing checks cannot run, and the report says so instead of passing in silence.
struct DistrictInRun: CheckKind {
    struct Options: CheckOptions {
        @CheckOption("section", title: "有这一部分时才需要县级申报（如 tasks）") var section: FilingPath
    }

    struct Message: FindingMessage {
        let district: String?
        let title: String

        static let placeholders: [Placeholder<Message>] = [
            Placeholder("district", \.district, "所属县级地区的区划代码"),
            Placeholder("title", \.title, "需要与县级申报核对的部分"),
        ]
    }

    static let name = "district.in-run"
    static let summary = "乡、村级申报与所属县级申报一起检查，否则无法核对准入（报告为提示）"

    let section: FilingPath

    init(options: Options, context: CheckContext) throws(PackProblem) {
        section = options.section
    }

    var reads: [FilingPath] { [section] }

    func run(on filing: FilingView, into sink: inout FindingSink<Message>) {
        guard filing.district == nil, let node = filing.node(at: section), node.count > 0 else { return }
        let code = filing.header.region?.truncated(to: .county)?.key
        sink.report(at: node, path: section.documentPath, Message(district: code, title: section.title))
    }
}
