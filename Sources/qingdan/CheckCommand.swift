import ArgumentParser
import QingdanCore
import QingdanKit
import QingdanReporters
import QingdanYAML

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "检查申报文件，报告每个问题及其政策依据。")

    @Argument(help: ArgumentHelp("申报文件，或含有申报文件（.yaml、.yml、.json）的目录。", valueName: "path"))
    var paths: [String]

    @Option(help: ArgumentHelp("文件既没有写 pack:，区划代码也没有对应的规则包时，使用这个规则包。", valueName: "id"))
    var pack: String?

    @Option(help: ArgumentHelp("输出格式：\(Reporters.names.joined(separator: "、"))。", valueName: "format"))
    var format: String = TextReporter.name

    @Option(name: .customLong("fail-on"), help: ArgumentHelp("达到这个级别的问题使退出码为 1：error、warning 或 never。", valueName: "level"))
    var failOn: FailLevel = .error

    @Option(name: .customLong("color"), help: ArgumentHelp("文本输出是否着色：auto（仅终端）、always、never。", valueName: "when"))
    var colour: ColourChoice = .auto

    @OptionGroup var packOptions: PackOptions

    func validate() throws {
        guard Reporters.names.contains(format) else {
            throw ValidationError("未知的输出格式「\(format)」；可用：\(Reporters.names.joined(separator: "、"))")
        }
    }

    func run() throws {
        let library = try packOptions.loadLibrary()
        if let pack, library.pack(id: pack) == nil {
            throw ValidationError("没有名为「\(pack)」的规则包；\(Suggestions.hint(for: pack, among: library.ids, listing: "规则包"))")
        }
        let files = try InputFiles.expand(paths)
        let checker = Checker(library: library, settings: Checker.Settings(fallbackPack: pack, today: .today))
        let run = CheckRun(reports: files.map(checker.check(path:)), toolVersion: ToolVersion.current)
        let output = switch format {
        case JSONReporter.name: JSONReporter().render(run)
        default: TextReporter(colour: Terminal.standardOutput.wantsColour(colour)).render(run)
        }
        Terminal.standardOutput.write(output)
        throw ExitCode(run.exitStatus(failLevel: failOn.severity))
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

/// The files named on the command line, with directories expanded to the filings inside them.
enum InputFiles {
    static let extensions = [".yaml", ".yml", ".json"]

    static func expand(_ paths: [String]) throws -> [String] {
        var files: [String] = []
        for path in paths {
            if FileSystem.isDirectory(path) {
                let base = path.hasSuffix("/") ? String(path.dropLast()) : path
                let found = FileSystem.files(under: base).filter { name in extensions.contains { name.hasSuffix($0) } }
                guard !found.isEmpty else {
                    throw ValidationError("目录「\(path)」中没有申报文件（\(extensions.joined(separator: "、"))）")
                }
                files += found.map { base + "/" + $0 }
            } else if FileSystem.exists(path) {
                files.append(path)
            } else {
                throw ValidationError("文件不存在：\(path)")
            }
        }
        return files
    }
}
