import QingdanCore
import QingdanPluginAPI
import QingdanStandardPlugins
import Testing

@Suite struct PackSlipTests {
    /// A pack file typed with full-width colons reports each of them, not only the first.
    @Test func everySlipOfAPackFileIsReported() throws {
        let text = """
            qingdan-pack: 1
            id： local
            title： 某区规则包
            version: "1.0"
            rules: []
            """
        let source = InMemoryPackSource(files: [(id: "local", path: "Rules/local.yaml", text: text)])
        do {
            _ = try PackLibrary(source: source, registry: try StandardPlugins.registry())
            Issue.record("the pack loaded")
        } catch let failure as PackLoadFailure {
            let slips = failure.problems.filter { $0.message.contains("全角冒号") }
            #expect(slips.map(\.location.line) == [2, 3])
        }
    }
}
