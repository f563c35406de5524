import ArgumentParser
import QingdanCore
import QingdanPluginAPI
import QingdanKit
import QingdanReporters

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "检查申报文件，报告每个问题及其政策依据。")

    @OptionGroup var options: RunOptions

    @Option(help: ArgumentHelp("标准输出的格式：\(Reporters.names.joined(separator: "、"))。", valueName: "format"))
    var format: String = "text"

    @Option(name: .customLong("report"), help: ArgumentHelp("另写一份报告到文件，如 sarif:qingdan.sarif、html:report.html（可重复）。", valueName: "format:path"))
    var reports: [String] = []

    @Option(name: .customLong("fail-on"), help: ArgumentHelp("达到这个级别的问题使退出码为 1：error、warning 或 never。", valueName: "level"))
    var failOn: FailLevel = .error

    @Option(help: ArgumentHelp("基线文件：其中已有的问题不计入（由 qingdan baseline 生成）。", valueName: "file"))
    var baseline: String?

    @Option(name: .customLong("color"), help: ArgumentHelp("文本输出是否着色：auto（仅终端）、always、never。", valueName: "when"))
    var colour: ColourChoice = .auto

    @Flag(name: .customLong("no-progress"), help: "不在终端上显示进度条。")
    var noProgress = false

    func validate() throws {
        guard Reporters.names.contains(format) else {
            throw ValidationError("未知的输出格式「\(format)」；可用：\(Reporters.names.joined(separator: "、"))")
        }
        for report in reports {
            let parts = report.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[1].isEmpty, Reporters.names.contains(parts[0]) else {
                throw ValidationError("--report 要写成 格式:文件，如 sarif:qingdan.sarif；可用的格式：\(Reporters.names.joined(separator: "、"))")
            }
        }
    }

    func run() throws {
        let library = try options.packOptions.loadLibrary()
        let checker = try options.makeChecker(library: library, baseline: baseline)
        let context = ReportContext(toolVersion: ToolVersion.current, rules: library.allRules,
                                    colour: Terminal.standardOutput.wantsColour(colour))
        var outputs = [BatchRunner.Output(reporter: Reporters.make(format, context: context)!, target: .standardOutput())]
        for report in reports {
            let parts = report.split(separator: ":", maxSplits: 1).map(String.init)
            let fileContext = ReportContext(toolVersion: ToolVersion.current, rules: library.allRules, colour: false)
            do {
                outputs.append(BatchRunner.Output(reporter: Reporters.make(parts[0], context: fileContext)!, target: try .file(parts[1])))
            } catch {
                throw ValidationError(error.message)
            }
        }
        let runner = BatchRunner(checker: checker, jobs: options.jobCount,
                                 showProgress: !noProgress && Terminal.standardError.isInteractive)
        let (summary, counts) = runner.run(options.selection, outputs: &outputs)
        for output in outputs {
            do {
                try output.target.finish()
            } catch {
                Terminal.standardError.write("qingdan: \(error.message)\n")
                throw ExitCode(2)
            }
        }
        try options.requireFiles(counts)
        throw ExitCode(summary.exitStatus(failLevel: failOn.severity))
    }
}

enum FailLevel: String, ExpressibleByArgument, CaseIterable {
    case error, warning, never

    var severity: Severity? {
        switch self {
        case .error: .error
        case .warning: .warning
        case .never: nil
        }
    }
}

extension ColourChoice: ExpressibleByArgument {}
