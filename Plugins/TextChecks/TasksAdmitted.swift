import QingdanCore
import QingdanText

/// `tasks.admitted`: each task handed to a village is on a list its district published (准入),
/// or carries an approval. Runs only when the same run checks the district's filing; a task
/// matches a list item when one's folded name contains the other's.
struct TasksAdmitted: Check {
    let tasks: FilingPath
    let admittedBy: [FilingPath]
    let exemption: ItemCondition?
    /// Under which name the district's folded list items are kept for the villages after it.
    let memoKey: String

    init(tasks: FilingPath, admittedBy: [FilingPath], exemption: ItemCondition?) {
        self.tasks = tasks
        self.admittedBy = admittedBy
        self.exemption = exemption
        memoKey = "tasks.admitted:" + admittedBy.map(\.description).joined(separator: ",")
    }

    static let kind = CheckKind(
        name: "tasks.admitted",
        summary: "交办村级组织的工作在所属县级地区发布的清单中，或经准入审批（需同时检查县级申报）",
        options: ObjectSchema(title: "tasks.admitted 的选项", properties: [
            Property("list", .text(.filingPath), required: true, title: "交办的工作"),
            Property("admitted_by", .list(.text(.filingPath)), required: true, title: "县级地区申报中列明准入事项的清单"),
            Property("exempt_when", .dictionary(key: .any, value: .list(.text())), title: "不需在清单中的工作满足的条件"),
        ]),
        variables: [("item", "工作名称"), ("district", "县级地区名称"), ("lists", "准入清单的名称"),
                    ("district_file", "县级地区的申报文件")],
        limits: [LimitOption("admitted_by", stricter: .superset)],
        compile: { options throws(PackProblem) in
            let (path, item) = try options.filingList("list")
            let lists = try options.filingLists("admitted_by")
            return TasksAdmitted(tasks: path, admittedBy: lists.map(\.path),
                                 exemption: try options.condition("exempt_when", of: item))
        })

    var reads: [FilingPath] { [tasks] }

    func run(on filing: FilingView, into sink: inout FindingSink) {
        guard let district = filing.district else { return }
        let admitted = district.memoized(memoKey) {
            let view = district.view
            return admittedBy.flatMap { view.items(of: $0).compactMap { $0.name.map(FoldedText.init) } }
        }
        for task in filing.items(of: tasks) where exemption?.matches(task) != true {
            guard let node = task.value("name") else { continue }
            let folded = filing.folded(node)
            if admitted.contains(where: { $0.contains(folded) || folded.contains($0) }) { continue }
            sink.report(at: task.node, path: task.path, [
                "item": task.label, "district": district.name, "district_file": district.file,
                "lists": admittedBy.map(\.title).joined(separator: "或"),
            ])
        }
    }
}
