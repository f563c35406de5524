import QingdanKit
import QingdanPluginAPI
import QingdanStandardPlugins
import QingdanTestSupport
import Testing

/// The reference pages in Docs/ are generated from the declarations; these tests fail when a
/// committed page no longer matches what the code declares.
@Suite struct ReferenceDocsTests {
    @Test func filingKeysPageIsCurrent() throws {
        #expect(Golden.mismatch(ReferenceDocs.filingKeys(try StandardPlugins.registry().format), path: "Docs/filing-format-keys.md") == nil)
    }

    @Test func checkKindsPageIsCurrent() throws {
        #expect(Golden.mismatch(ReferenceDocs.checkKinds(try StandardPlugins.registry()), path: "Docs/check-kinds.md") == nil)
    }

    @Test func ruleCatalogueIsCurrent() {
        #expect(Golden.mismatch(ReferenceDocs.ruleCatalogue(TestPacks.bundled), path: "Docs/rules.md") == nil)
    }
}
