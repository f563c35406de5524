import Testing

@testable import QingdanText

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

/// `issues` looks only where the byte-level prefilter says it may find something: the prefilter
/// must flag exactly the texts holding a scalar that can begin a form, and every form in the
/// tables must still be found through it.
@Suite struct ScriptPrefilterTests {
    static let samples: [String] = [
        "某某村村民委員會", "某某村付主任办公室（歺厅）", "乾元村", "ASCII only", "𠀀𠀁 beyond the BMP",
        "中国共产党乾元村委员会", "便民服务站", "é à ü",
    ]

    /// What can begin a form, from the tables themselves.
    static let starts: Set<Unicode.Scalar> = Set(TraditionalCharacters.table.keys)
        .subtracting(ChineseScript.standardLookalikes)
        .union(NonstandardForms.all.map { $0.written.unicodeScalars.first! })

    @Test func flagsExactlyTheTextsThatHoldAPossibleStart() {
        var texts = Self.samples
        texts += TraditionalCharacters.table.keys.map { "村\(Character($0))委" }
        texts += NonstandardForms.all.map { "村\($0.written)委" }
        for text in texts {
            let may = Array(text.utf8).withUnsafeBufferPointer(ChineseScript.mayHaveIssues)
            let expected = text.unicodeScalars.contains { $0.value < 0x10000 && Self.starts.contains($0) }
            #expect(may == expected, "\(text)")
        }
    }

    @Test func everyFormInTheTablesIsStillFound() {
        for scalar in Self.starts where TraditionalCharacters.table[scalar] != nil {
            #expect(!ChineseScript.issues(in: "村\(Character(scalar))委").isEmpty, "\(scalar)")
        }
        for form in NonstandardForms.all {
            #expect(!ChineseScript.issues(in: "村\(form.written)委").isEmpty, "\(form.written)")
        }
    }
}
