import Foundation
import QingdanGenerators
import QingdanTestSupport
import Testing

/// The committed copies of every generated file (packs compiled in, the character table,
/// reference pages, JSON Schemas) match what `qingdan-generate` makes from the declarations and
/// Rules/ now.
@Suite struct GeneratedFilesTests {
    static let output = try? GeneratedFiles.all(root: Repository.root)
    static let files = output?.files ?? []
    static let skipped = output?.skipped ?? []

    @Test func everyGeneratorRuns() throws {
        let output = try GeneratedFiles.all(root: Repository.root)
        #expect(output.files.count + output.skipped.count == 7)
    }

    /// A file whose sources are not installed here (the character table needs opencc and
    /// unicode-data, which `.ci/run` installs) is not checked: this test is skipped, saying which.
    @Test(
        .enabled(
            if: skipped.isEmpty,
            "not checked here: \(skipped.map { "\($0.path) (\($0.reason))" }.joined(separator: "; "))"))
    func everyGeneratedFileIsChecked() {
        #expect(Self.files.count == 7)
    }

    @Test(arguments: files.map(\.path))
    func committedCopyIsCurrent(_ path: String) throws {
        let file = try #require(Self.files.first { $0.path == path })
        let committed = FileManager.default.contents(atPath: Repository.path(path)).map {
            String(decoding: $0, as: UTF8.self)
        }
        #expect(committed == file.text, "\(path) is stale: run `swift run qingdan-generate` and commit the result")
    }

    @Test func generatedSwiftIsLeftToTheGeneratorNotTheFormatter() throws {
        for file in Self.files where file.path.hasSuffix(".swift") {
            #expect(file.text.hasPrefix("// swift-format-ignore-file\n"))
        }
    }
}
