import Foundation
import QingdanCore
import QingdanPluginAPI
import QingdanTestSupport
import QingdanYAML
import Testing

/// Legal traceability: every rule cites a document, a section and a quote, and every quote marked
/// verified whose document is kept in Rules/sources is found there word for word.
@Suite struct CitationTests {
    static let rules = TestPacks.rulesDirectory.allRules

    @Test(arguments: rules.map(\.id))
    func ruleCitesItsPolicy(_ id: String) throws {
        let rule = try #require(TestPacks.rulesDirectory.rule(id: id))
        #expect(!rule.basis.document.title.isEmpty)
        #expect(!rule.basis.section.isEmpty)
        #expect(rule.basis.quote.count >= 8, "quote too short to trace: \(rule.basis.quote)")
        #expect(rule.examples.contains { $0.expectation == .fail })
        #expect(rule.examples.contains { $0.expectation == .pass })
    }

    @Test(
        arguments: rules.filter {
            $0.basis.status == .verified && $0.basis.document.source?.hasPrefix("sources/") == true
        }.map(\.id))
    func verifiedQuoteAppearsInItsSource(_ id: String) throws {
        let rule = try #require(TestPacks.rulesDirectory.rule(id: id))
        #expect(rule.sourcePath == Repository.path("Rules/" + rule.basis.document.source!))
        let source = try String(contentsOfFile: rule.sourcePath!, encoding: .utf8)
        func squeeze(_ text: String) -> String { text.filter { !$0.isWhitespace } }
        #expect(
            squeeze(source).contains(squeeze(rule.basis.quote)),
            "\(id): quote not found in \(rule.basis.document.source!): \(rule.basis.quote)")
    }

    /// Every rule says from which day it judges filings, and a day the source does not give is
    /// marked as chosen; a rule resting on a draft (征求意见稿) says so in every report.
    @Test(arguments: rules.map(\.id))
    func ruleStatesItsDatesAndTheStatusOfItsDocument(_ id: String) throws {
        let rule = try #require(TestPacks.rulesDirectory.rule(id: id))
        #expect(rule.effective.from != nil, "\(id) has no effective.from")
        if !rule.effective.verified {
            #expect(rule.effective.note?.isEmpty == false, "\(id): unverified dates need a note")
        }
        let document = rule.basis.document
        let looksLikeADraft = PolicyDocument.draftWords.contains { document.title.contains($0) }
        #expect(looksLikeADraft == document.isDraft, "\(id) cites 「\(document.title)」 as \(document.status)")
        if document.isDraft { #expect(rule.basis.remarks.contains("依据为征求意见稿"), "\(id)") }
        if let issued = document.issued.flatMap({ CivilDate($0) }), let from = rule.effective.from {
            #expect(issued <= from, "\(id) starts before its document was issued")
        }
    }

    @Test func sourcesNamedByPacksExist() {
        for pack in TestPacks.rulesDirectory.packs.values {
            for (name, document) in pack.pack.documents {
                guard let source = document.source, source.hasPrefix("sources/") else { continue }
                #expect(
                    FileManager.default.fileExists(atPath: Repository.path("Rules/" + source)),
                    "\(pack.id) \(name): \(source)")
            }
        }
    }
}
