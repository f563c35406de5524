import QingdanCore
import QingdanTestSupport
import Testing

/// The topic vocabulary is fixed and documented: every topic the engine knows has its row in
/// Docs/filing-format.md's table (which Docs/writing-rules.md points rule authors to), and the
/// table names no topic the engine does not know.
@Suite struct TopicDocumentationTests {
    @Test func everyTopicIsDocumentedOnce() throws {
        let text = try Repository.read("Docs/filing-format.md")
        let table = try #require(text.components(separatedBy: "\n## Topics\n").last)
        let documented = table.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("| `") else { return nil }
            return line.dropFirst(3).split(separator: "`").first.map(String.init)
        }
        #expect(documented == Topic.all.map(\.rawValue))
    }
}
