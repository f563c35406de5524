import ArgumentParser
import Foundation
import QingdanGenerators

/// Rewrites the files generated from the declarations and `Rules/` (the packs compiled into the
/// binary, the traditional-character table, the reference pages and the JSON Schemas), or with
/// `--check` lists the stale ones. A file whose sources are not installed here is skipped, with a
/// notice. A developer tool, not shipped.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "qingdan-generate",
        abstract: "Regenerate the files derived from the declarations and Rules/.")

    @Flag(help: "Write nothing; list each stale file and exit 1 when there is one.")
    var check = false

    @Option(help: "The repository root.")
    var root = FileManager.default.currentDirectoryPath

    func run() throws {
        let output = try check ? GeneratedFiles.stale(root: root) : GeneratedFiles.all(root: root)
        for skipped in output.skipped {
            print("skipped: \(skipped.path), left as committed: \(skipped.reason) (.ci/run installs it)")
        }
        if check {
            for file in output.files { print("stale: \(file.path)") }
            if !output.files.isEmpty {
                print("run `swift run qingdan-generate` and commit the result")
                throw ExitCode(1)
            }
            return
        }
        for file in output.files {
            let url = URL(fileURLWithPath: root).appendingPathComponent(file.path)
            if FileManager.default.contents(atPath: url.path) == Data(file.text.utf8) { continue }
            try Data(file.text.utf8).write(to: url, options: .atomic)
            print("wrote \(file.path)")
        }
    }
}

Generate.main()
