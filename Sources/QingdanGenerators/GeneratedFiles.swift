import Foundation
import QingdanCore
import QingdanPluginAPI
import QingdanStandardPlugins

/// Every file the repository generates from its declarations and `Rules/`, as `qingdan-generate`
/// writes them and the tests check them. Not part of the shipped tool.
public enum GeneratedFiles {
    public struct File: Sendable {
        /// Relative to the repository root.
        public let path: String
        public let text: String
    }

    /// A file this machine cannot generate, because what it is generated from is not installed.
    public struct Skipped: Sendable {
        public let path: String
        public let reason: String
    }

    public struct Output: Sendable {
        public let files: [File]
        public let skipped: [Skipped]
    }

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// The generated files, from the repository at `root`, and those whose sources are not here.
    public static func all(root: String) throws -> Output {
        let registry = try StandardPlugins.registry()
        let rules = DirectoryPackSource(root: root + "/Rules")
        let files = try rules.packFiles().get().map {
            (id: $0.id, text: String(decoding: $0.source.bytes, as: UTF8.self))
        }
        let library: PackLibrary
        do {
            library = try PackLibrary(source: rules, registry: registry)
        } catch {
            let places = error.problems.map { "\($0.file):\($0.location.line):\($0.location.column): \($0.message)" }
            throw Failure(description: "Rules/ does not load:\n" + places.joined(separator: "\n"))
        }
        var generated = [
            File(path: "Sources/QingdanKit/BundledRuleFiles.swift", text: BundledRuleSource.generate(files))
        ]
        var skipped: [Skipped] = []
        switch TraditionalTableSources.installed() {
        case .success(let sources):
            generated.append(File(path: TraditionalTable.path, text: try TraditionalTable.generate(from: sources)))
        case .failure(let missing):
            skipped.append(Skipped(path: TraditionalTable.path, reason: missing.description))
        }
        generated += [
            File(path: "Docs/filing-format-keys.md", text: ReferenceDocs.filingKeys(registry.format)),
            File(path: "Docs/check-kinds.md", text: ReferenceDocs.checkKinds(registry)),
            File(path: "Docs/rules.md", text: ReferenceDocs.ruleCatalogue(library)),
            File(path: "Docs/schemas/filing.schema.json", text: JSONSchemas.filing(registry.format)),
            File(path: "Docs/schemas/rule-pack.schema.json", text: JSONSchemas.rulePack(registry)),
        ]
        return Output(files: generated, skipped: skipped)
    }

    /// The files under `root` whose committed text differs from what is generated, and those
    /// that cannot be generated here.
    public static func stale(root: String) throws -> Output {
        let output = try all(root: root)
        let stale = output.files.filter { file in
            FileManager.default.contents(atPath: root + "/" + file.path) != Data(file.text.utf8)
        }
        return Output(files: stale, skipped: output.skipped)
    }

    /// The first lines of a generated Swift file: the formatter skips it, and readers are told
    /// where it comes from.
    static func swiftBanner(from origin: String) -> String {
        "// swift-format-ignore-file\n// Generated from \(origin) by `swift run qingdan-generate`. Do not edit by hand.\n\n"
    }
}
