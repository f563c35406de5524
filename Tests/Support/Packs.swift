import QingdanCore
import QingdanKit
import QingdanPluginAPI
import QingdanStandardPlugins
import QingdanYAML

/// Pack libraries for tests.
public enum TestPacks {
    /// The packs compiled into the binary.
    public static let bundled: PackLibrary = {
        do {
            return try PackLibrary(source: BundledPacks.source, registry: try StandardPlugins.registry())
        } catch {
            fatalError("bundled packs do not load: \(error)")
        }
    }()

    /// The packs of `Rules/` as they are on disk: what rule examples and citations are tested
    /// against, so a new rule is tested before the binary's copy is regenerated.
    public static let rulesDirectory: PackLibrary = {
        do {
            return try PackLibrary(
                source: DirectoryPackSource(root: Repository.path("Rules")),
                registry: try StandardPlugins.registry())
        } catch {
            fatalError("the packs in Rules/ do not load: \(error)")
        }
    }()

    /// Loads packs written inline by a test; returns the problems when they do not load.
    public static func load(_ files: [(id: String, text: String)]) -> Result<PackLibrary, PackLoadFailure> {
        let source = InMemoryPackSource(files: files.map { ($0.id, "\($0.id).yaml", $0.text) })
        do {
            return .success(try PackLibrary(source: source, registry: try StandardPlugins.registry()))
        } catch let failure as PackLoadFailure {
            return .failure(failure)
        } catch {
            fatalError("\(error)")
        }
    }

    /// A pack `t` with one rule `T-RULE` (document `doc`, in force from 2000-01-01), for tests of a
    /// check kind. `check` and `examples` are YAML lines indented as they stand under `check:`
    /// and `examples:` (six spaces).
    public static func oneRule(
        topic: String, severity: String = "error", level: String = "county", quote: String, check: String,
        message: String, examples: String
    ) -> [(id: String, text: String)] {
        let text = """
            qingdan-pack: 1
            id: t
            version: "1"
            title: t
            documents:
              doc: {title: 测试文件, level: \(level), status: in-force}
            rules:
              - id: T-RULE
                title: 测试
                topic: \(topic)
                severity: \(severity)
                effective: {from: 2000-01-01}
                basis: {document: doc, section: 一, quote: \(quote), status: verified}
                check:
            \(check)
                message: "\(message)"
                examples:
            \(examples)
            """
        return [("t", text)]
    }

    /// The problems of packs that must not load (none when they do).
    public static func problems(_ files: [(id: String, text: String)]) -> [PackProblem] {
        if case .failure(let failure) = load(files) { return failure.problems }
        return []
    }

    /// The messages `T-RULE` of `files` reports on each of its examples, in order.
    public static func exampleMessages(_ files: [(id: String, text: String)]) throws -> [[String]] {
        let library = try load(files).get()
        guard let rule = library.rule(id: "T-RULE") else { return [] }
        return rule.examples.map { Checker.run(rule, on: $0.filing).map(\.message) }
    }

    /// A checker over the bundled packs, judging dates as if today were `today`.
    public static func checker(today: String = "2024-06-30", fallbackPack: String? = nil) -> Checker {
        Checker(library: bundled, settings: Checker.Settings(fallbackPack: fallbackPack, today: CivilDate(today)!))
    }
}
