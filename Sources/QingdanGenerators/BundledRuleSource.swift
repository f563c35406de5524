/// The Swift source of `Sources/QingdanKit/BundledRuleFiles.swift`: the pack files of `Rules/`
/// as string literals, so that `qingdan` runs from anywhere.
enum BundledRuleSource {
    /// `files` are `(id, text)` pairs, sorted by id.
    static func generate(_ files: [(id: String, text: String)]) -> String {
        var source = GeneratedFiles.swiftBanner(from: "Rules/")
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
