import Foundation

/// Golden files under Tests/Golden. Run with QINGDAN_UPDATE_GOLDEN=1 to rewrite them from the
/// current output (then review the diff before committing).
public enum Golden {
    public static var updating: Bool { ProcessInfo.processInfo.environment["QINGDAN_UPDATE_GOLDEN"] == "1" }

    /// Nil when `actual` matches the golden file; otherwise a description of the first difference.
    public static func mismatch(_ actual: String, name: String) -> String? {
        mismatch(actual, path: "Tests/Golden/\(name)")
    }

    /// The same for a file anywhere in the repository (generated reference pages).
    public static func mismatch(_ actual: String, path relative: String) -> String? {
        let name = relative
        let path = Repository.path(relative)
        if updating {
            _ = FileManager.default.createFile(atPath: path, contents: Data(actual.utf8))
            return nil
        }
        // Read as bytes: a byte order mark (the CSV report has one) is part of the expected output.
        guard let data = FileManager.default.contents(atPath: path) else {
            return "golden file \(name) is missing; run the tests with QINGDAN_UPDATE_GOLDEN=1 to create it"
        }
        let expected = String(decoding: data, as: UTF8.self)
        if expected == actual { return nil }
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let want = index < expectedLines.count ? String(expectedLines[index]) : "<end>"
            let got = index < actualLines.count ? String(actualLines[index]) : "<end>"
            if want != got {
                return "\(name) differs at line \(index + 1):\n  expected: \(want)\n  actual:   \(got)"
            }
        }
        return "\(name) differs"
    }
}
