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

    /// A checker over the bundled packs, judging dates as if today were `today`.
    public static func checker(today: String = "2024-06-30", fallbackPack: String? = nil) -> Checker {
        Checker(library: bundled, settings: Checker.Settings(fallbackPack: fallbackPack, today: CivilDate(today)!))
    }
}
