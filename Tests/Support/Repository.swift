import Foundation

/// Paths in this repository, for tests that read packs, examples and golden files.
public enum Repository {
    /// The repository root, found from this file's place in it.
    public static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    public static func path(_ relative: String) -> String { root + "/" + relative }

    public static func read(_ relative: String) throws -> String {
        try String(contentsOfFile: path(relative), encoding: .utf8)
    }
}

extension FileManager {
    /// Writes `text` to a new file in the temporary directory and returns its path.
    public static func temporaryFile(_ text: String, suffix: String = ".yaml") -> String {
        let path = NSTemporaryDirectory() + "qingdan-test-\(UUID().uuidString)\(suffix)"
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return path
    }
}
