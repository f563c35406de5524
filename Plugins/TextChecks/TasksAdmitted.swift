import QingdanPluginAPI
import QingdanText

/// `tasks.admitted`: each task handed to a village is on a list its district published (准入),
/// or carries an approval. Runs only when the same run checks the district's filing; a task
/// matches a list item when one's folded name contains the other's.
struct TasksAdmitted: CheckKind {
    struct Options: CheckOptions {
        @CheckOption("list", title: "交办的工作") var list: FilingList
        @CheckOption("admitted_by", title: "县级地区申报中列明准入事项的清单", stricter: .superset)
        var admittedBy: [FilingList]
        @CheckOption("exempt_when", title: "不需在清单中的工作满足的条件") var exemptWhen: ConditionOption?
    }

    struct Message: FindingMessage {
        let item: String
        let district: String
        let lists: String
        let districtFile: String

        static let placeholders: [Placeholder<Message>] = [
            Placeholder("item", \.item, "工作名称"),
            Placeholder("district", \.district, "县级地区名称"),
            Placeholder("lists", \.lists, "准入清单的名称"),
            Placeholder("district_file", \.districtFile, "县级地区的申报文件"),
        ]
    }

    static let name = "tasks.admitted"
    static let summary = "交办村级组织的工作在所属县级地区发布的清单中，或经准入审批（需同时检查县级申报）"

    let tasks: FilingPath
    let admittedBy: [FilingPath]
    let exemption: ItemCondition?
    /// Under which name the district's folded list items are kept for the villages after it.
    let memoKey: String

    init(options: Options, context: CheckContext) throws(PackProblem) {
        tasks = options.list.path
        admittedBy = options.admittedBy.map(\.path)
        exemption = try options.exemptWhen?.compiled(for: [options.list], context)
        memoKey = "tasks.admitted:" + admittedBy.map(\.description).joined(separator: ",")
    }

    var reads: [FilingPath] { [tasks] }

    func run(on filing: FilingView, into sink: inout FindingSink<Message>) {
        guard let district = filing.district else { return }
        let admitted = district.memoized(memoKey) {
            let view = district.view
            return admittedBy.flatMap { view.items(of: $0).compactMap { $0.name.map(FoldedText.init) } }
        }
        for task in filing.items(of: tasks) where exemption?.matches(task) != true {
            guard let node = task.value("name") else { continue }
            let folded = filing.folded(node)
            if admitted.contains(where: { $0.contains(folded) || folded.contains($0) }) { continue }
            sink.report(
                at: task.node, path: task.path,
                Message(
                    item: task.label, district: district.name, lists: admittedBy.map(\.title).joined(separator: "或"),
                    districtFile: district.file))
        }
    }
}
