import QingdanYAML
import Testing

@Suite struct FileNameTests {
    @Test func aValidNameIsTheStringItSpells() {
        let name = "村务/渝北区.yaml"
        #expect(FileName.decode(Array(name.utf8)) == name)
        #expect(FileName.readable(name) == name)
        FileName.withSystemName(name) { #expect(String(cString: $0) == name) }
    }

    /// `村务.yaml` written by a GBK system: not UTF-8, still opened under exactly its bytes.
    @Test func bytesThatAreNotUTF8SurviveTheRoundTrip() {
        let cases: [[UInt8]] = [
            [0xB4, 0xE5, 0xCE, 0xF1] + Array(".yaml".utf8), [0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80],
            [0xF4, 0x90, 0x80, 0x80],
            Array("a".utf8) + [0xE6, 0x9D] + Array("/b".utf8), [0xF0, 0x9F, 0x98],
            // Valid UTF-8 that spells an escape character (U+10FF80) is escaped too.
            [0xF4, 0x8F, 0xBE, 0x80] + Array(".yaml".utf8), [0xB4, 0xF4, 0x8F, 0xBF, 0xBF],
        ]
        for bytes in cases {
            let name = FileName.decode(bytes)
            let back: [UInt8] = FileName.withSystemName(name) { pointer in
                var result: [UInt8] = []
                var index = 0
                while pointer[index] != 0 {
                    result.append(UInt8(bitPattern: pointer[index]))
                    index += 1
                }
                return result
            }
            #expect(back == bytes, "\(bytes)")
        }
        #expect(FileName.readable(FileName.decode([0xB4, 0xE5] + Array(".yaml".utf8))) == "\\xB4\\xE5.yaml")
    }
}
