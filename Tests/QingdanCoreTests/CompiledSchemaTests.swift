import Foundation
import QingdanCore
import QingdanPluginAPI
import QingdanTestSupport
import QingdanYAML
import Testing

/// `CompiledSchema.accepts` answers "no schema issue?" for the checker's hot path; it must agree
/// with `SchemaValidator` on every document, or a filing with an issue would pass unreported.
@Suite struct CompiledSchemaTests {
    /// Every example filing, every hostile input that parses, and every fuzz seed filing.
    static let documents: [String] = ["Examples", "Tests/Hostile", "Fuzz/Corpus/filing", "Tests/Fixtures"].flatMap {
        folder in
        let root = Repository.path(folder)
        let names = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { "\(folder)/\($0)" }
    }

    static func agree(_ bytes: [UInt8]) -> Bool? {
        guard let tree = try? YAMLParser.parse(SourceFile(path: "f.yaml", bytes: bytes)) else { return nil }
        let slow = SchemaValidator.validate(tree.root, against: FilingFormat.standard.document, placeholders: true)
            .isEmpty
        return FilingFormat.standard.compiled.accepts(tree.root) == slow
    }

    /// The document as it is, and with each of its lines deleted in turn: a missing key, a list
    /// that becomes a mapping, a value that moves up a level.
    @Test(arguments: documents)
    func agreesWithTheValidator(_ path: String) throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Repository.path(path))))
        #expect(Self.agree(bytes) != false, "\(path)")
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        for index in lines.indices {
            var shorter = lines
            shorter.remove(at: index)
            #expect(Self.agree(Array(shorter.joined(separator: [0x0A]))) != false, "\(path) without line \(index + 1)")
        }
    }

    @Test func rejectsWhatTheValidatorReports() throws {
        let header = "qingdan: 1\nregion: {code: \"500112\", name: 重庆市渝北区, level: county}\nas_of: 2024-03-01\n"
        for body in [
            "lists:\n  assistence: []\n", "as_of2: 1\n", "lists:\n  assistance:\n    - \n", "region_x: 1\n",
            "lists:\n  assistance: {}\n", "facility: {building_area: -1}\n", "tasks:\n  - name: \"\"\n",
        ] {
            let tree = try YAMLParser.parse(SourceFile(path: "f.yaml", text: header + body))
            #expect(!SchemaValidator.validate(tree.root, against: FilingFormat.standard.document).isEmpty, "\(body)")
            #expect(!FilingFormat.standard.compiled.accepts(tree.root), "\(body)")
        }
    }
}
