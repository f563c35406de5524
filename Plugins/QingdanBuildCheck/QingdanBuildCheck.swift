import Foundation
import PackagePlugin

/// Checks the filings (`.yaml`, `.yml`) a target contains whenever the target builds: a filing
/// with an error fails the build, and the qingdan report shows why. Filings are checked again
/// only when one of them changes.
@main
struct QingdanBuildCheck: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let module = target as? SourceModuleTarget else { return [] }
        // Resources copied as a folder (`.copy("Filings")`) appear as one directory: look inside.
        var filings: [URL] = []
        for file in module.sourceFiles.map(\.url) {
            if let walker = FileManager.default.enumerator(at: file, includingPropertiesForKeys: nil),
                (try? file.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true
            {
                for case let url as URL in walker { filings.append(url) }
            } else {
                filings.append(file)
            }
        }
        filings = filings.filter { ["yaml", "yml"].contains($0.pathExtension) }.sorted { $0.path < $1.path }
        guard !filings.isEmpty else { return [] }
        let report = context.pluginWorkDirectoryURL.appending(path: "qingdan-report.json")
        return [
            .buildCommand(
                displayName: "Checking \(filings.count) filings of \(target.name) with qingdan",
                executable: try context.tool(named: "qingdan").url,
                arguments: ["check", "--no-progress", "--color", "never", "--report", "json:\(report.path)"]
                    + filings.map(\.path),
                inputFiles: filings,
                outputFiles: [report])
        ]
    }
}
