import Foundation
import Testing

@testable import QingdanText

@Suite struct ChineseScriptTests {
    /// Names in standard characters, several with a character OpenCC would simplify or one the
    /// old table took for traditional: the 通用规范汉字表 lists it (俱 姊 跤 吒 苎 乾 於 著 藉 瞭 徵
    /// 夥 阪 苧 甯 昇), or OpenCC does not map it (箝).
    @Test(arguments: [
        "某某村老年人俱乐部", "姊妹互助会", "摔跤训练场", "哪吒文化广场", "苎麻种植合作社", "乾元村村民委员会",
        "中国共产党乾元村委员会", "於家村村民小组", "巴特尔", "乌兰", "其其格", "乌兰察布市四子王旗", "著名商标展示区",
        "藉口", "心理慰藉服务站", "显著成绩", "瞭望台", "宫商角徵羽民乐社", "获益甚夥", "阪上村", "苧萝村", "甯家庄",
        "昇平街", "箝制", "中国共产党某某村委员会", "伶仃村便民服务站",
    ])
    func standardNamesHaveNoIssues(_ name: String) {
        #expect(ChineseScript.issues(in: name).isEmpty)
        #expect(ChineseScript.corrected(name) == name)
    }

    @Test(arguments: [
        ("某某村村民委員會", "某某村村民委员会"), ("黨群服務中心", "党群服务中心"), ("後勤保障组", "后勤保障组"),
        ("頭髮护理店", "头发护理店"), ("摺疊椅仓库", "折叠椅仓库"), ("鍊鋼厂旧址", "炼钢厂旧址"),
        // 菸 and 麴 are not in the 通用规范汉字表, and OpenCC simplifies them to 烟 and 曲.
        ("菸酒专卖店", "烟酒专卖店"), ("麴酒作坊", "曲酒作坊"),
    ])
    func traditionalNamesAreCorrected(_ name: String, _ corrected: String) {
        let issues = ChineseScript.issues(in: name)
        #expect(!issues.isEmpty)
        #expect(issues.allSatisfy { $0.kind == .traditional })
        #expect(ChineseScript.corrected(name) == corrected)
    }

    @Test func traditionalCharactersAreFoundWithTheirSimplifiedForm() {
        let issues = ChineseScript.issues(in: "某某村村民委員會")
        #expect(issues.map(\.found) == ["員", "會"])
        #expect(issues.map(\.standard) == ["员", "会"])
        #expect(ChineseScript.issues(in: "黨群服務中心").map(\.found) == ["黨", "務"])
    }

    @Test func phrasesChooseTheSimplifiedFormByContext() {
        #expect(ChineseScript.issues(in: "計畫生育服務站").map(\.standard) == ["计", "划", "务"])
        #expect(ChineseScript.corrected("計畫生育服務站") == "计划生育服务站")
        #expect(ChineseScript.corrected("畫廊") == "画廊")
        #expect(ChineseScript.corrected("項鍊专柜") == "项链专柜")
        #expect(ChineseScript.corrected("錢鍾書故居") == "钱锺书故居")
        #expect(ChineseScript.corrected("鍾樓") == "钟楼")
    }

    @Test func aStandardCharacterInAPhraseIsNoIssueButTheSuggestionWritesThePhrase() {
        #expect(ChineseScript.issues(in: "傢俱店").map(\.found) == ["傢"])
        #expect(ChineseScript.corrected("傢俱店") == "家具店")
        #expect(ChineseScript.issues(in: "憑藉").map(\.found) == ["憑"])
        #expect(ChineseScript.corrected("憑藉") == "凭借")
    }

    @Test func aPhraseThatKeepsItsCharacterExcusesIt() {
        #expect(ChineseScript.issues(in: "八濛山").isEmpty)
        #expect(ChineseScript.issues(in: "濛江村").map(\.standard) == ["蒙"])
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

    @Test func charactersBeyondTheBasicMultilingualPlaneAreFound() {
        #expect(ChineseScript.issues(in: "村𩀨委").map(\.found) == ["𩀨"])
    }
}

/// The table against the 通用规范汉字表 itself (Unihan's kTGH field), where unicode-data is
/// installed (`.ci/run` installs it).
@Suite struct TraditionalTableStandardTests {
    static let unihanOtherMappings = "/usr/share/unicode/Unihan_OtherMappings.txt.bz2"

    /// The characters of the 通用规范汉字表; nil where the Unihan file or bzcat is missing.
    static let standardCharacters: Set<Unicode.Scalar>? = {
        guard FileManager.default.fileExists(atPath: unihanOtherMappings) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["bzcat", unihanOtherMappings]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        var characters: Set<Unicode.Scalar> = []
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let fields = line.split(separator: "\t")
            if fields.count == 3, fields[1] == "kTGH", let value = UInt32(fields[0].dropFirst(2), radix: 16),
                let scalar = Unicode.Scalar(value)
            {
                characters.insert(scalar)
            }
        }
        return characters
    }()

    @Test(.enabled(if: standardCharacters != nil, "needs bzcat and \(unihanOtherMappings) (package unicode-data)"))
    func noCharacterOfTheStandardTableIsTraditional() throws {
        let standard = try #require(Self.standardCharacters)
        #expect(standard.count == 8105)
        let listed = Set(TraditionalCharacters.table.keys).intersection(standard)
        #expect(listed.isEmpty, "\(listed.map(String.init).sorted().joined())")
    }
}

/// `issues` looks only where the byte-level prefilter says it may find something: the prefilter
/// must flag exactly the texts holding a scalar that can begin a form, and every form in the
/// tables must still be found through it.
@Suite struct ScriptPrefilterTests {
    static let samples: [String] = [
        "某某村村民委員會", "某某村付主任办公室（歺厅）", "乾元村", "ASCII only", "𠀀𠀁 beyond the BMP", "村𩀨委",
        "中国共产党乾元村委员会", "便民服务站", "é à ü", "傢俱店", "計畫",
    ]

    /// What can begin a form, from the tables themselves.
    static let starts: Set<Unicode.Scalar> = Set(TraditionalCharacters.table.keys)
        .union(NonstandardForms.all.map { $0.written.unicodeScalars.first! })

    @Test func flagsExactlyTheTextsThatHoldAPossibleStart() {
        var texts = Self.samples
        texts += TraditionalCharacters.table.keys.map { "村\(Character($0))委" }
        texts += NonstandardForms.all.map { "村\($0.written)委" }
        texts += TraditionalCharacters.phrases.values.joined().map { String(String.UnicodeScalarView($0.written)) }
        for text in texts {
            let may = Array(text.utf8).withUnsafeBufferPointer(ChineseScript.mayHaveIssues)
            let expected = text.unicodeScalars.contains { Self.starts.contains($0) }
            #expect(may == expected, "\(text)")
        }
    }

    @Test func everyFormInTheTablesIsStillFound() {
        for (scalar, simplified) in TraditionalCharacters.table {
            let issues = ChineseScript.issues(in: "村\(Character(scalar))委")
            #expect(issues == [.init(kind: .traditional, found: String(scalar), standard: String(simplified))])
        }
        for form in NonstandardForms.all {
            #expect(!ChineseScript.issues(in: "村\(form.written)委").isEmpty, "\(form.written)")
        }
    }

    /// A phrase is matched only where it can matter: it holds a traditional character.
    @Test func everyPhraseHoldsATraditionalCharacter() {
        for phrase in TraditionalCharacters.phrases.values.joined() {
            #expect(phrase.written.contains { TraditionalCharacters.table[$0] != nil })
            #expect(phrase.written.count == phrase.simplified.count)
        }
    }
}
