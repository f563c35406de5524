import QingdanCore
import QingdanPluginAPI

/// The packs of `Rules/`, compiled into the binary so that `qingdan` runs from anywhere.
/// `BundledRuleFiles.swift` is generated from `Rules/` (Tests/RulePackTests/BundledPackTests.swift
/// fails when it is stale; `QINGDAN_UPDATE_GOLDEN=1 swift test` regenerates it).
public enum BundledPacks {
    public static let source = InMemoryPackSource(files: bundledRuleFiles)

    /// The Swift source of `BundledRuleFiles.swift` for the pack files below `rulesDirectory`
    /// (given as `(id, text)` pairs, sorted by id).
    public static func generateSource(_ files: [(id: String, text: String)]) -> String {
        var source = "// Generated from Rules/ by Tests/RulePackTests/BundledPackTests.swift. Do not edit:\n"
        source += "// run `QINGDAN_UPDATE_GOLDEN=1 swift test` after changing a pack.\n\n"
        source += "let bundledRuleFiles: [(id: String, path: String, text: String)] = [\n"
        for file in files {
            source += "    (\"\(file.id)\", \"Rules/\(file.id).yaml\", \(literal(file.text))),\n"
        }
        return source + "]\n"
    }

    /// A raw multi-line string literal whose value is exactly `text`.
    static func literal(_ text: String) -> String {
        var hashes = "#"
        while text.contains("\"" + hashes) || text.contains("\\" + hashes) { hashes += "#" }
        // A multi-line literal drops the line breaks after its opening and before its closing
        // delimiter, so the value is exactly `text`.
        return "\(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes)"
    }
}
