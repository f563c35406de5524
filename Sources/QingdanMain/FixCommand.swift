import ArgumentParser
import QingdanCore
import QingdanKit
import QingdanYAML

struct FixCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fix",
        abstract: "自动修正结果确定的问题，再检查修正后的文件。",
        discussion: """
            修正的是改法唯一的问题：繁体字和不规范简化字改为规范汉字，简称改为全称，键后的全角冒号、全角的「－」「＃」\
            和全角空格缩进改为半角，日期写成 2024-03-01，数字去掉单位和引号（「420平方米」改为 420）。\
            只改动有问题的字，注释、缩进、键的顺序和换行符保持原样；写入时先写到同一目录的临时文件再替换。\
            修正后仍不是正确 YAML 的文件、不是 UTF-8 编码的文件不改动。每条规则能否自动修正：qingdan explain 规则编号。
            """)

    @OptionGroup var options: RunOptions

    @Flag(help: "只显示要做的修改（统一差异格式），不写入文件；有要修改的内容时退出码为 1。")
    var diff = false

    @Option(
        name: .customLong("fail-on"),
        help: ArgumentHelp("修正后仍有这个级别的问题时退出码为 1：error、warning 或 never。", valueName: "level"))
    var failOn: FailLevel = .error

    @Option(name: .customLong("color"), help: ArgumentHelp("文本输出是否着色：auto（仅终端）、always、never。", valueName: "when"))
    var colour: ColourChoice = .auto

    @Flag(name: .customLong("no-progress"), help: "不在终端上显示进度条。")
    var noProgress = false

    func run() throws {
        let library = try options.packOptions.loadLibrary()
        let checker = try options.makeChecker(library: library)
        let fixing = FixRun(options: options, checker: checker)
        if diff { throw ExitCode(fixing.printDiffs()) }
        try fixing.fixFiles()
        try CheckRun(options: options, failOn: failOn, colour: colour, showProgress: !noProgress).run(
            library: library, checker: checker)
    }
}

/// The fixes of one run over the selected files: written (`fix`, `check --fix`) or shown as a
/// diff (`fix --diff`). What it did goes to standard error, so that standard output stays the
/// report.
struct FixRun {
    let options: RunOptions
    let checker: Checker

    private func plans() -> [(path: String, outcome: Fixer.Outcome)] {
        // A file named twice, or through links, is fixed once, under the path met first.
        var paths: [String] = []
        var seen: Set<FileIdentity> = []
        options.selection.forEachFile { selected in
            guard selected.problem == nil else { return }
            if let info = FileSystem.information(selected.path), !seen.insert(FileIdentity(info)).inserted { return }
            paths.append(selected.path)
        }
        let fixer = Fixer(checker: checker)
        return zip(paths, paths.map { fixer.plan(path: $0) }).map { ($0, $1) }
    }

    /// Writes every file's fixes and says what was fixed; a file that could not be written
    /// stops the run with exit status 2 after the others are written.
    func fixFiles() throws {
        var files = 0
        var fixes = 0
        var failed = false
        var refused = 0
        for (path, outcome) in plans() {
            switch outcome {
            case .unchanged:
                continue
            case .refused(let reason):
                refused += 1
                Terminal.standardError.write("未修正 \(FileName.readable(path))：\(reason)\n")
            case .fixed(let original, let fixed, let applied):
                do {
                    try Fixer.write(fixed, over: original, at: path, maxBytes: options.limits.maxFileBytes)
                } catch {
                    Terminal.standardError.write("未修正 \(VisibleText.escaped(error.message))\n")
                    failed = true
                    continue
                }
                files += 1
                fixes += applied.count
                Terminal.standardError.write(Self.describe(applied, in: path, verb: "已修正"))
            }
        }
        if files > 0 {
            Terminal.standardError.write("共修正 \(files) 个文件中的 \(fixes) 处问题；下面是修正后重新检查的结果。\n\n")
        } else if refused > 0 || failed {
            Terminal.standardError.write("没有修正任何文件；下面是检查的结果。\n\n")
        } else {
            Terminal.standardError.write("没有可以自动修正的问题。\n\n")
        }
        if failed { throw ExitCode(2) }
    }

    /// Prints the diff of every file with fixes; the exit status: 2 when a file is not a
    /// readable filing or its fixes cannot be applied (as `check` would exit), else 1 when
    /// there is something to fix, else 0.
    func printDiffs() -> Int32 {
        var files = 0
        var fixes = 0
        var inputErrors = 0
        for (path, outcome) in plans() {
            switch outcome {
            case .unchanged(let inputError):
                if inputError { inputErrors += 1 }
            case .refused(let reason):
                inputErrors += 1
                Terminal.standardError.write("不能修正 \(FileName.readable(path))：\(reason)\n")
            case .fixed(let original, let fixed, let applied):
                files += 1
                fixes += applied.count
                Terminal.standardOutput.write(UnifiedDiff.of(original, fixed, path: FileName.readable(path)))
                Terminal.standardError.write(Self.describe(applied, in: path, verb: "可修正"))
            }
        }
        Terminal.standardError.write(
            files > 0
                ? "共 \(files) 个文件中的 \(fixes) 处问题可以自动修正；没有写入文件，去掉 --diff 即写入。\n"
                : "没有可以自动修正的问题。\n")
        if inputErrors > 0 {
            Terminal.standardError.write("有 \(inputErrors) 个文件无法读取或不是正确的申报文件：用 qingdan check 查看原因。\n")
            return 2
        }
        return files > 0 ? 1 : 0
    }

    static func describe(_ applied: [Fixer.Applied], in path: String, verb: String) -> String {
        var text = "\(verb) \(FileName.readable(path))：\(applied.count) 处\n"
        for fix in applied { text += "  第 \(fix.location.line) 行 [\(fix.ruleID)] \(fix.title)\n" }
        return text
    }
}
