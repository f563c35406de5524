@testable import QingdanText
import Testing

@Suite struct ChineseScriptTests {
    @Test(arguments: ["中国共产党乾元村委员会", "乾元村村民委员会", "显著成绩", "中国共产党某某村委员会", "伶仃村便民服务站"])
    func standardNamesHaveNoIssues(_ name: String) {
        #expect(ChineseScript.issues(in: name).isEmpty)
    }

    @Test func traditionalCharactersAreFoundWithTheirSimplifiedForm() {
        let issues = ChineseScript.issues(in: "某某村村民委員會")
        #expect(issues.map(\.found) == ["員", "會"])
        #expect(issues.map(\.standard) == ["员", "会"])
        #expect(issues.allSatisfy { $0.kind == .traditional })
        #expect(ChineseScript.corrected("某某村村民委員會") == "某某村村民委员会")
    }

    @Test func nonstandardFormsAreFound() {
        let issues = ChineseScript.issues(in: "某某村付主任办公室（歺厅）")
        #expect(issues.map(\.found) == ["付主任", "歺"])
        #expect(issues.allSatisfy { $0.kind == .nonstandard })
        #expect(ChineseScript.corrected("某某村付主任办公室（歺厅）") == "某某村副主任办公室（餐厅）")
    }

    @Test func formsAreExcusedOnlyInsideTheirWords() {
        #expect(ChineseScript.issues(in: "彳亍").isEmpty)
        #expect(ChineseScript.issues(in: "亍口村").map(\.standard) == ["街"])
    }
}

/// The byte-level prefilter never says "nothing here" when `issues` finds something.
@Suite struct ScriptPrefilterTests {
    static let samples: [String] = ["某某村村民委員會", "某某村付主任办公室（歺厅）", "乾元村", "ASCII only", "𠀀𠀁 beyond the BMP",
                                    "中国共产党乾元村委员会", "便民服务站", "é à ü"]

    @Test func agreesWithIssuesOnSamplesAndTheWholeTable() {
        var texts = Self.samples
        texts += TraditionalCharacters.table.keys.map { "村\(Character($0))委" }
        texts += NonstandardForms.all.map { "村\($0.written)委" }
        for text in texts {
            let may = Array(text.utf8).withUnsafeBufferPointer(ChineseScript.mayHaveIssues)
            if !ChineseScript.issues(in: text).isEmpty { #expect(may, "\(text)") }
        }
        #expect(!Array("便民服务站".utf8).withUnsafeBufferPointer(ChineseScript.mayHaveIssues))
    }
}
