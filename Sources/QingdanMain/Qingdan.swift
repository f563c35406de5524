import ArgumentParser
import QingdanCore
import QingdanKit
import QingdanPluginAPI
import QingdanYAML

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct Qingdan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "qingdan",
        abstract: "清单制合规检查：按规则包检查村级组织工作事项、机制牌子和证明事项的申报文件。",
        discussion: """
            退出码：0 没有达到 --fail-on 级别的问题；1 有；2 用法、规则包或输入文件错误。
            """,
        version: ToolVersion.current,
        subcommands: [
            InitCommand.self, CheckCommand.self, FixCommand.self, BaselineCommand.self, ImportCommand.self,
            ExportCommand.self, ExplainCommand.self,
            PacksCommand.self, LSPCommand.self,
        ],
        defaultSubcommand: nil)
}

/// The `qingdan` command line, for a package that builds its own `qingdan` with more plugins:
///
/// ```swift
/// QingdanMain.run(plugins: StandardPlugins.all + [MyChecks.self])
/// ```
public enum QingdanMain {
    /// The plugins of this run; commands build their registry from them.
    @TaskLocal static var plugins: [any QingdanPlugin.Type] = []

    /// Parses the process arguments, runs the command and exits with its status.
    public static func run(plugins: [any QingdanPlugin.Type]) -> Never {
        $plugins.withValue(plugins) { runCommand() }
    }

    /// The registry of this run's plugins.
    static func registry() throws(CheckKindRegistry.Conflict) -> CheckKindRegistry {
        try CheckKindRegistry(plugins: plugins)
    }

    private static func runCommand() -> Never {
        StandardStreams.secure()
        do {
            // Arguments as the system gave them: a file name that is not UTF-8 still names its file.
            let arguments = (1..<Int(CommandLine.argc)).compactMap { CommandLine.unsafeArgv[$0] }.map {
                FileName.decode(cString: $0)
            }
            let (folded, runs) = OperandRuns.fold(arguments)
            var command = try Qingdan.parseAsRoot(folded)
            if !runs.isEmpty, var checking = command as? any ChecksPaths {
                checking.options.paths = OperandRuns.unfold(checking.options.paths, runs: runs)
                command = checking
            }
            try command.run()
            finish(0)
        } catch let status as ExitCode {
            finish(status.rawValue)
        } catch {
            let code = Qingdan.exitCode(for: error)
            if code == .success {
                Terminal.standardOutput.write(Qingdan.fullMessage(for: error) + "\n")
                finish(0)
            }
            // Usage errors quote the arguments: a control character in one is shown, not sent.
            let message = UsageMessages.chinese(Qingdan.fullMessage(for: error))
            Terminal.standardError.write(
                message.split(separator: "\n", omittingEmptySubsequences: false).map {
                    VisibleText.escaped(String($0))
                }.joined(separator: "\n") + "\n")
            // Every usage error exits 2, like every other input error.
            exit(code == .validationFailure || code == .failure ? 2 : code.rawValue)
        }
    }

    /// Exits with `status`, or with 2 when what the command printed did not reach standard output.
    private static func finish(_ status: Int32) -> Never {
        if let failure = Terminal.outputFailure {
            let reason = failure == EBADF ? "标准输出已关闭" : SystemErrorText.describe(failure)
            Terminal.standardError.write("qingdan: 无法写入标准输出：\(reason)；结果没有完整输出\n")
            exit(2)
        }
        exit(status)
    }
}
