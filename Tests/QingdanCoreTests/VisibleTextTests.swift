import Foundation
import QingdanCore
import Testing

@Suite struct VisibleTextTests {
    static let hidden: [UInt32] = [
        0x00, 0x07, 0x09, 0x0A, 0x0D, 0x1B, 0x7F, 0x85, 0x9F, 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A, 0x202E,
        0x2066, 0x2069, 0xFEFF, 0xFFFE, 0xFFFF,
    ]

    @Test(arguments: hidden)
    func hiddenCharactersAreShownByTheirCode(value: UInt32) throws {
        let scalar = try #require(Unicode.Scalar(value))
        let text = "甲" + String(Character(scalar)) + "乙"
        #expect(VisibleText.escaped(text) == "甲\\u{\(String(value, radix: 16, uppercase: true))}乙")
    }

    @Test func ordinaryTextIsUnchanged() {
        for text in ["重庆市渝北区", "“引号”…—", "全角，标点：", "\u{20000}", "a\\u{1B}b", "🀄️", "\u{A0}"] {
            #expect(VisibleText.escaped(text) == text)
        }
    }

    @Test(arguments: hidden)
    func jsonEscapesEveryHiddenCharacter(value: UInt32) throws {
        let scalar = try #require(Unicode.Scalar(value))
        var buffer = TextBuffer()
        JSONWriter.escape("x" + String(Character(scalar)) + "中", into: &buffer)
        let written = buffer.string
        #expect(!written.unicodeScalars.contains(scalar))
        let decoded =
            try JSONSerialization.jsonObject(with: Data(written.utf8), options: [.fragmentsAllowed]) as? String
        #expect(decoded == "x" + String(Character(scalar)) + "中")
    }

    @Test func jsonKeepsOtherCharactersAsTheyAre() {
        var buffer = TextBuffer()
        JSONWriter.escape("“渝北”…\u{20000}\u{A0}", into: &buffer)
        #expect(buffer.string == "\"“渝北”…\u{20000}\u{A0}\"")
    }
}
