import ArgumentParser
import QingdanCore
import QingdanKit
import QingdanPluginAPI
import QingdanReporters
import QingdanYAML

struct BaselineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baseline",
        abstract: "把现有的问题记入基线文件；之后 check --baseline 只报告新出现的问题。",
        discussion: "问题按指纹（规则、文件、事项名称或路径）匹配，行号变化不影响。豁免的问题不记入基线。")

    @OptionGroup var options: RunOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("基线文件（写入时先写临时文件再替换）。", valueName: "file"))
    var output: String = "qingdan-baseline.json"

    func run() throws {
        let library = try options.packOptions.loadLibrary()
        let checker = try options.makeChecker(library: library)
        let collector = FindingCollector()
        // Opened before the run, so a baseline that would overwrite a filing, the waiver file or
        // a pack is refused before anything is checked.
        let target = try options.openReports([output], role: "基线文件")[0]
        // The collector writes nothing while the run goes on; the baseline is written at its end.
        var outputs = [BatchRunner.Output(reporter: collector, target: target)]
        let runner = BatchRunner(
            checker: checker, jobs: options.jobCount, showProgress: Terminal.standardError.isInteractive)
        let (summary, counts) = try options.run(runner, outputs: &outputs)
        do {
            try options.requireFiles(counts)
            if summary.hasInputError {
                Terminal.standardError.write(
                    "qingdan: 有 \(summary.inputErrors) 个文件不是格式正确的申报，先改正它们（qingdan check）再生成基线\n")
                throw ExitCode(2)
            }
        } catch {
            target.discard()
            throw error
        }
        let findings = collector.findings
        target.write(Baseline.render(findings))
        try RunOptions.finish([target])
        Terminal.standardOutput.write(
            "已把 \(summary.files) 个文件中的 \(findings.count) 个问题记入 \(FileName.readable(output))\n")
    }
}

/// Gathers every counted finding of a run.
final class FindingCollector: Reporter {
    private(set) var findings: [Finding] = []

    func begin(into output: inout TextBuffer) {}
    func add(_ report: FileReport, into output: inout TextBuffer) { findings += report.findings }
    func end(_ summary: RunSummary, into output: inout TextBuffer) {}
}
