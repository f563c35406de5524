import Foundation
import PackagePlugin

/// `swift package qingdan check Examples/` — runs the qingdan tool from a package that depends on
/// Qingdan, in the package's directory, with the arguments given.
@main
struct QingdanCommand: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let tool = try context.tool(named: "qingdan")
        let process = Process()
        process.executableURL = tool.url
        process.arguments = arguments.isEmpty ? ["--help"] : arguments
        process.currentDirectoryURL = context.package.directoryURL
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let meaning =
                process.terminationStatus == 1 ? "found problems" : "could not check (usage, pack or input error)"
            Diagnostics.error("qingdan \(meaning): exit status \(process.terminationStatus)")
            throw QingdanFailed(status: process.terminationStatus)
        }
    }
}

struct QingdanFailed: Error, CustomStringConvertible {
    let status: Int32
    var description: String { "qingdan exited with status \(status)" }
}
