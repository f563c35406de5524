import Foundation
import PackagePlugin

/// Compiles the rule packs in `Rules/` into the target as Swift source, so the `qingdan` binary
/// carries its packs and runs from anywhere. Runs again whenever a pack file changes.
@main
struct EmbedRules: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let rules = context.package.directoryURL.appending(path: "Rules")
        let output = context.pluginWorkDirectoryURL.appending(path: "BundledRuleFiles.swift")
        // Directories are inputs too: SwiftPM caches the build plan, and a directory's time
        // stamp is what changes when a new pack file is added.
        var inputs: [URL] = [rules]
        if let walker = FileManager.default.enumerator(at: rules, includingPropertiesForKeys: [.isDirectoryKey]) {
            for case let url as URL in walker where !url.path.contains("/Rules/sources") {
                let isDirectory = (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) ?? false
                if isDirectory || url.pathExtension == "yaml" { inputs.append(url) }
            }
        }
        return [.buildCommand(
            displayName: "Embedding \(inputs.count) rule packs",
            executable: try context.tool(named: "qingdan-embed").url,
            arguments: [rules.path, output.path],
            inputFiles: inputs.sorted { $0.path < $1.path },
            outputFiles: [output])]
    }
}
