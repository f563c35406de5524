import ArgumentParser
import QingdanCore
import QingdanKit
import QingdanPluginAPI
import QingdanReporters

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "检查申报文件，报告每个问题及其政策依据。")

    @OptionGroup var options: RunOptions

    @Option(
        help: ArgumentHelp(
            "标准输出的格式：\(ReportFormat.allCases.map(\.rawValue).joined(separator: "、"))。", valueName: "format"))
    var format: ReportFormat = .text

    @Option(
        name: .customLong("report"),
        help: ArgumentHelp("另写一份报告到文件，如 sarif:qingdan.sarif、html:report.html（可重复）。", valueName: "format:path"))
    var reports: [ReportRequest<ReportFormat>] = []

    @Option(
        name: .customLong("fail-on"), help: ArgumentHelp("达到这个级别的问题使退出码为 1：error、warning 或 never。", valueName: "level"))
    var failOn: FailLevel = .error

    @Option(help: ArgumentHelp("基线文件：其中已有的问题不计入（由 qingdan baseline 生成）。", valueName: "file"))
    var baseline: String?

    @Option(name: .customLong("color"), help: ArgumentHelp("文本输出是否着色：auto（仅终端）、always、never。", valueName: "when"))
    var colour: ColourChoice = .auto

    @Flag(name: .customLong("no-progress"), help: "不在终端上显示进度条。")
    var noProgress = false

    @Flag(help: "先自动修正结果确定的问题（同 qingdan fix），再检查修正后的文件。")
    var fix = false

    func run() throws {
        let library = try options.packOptions.loadLibrary()
        let checker = try options.makeChecker(library: library, baseline: baseline)
        if fix { try FixRun(options: options, checker: checker).fixFiles() }
        try CheckRun(
            options: options, format: format, reports: reports, failOn: failOn, baseline: baseline, colour: colour,
            showProgress: !noProgress
        ).run(library: library, checker: checker)
    }
}

/// One check of the selected files with its reports: what `check` and `fix` end with.
struct CheckRun {
    let options: RunOptions
    var format: ReportFormat = .text
    var reports: [ReportRequest<ReportFormat>] = []
    let failOn: FailLevel
    var baseline: String?
    let colour: ColourChoice
    var showProgress = true

    /// Checks the files and reports what it finds; throws the exit status.
    func run(library: PackLibrary, checker: Checker) throws {
        if format.isBinary && Terminal.standardOutput.isInteractive {
            throw ValidationError(
                "--format \(format.rawValue) 是工作簿文件，不能显示在终端上；用 --report \(format.rawValue):问题.\(format.rawValue) 写到文件")
        }
        let context = ReportContext(
            toolVersion: ToolVersion.current, rules: library.allRules,
            colour: Terminal.standardOutput.wantsColour(colour))
        let fileContext = ReportContext(toolVersion: ToolVersion.current, rules: library.allRules, colour: false)
        let targets = try options.openReports(reports.map(\.path), baseline: baseline)
        var outputs = [BatchRunner.Output(reporter: format.reporter(context), target: .standardOutput())]
        for (report, target) in zip(reports, targets) {
            outputs.append(BatchRunner.Output(reporter: report.format.reporter(fileContext), target: target))
        }
        let runner = BatchRunner(
            checker: checker, jobs: options.jobCount,
            showProgress: showProgress && Terminal.standardError.isInteractive)
        let (summary, counts) = try options.run(runner, outputs: &outputs)
        try RunOptions.finish(outputs.map(\.target))
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

extension ReportFormat: ExpressibleByArgument {}
