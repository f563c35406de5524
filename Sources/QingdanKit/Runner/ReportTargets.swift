import QingdanCore
import QingdanYAML

/// Opens the files a run writes its reports to, refusing the ones that would destroy something:
/// two reports to one file (they would interleave), a report to the file standard output
/// already goes to, and a report over a file the run reads (the baseline, the waiver file, a
/// pack). The filings themselves are compared while they are selected (`BatchRunner`).
public enum ReportTargets {
    /// A file the run reads, and what it is to the user (「基线文件」).
    public typealias ReadFile = (path: String, role: String)

    public static func open(_ paths: [String], role: String = "报告文件", reading: [ReadFile]) throws(OutputTarget.Problem)
        -> [OutputTarget]
    {
        var targets: [OutputTarget] = []
        do throws(OutputTarget.Problem) {
            let read = reading.compactMap { file in FileSystem.identity(file.path).map { ($0, file) } }
            let discarded = FileSystem.identity("/dev/null")
            var opened: [OutputTarget.Key: String] = [:]
            for path in paths {
                let shown = FileName.readable(path)
                let target = try OutputTarget.file(path, role: role)
                targets.append(target)
                if let existing = target.existing, existing == discarded { continue }
                if let existing = target.existing, let file = read.first(where: { $0.0 == existing })?.1 {
                    throw OutputTarget.Problem(
                        message: "\(role) \(shown) 就是\(file.role) \(FileName.readable(file.path))：写入会覆盖它；请换一个文件名")
                }
                if let existing = target.existing, existing == StandardStreams.outputIdentity {
                    let hint = role == "报告文件" ? "标准输出的格式用 --format 选，--report 写到另一个文件" : "\(role)要写到一个文件"
                    throw OutputTarget.Problem(message: "\(role) \(shown) 就是标准输出：两份输出会混在一起；\(hint)")
                }
                if let earlier = opened.updateValue(path, forKey: target.key) {
                    throw OutputTarget.Problem(
                        message: "--report \(FileName.readable(earlier)) 和 \(shown) 是同一个文件：两份报告会混在一起；每份报告写到不同的文件")
                }
            }
            return targets
        } catch {
            for target in targets { target.discard() }
            throw error
        }
    }

    /// Finishes every target, also after one fails (none is left as a temporary file); the
    /// problems of those that could not be written completely.
    public static func finish(_ targets: [OutputTarget]) -> [OutputTarget.Problem] {
        var problems: [OutputTarget.Problem] = []
        for target in targets {
            do {
                try target.finish()
            } catch {
                problems.append(error)
            }
        }
        return problems
    }
}
