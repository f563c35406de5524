import ArgumentParser
import QingdanCore
import QingdanPluginAPI
import QingdanKit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where packs come from: `--rules DIR`, else `$QINGDAN_RULES`, else the packs built in.
struct PackOptions: ParsableArguments {
    @Option(name: .customLong("rules"), help: ArgumentHelp("从这个目录读规则包，代替内置的规则包（也可设环境变量 QINGDAN_RULES）。", valueName: "dir"))
    var rulesDirectory: String?

    func loadLibrary() throws -> PackLibrary {
        let registry: CheckKindRegistry
        do {
            registry = try QingdanMain.registry()
        } catch {
            Terminal.standardError.write("qingdan: 内部错误：\(error)\n")
            throw ExitCode(2)
        }
        let directory = rulesDirectory ?? getenv("QINGDAN_RULES").map { String(cString: $0) }
        do {
            if let directory {
                return try PackLibrary(source: DirectoryPackSource(root: directory), registry: registry)
            }
            return try PackLibrary(source: BundledPacks.source, registry: registry)
        } catch {
            let colour = Terminal.standardError.wantsColour(.auto)
            for problem in error.problems {
                Terminal.standardError.write(PackProblemText.render(problem, colour: colour))
            }
            Terminal.standardError.write("qingdan: 规则包有 \(error.problems.count) 处错误，未做检查\n")
            throw ExitCode(2)
        }
    }
}

enum PackProblemText {
    static func render(_ problem: PackProblem, colour: Bool) -> String {
        let red = colour ? "\u{1B}[31m" : "", reset = colour ? "\u{1B}[0m" : ""
        var text = "\(problem.file):\(problem.location.line):\(problem.location.column): \(red)error\(reset) [\(problem.code.rawValue)] \(problem.message)\n"
        if let related = problem.related {
            text += "  相关位置：\(related.file):\(related.location.line):\(related.location.column)\n"
        }
        text += "  建议：\(problem.hint)\n"
        return text
    }
}
