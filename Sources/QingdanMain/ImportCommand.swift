import ArgumentParser
import QingdanCore
import QingdanKit
import QingdanPluginAPI
import QingdanYAML

/// `qingdan import`: a workbook or CSV table as the YAML filing it stands for, each value
/// commented with its cell — the same translation `check` judges.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "把 .xlsx 工作簿或 .csv 表格转换为 YAML 申报文件（每个值注明来自哪个单元格）。",
        discussion: "工作簿的写法见 Docs/workbooks.md。有未能转换的工作表、列或公式时，列出它们并以状态 2 退出，不写文件。")

    @Argument(help: ArgumentHelp("要转换的 .xlsx 工作簿或 .csv 表格。", valueName: "file"))
    var file: String

    @Option(name: .shortAndLong, help: ArgumentHelp("写到这个 YAML 文件（默认写到标准输出；- 也是标准输出）。", valueName: "path"))
    var output: String?

    @Flag(help: "输出文件已存在时替换它（默认不覆盖已有文件）。")
    var force = false

    @Option(help: ArgumentHelp("CSV 表格的编码：gb18030 含 GBK；默认 UTF-8。", valueName: "name"))
    var encoding: SourceEncoding = .utf8

    @OptionGroup var packOptions: PackOptions

    func run() throws {
        let library = try packOptions.loadLibrary(consequence: "没有转换")
        let checker = Checker(
            library: library,
            settings: Checker.Settings(
                encoding: encoding, today: .today, readers: WorkbookReader.all(format: library.format)))
        let shown = FileName.readable(file)
        guard checker.reader(of: file) != nil else {
            throw InitCommand.fail(
                .importNotWorkbook, "\(shown) 不是 .xlsx 工作簿或 .csv 表格",
                "qingdan import 转换工作簿；YAML 申报文件直接用 qingdan check 检查")
        }
        if let output, output != "-" {
            // The workbook is never written over, not even with --force.
            if checker.reader(of: output) != nil
                || FileSystem.identity(output).map({ $0 == FileSystem.identity(file) }) == true
            {
                throw InitCommand.fail(
                    .importWrite, "输出文件 \(FileName.readable(output)) 是工作簿或表格本身：转换不会覆盖它",
                    "输出写成 .yaml 文件，如 -o 申报.yaml")
            }
        }
        let source: SourceFile
        do {
            source = try checker.load(path: file)
        } catch {
            throw Self.fail(error.all, file: shown)
        }
        if let problems = source.origin?.problems, !problems.isEmpty {
            throw Self.fail(problems, file: shown, note: "有内容未能转换，没有写文件；改正工作簿后再转换（或先用 qingdan check 查看全部问题）")
        }
        let target: OutputTarget
        do {
            if let output, output != "-" {
                target =
                    force ? try OutputTarget.file(output, role: "输出文件") : try OutputTarget.newFile(output, role: "输出文件")
            } else {
                target = .standardOutput()
            }
            target.write(source.bytes)
            try target.finish()
        } catch {
            let hint = error.alreadyExists ? "换一个文件名，或加 --force 替换它" : "换一个可以写入的目录或文件名"
            throw InitCommand.fail(.importWrite, error.message, hint)
        }
        if let output, output != "-" {
            Terminal.standardError.write("已转换 \(shown) → \(FileName.readable(output))\n")
        }
    }

    static func fail(_ problems: [YAMLProblem], file: String, note: String? = nil) -> ExitCode {
        for problem in problems {
            let place = problem.cell.map { "\(file):\($0)" } ?? file
            Terminal.standardError.write(
                "\(VisibleText.escaped(place)): error [\(problem.code.rawValue)] \(VisibleText.escaped(problem.message))\n  建议：\(problem.hint)\n"
            )
        }
        if let note { Terminal.standardError.write("\(note)\n") }
        return ExitCode(2)
    }
}

extension FindingCode {
    static let importNotWorkbook: FindingCode = "import.not-workbook"
    static let importWrite: FindingCode = "import.write"
}
