import Foundation

/// Where the character table comes from on this machine: OpenCC's dictionaries, dumped with its
/// `opencc_dict` (Debian package opencc), and the 通用规范汉字表 as the kTGH field of Unihan
/// (Debian package unicode-data), read with `bzcat`. Only the generator reads them; the table it
/// writes is all the tool needs.
struct TraditionalTableSources {
    static let unihanOtherMappings = "/usr/share/unicode/Unihan_OtherMappings.txt.bz2"

    let openccDict: URL
    let bzcat: URL
    let dictionaries: URL
    let unihan: URL

    /// The sources installed here, or what is missing.
    static func installed() -> Result<TraditionalTableSources, GeneratedFiles.Failure> {
        var missing: [String] = []
        let openccDict = executable("opencc_dict")
        if openccDict == nil { missing.append("opencc_dict (package opencc)") }
        let dictionaries = openccDict.flatMap(dictionaryDirectory(for:))
        if openccDict != nil, dictionaries == nil { missing.append("OpenCC's TSCharacters.ocd2 (package opencc)") }
        let bzcat = executable("bzcat")
        if bzcat == nil { missing.append("bzcat (package bzip2)") }
        if !FileManager.default.fileExists(atPath: unihanOtherMappings) {
            missing.append("\(unihanOtherMappings) (package unicode-data)")
        }
        guard let openccDict, let dictionaries, let bzcat, missing.isEmpty else {
            return .failure(GeneratedFiles.Failure(description: "not installed: " + missing.joined(separator: ", ")))
        }
        return .success(
            TraditionalTableSources(
                openccDict: openccDict, bzcat: bzcat, dictionaries: dictionaries,
                unihan: URL(fileURLWithPath: unihanOtherMappings)))
    }

    /// An OpenCC dictionary (`TSCharacters`, `TSPhrases` …) as its entries: each key with its
    /// candidates, the preferred one first.
    func dictionary(_ name: String) throws -> [(key: String, candidates: [String])] {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("qingdan-opencc-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = directory.appendingPathComponent(name + ".txt")
        let source = dictionaries.appendingPathComponent(name + ".ocd2")
        _ = try Self.run(openccDict, ["-i", source.path, "-o", text.path, "-f", "ocd2", "-t", "text"])
        var entries: [(key: String, candidates: [String])] = []
        for line in try String(contentsOf: text, encoding: .utf8).split(separator: "\n") {
            let fields = line.split(separator: "\t")
            guard fields.count == 2, !fields[1].isEmpty else {
                throw GeneratedFiles.Failure(description: "\(name): unexpected line \(line.debugDescription)")
            }
            entries.append((String(fields[0]), fields[1].split(separator: " ").map(String.init)))
        }
        return entries
    }

    /// The characters of the 通用规范汉字表 (Unihan kTGH) and the Unicode version of the file.
    func standardCharacters() throws -> (unicodeVersion: String, characters: Set<Unicode.Scalar>) {
        let text = String(decoding: try Self.run(bzcat, [unihan.path]), as: UTF8.self)
        var version: String?
        var characters: Set<Unicode.Scalar> = []
        for line in text.split(separator: "\n") {
            if line.hasPrefix("#") {
                if version == nil, let range = line.range(of: "# Unicode version: ") {
                    version = String(line[range.upperBound...])
                }
                continue
            }
            let fields = line.split(separator: "\t")
            guard fields.count == 3, fields[1] == "kTGH" else { continue }
            guard fields[0].hasPrefix("U+"), let value = UInt32(fields[0].dropFirst(2), radix: 16),
                let scalar = Unicode.Scalar(value)
            else { throw GeneratedFiles.Failure(description: "Unihan: unexpected line \(line.debugDescription)") }
            characters.insert(scalar)
        }
        guard let version else { throw GeneratedFiles.Failure(description: "Unihan: no “Unicode version” line") }
        return (version, characters)
    }

    /// The installed OpenCC's version: the package's where dpkg knows it, otherwise what
    /// `opencc --version` says.
    func openccVersion() throws -> String {
        if let dpkgQuery = Self.executable("dpkg-query"),
            let output = try? Self.run(dpkgQuery, ["-W", "-f=${Version}", "opencc"]), !output.isEmpty
        {
            return String(decoding: output, as: UTF8.self)
        }
        let opencc = openccDict.deletingLastPathComponent().appendingPathComponent("opencc")
        let output = String(decoding: try Self.run(opencc, ["--version"]), as: UTF8.self)
        guard let line = output.split(separator: "\n").first(where: { $0.hasPrefix("Version: ") }) else {
            throw GeneratedFiles.Failure(description: "opencc --version: no version in \(output.debugDescription)")
        }
        return String(line.dropFirst("Version: ".count))
    }

    private static func executable(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let url = URL(fileURLWithPath: String(directory)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    /// OpenCC's data directory for the `opencc_dict` at `tool`: `share/opencc` beside its `bin`.
    private static func dictionaryDirectory(for tool: URL) -> URL? {
        let prefix = tool.resolvingSymlinksInPath().deletingLastPathComponent().deletingLastPathComponent()
        return [prefix.appendingPathComponent("share/opencc"), URL(fileURLWithPath: "/usr/share/opencc")].first {
            FileManager.default.fileExists(atPath: $0.appendingPathComponent("TSCharacters.ocd2").path)
        }
    }

    /// The standard output of `tool` run with `arguments`; throws when it fails.
    private static func run(_ tool: URL, _ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let command = ([tool.lastPathComponent] + arguments).joined(separator: " ")
            throw GeneratedFiles.Failure(
                description: "\(command) exited with \(process.terminationStatus): "
                    + String(decoding: message, as: UTF8.self))
        }
        return data
    }
}
