import ArgumentParser
import QingdanCore
import QingdanKit
import QingdanPluginAPI

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where packs come from: `--rules DIR`, else `$QINGDAN_RULES`, else the packs built in.
struct PackOptions: ParsableArguments {
    @Option(
        name: .customLong("rules"), help: ArgumentHelp("从这个目录读规则包，代替内置的规则包（也可设环境变量 QINGDAN_RULES）。", valueName: "dir"))
    var rulesDirectory: String?

    /// The directory packs are read from; nil for the packs built in.
    var directory: String? { rulesDirectory ?? getenv("QINGDAN_RULES").map { String(cString: $0) } }

    /// The pack files read from a directory (none for the packs built in).
    var packFilePaths: [String] {
        guard let directory else { return [] }
        return FileSystem.files(under: directory, skipping: ["sources"]).files.map { directory + "/" + $0 }
    }

    /// The packs; when they do not load, prints every problem, then what was not done for that
    /// (`consequence`), and exits with status 2.
    func loadLibrary(consequence: String = "未做检查") throws -> PackLibrary {
        switch try load() {
        case .success(let library):
            return library
        case .failure(let failure):
            throw PackProblemText.stop(failure, in: "规则包", consequence: consequence)
        }
    }

    /// The packs, or every problem that keeps them from loading.
    func load() throws -> Result<PackLibrary, PackLoadFailure> {
        let registry: CheckKindRegistry
        do {
            registry = try QingdanMain.registry()
        } catch {
            Terminal.standardError.write("qingdan: 内部错误：\(error)\n")
            throw ExitCode(2)
        }
        do {
            if let directory {
                return .success(try PackLibrary(source: DirectoryPackSource(root: directory), registry: registry))
            }
            return .success(try PackLibrary(source: BundledPacks.source, registry: registry))
        } catch {
            return .failure(error)
        }
    }
}

enum PackProblemText {
    /// Prints every problem of `failure` and what was not done for them; the exit status 2 to throw.
    static func stop(_ failure: PackLoadFailure, in what: String, consequence: String) -> ExitCode {
        let colour = Terminal.standardError.wantsColour(.auto)
        for problem in failure.problems {
            Terminal.standardError.write(render(problem, colour: colour))
        }
        Terminal.standardError.write("qingdan: \(what)有 \(failure.problems.count) 处错误，\(consequence)\n")
        return ExitCode(2)
    }

    static func render(_ problem: PackProblem, colour: Bool) -> String {
        let red = colour ? "\u{1B}[31m" : "", reset = colour ? "\u{1B}[0m" : ""
        // A pack's file names and the values its messages quote show their controls as codes.
        let shown: (String) -> String = VisibleText.escaped
        var text =
            "\(shown(problem.file)):\(problem.location.line):\(problem.location.column): \(red)error\(reset) [\(shown(problem.code.rawValue))] \(shown(problem.message))\n"
        if let related = problem.related {
            text += "  相关位置：\(shown(related.file)):\(related.location.line):\(related.location.column)\n"
        }
        text += "  建议：\(shown(problem.hint))\n"
        return text
    }
}
