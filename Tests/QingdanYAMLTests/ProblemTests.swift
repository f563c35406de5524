import Testing

@testable import QingdanYAML

private func problem(_ bytes: [UInt8], limits: ParseLimits = .default) -> YAMLProblem? {
    do {
        _ = try YAMLParser.parse(SourceFile(path: "t.yaml", bytes: bytes), limits: limits)
        return nil
    } catch {
        return error
    }
}

private func problem(_ text: String, limits: ParseLimits = .default) -> YAMLProblem? {
    problem(Array(text.utf8), limits: limits)
}

@Suite struct ProblemTests {
    @Test func duplicateKeyIsReportedAtTheSecondAndNamesTheFirst() throws {
        let found = try #require(problem("region:\n  code: a\n  name: b\n  code: c\n"))
        #expect(found.code == .duplicateKey)
        #expect(found.location.line == 4)
        #expect(found.location.column == 3)
        #expect(found.related?.line == 2)
        #expect(found.message.contains("第 2 行"))
    }

    @Test func duplicateKeysInLargeMappingsAreFound() throws {
        var text = ""
        for index in 0..<100 { text += "k\(index): \(index)\n" }
        text += "k42: again\n"
        let found = try #require(problem(text))
        #expect(found.code == .duplicateKey)
        #expect(found.location.line == 101)
        #expect(found.related?.line == 43)
    }

    @Test(arguments: [
        "a: &x 1\nb: *x\n",
        "a: &x [1, 2]\n",
        "base: &b {k: v}\nother:\n  <<: *b\n",
        "? *x\n: 1\n",
    ])
    func anchorsAndAliasesAreRejected(text: String) throws {
        let found = try #require(problem(text))
        #expect(found.code == .alias)
    }

    @Test func billionLaughsStopsAtTheFirstAnchor() throws {
        let text = """
            a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
            b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
            c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
            """
        let found = try #require(problem(text))
        #expect(found.code == .alias)
        #expect(found.location.line == 1)
    }

    @Test func syntaxErrorsCarryLocationAndHint() throws {
        let found = try #require(problem("region:\n  code: 1\n name: x\n"))
        #expect(found.code == .syntax)
        #expect(found.location.line == 3)
        #expect(!found.message.contains("libyaml"))
    }

    @Test func tabIndentationIsExplained() throws {
        let found = try #require(problem("region:\n\tcode: 1\n"))
        #expect(found.code == .tabIndent)
        #expect(found.hint.contains("Tab"))
    }

    @Test func fullWidthColonIsExplained() throws {
        let found = try #require(problem("region：\n  code: 1\n"))
        #expect(found.code == .fullWidthColon)
        #expect(found.location == SourceLocation(line: 1, column: 7, offset: 6))
        #expect(found.message.contains("全角冒号"))
        #expect(found.fix?.edits == [SourceEdit(range: 6..<9, replacement: ":")])
    }

    @Test func aMissingColonIsReportedOnTheKeyLine() throws {
        // libyaml notices it on line 4; the line to edit is line 3.
        let found = try #require(problem("region:\n  code: 1\n  名称：某村\n  level: village\n"))
        #expect(found.code == .syntax)
        #expect(found.location.line == 3)
        #expect(found.location.column == 5)
        #expect(found.message == "这一行用了全角冒号「：」")
        let missing = try #require(problem("region:\n  code: 1\n  name 某村\n  level: village\n"))
        #expect(missing.location.line == 3)
        #expect(missing.location.column == 3)
        #expect(missing.message == "这一行缺少冒号")
        #expect(missing.related == nil)
    }

    @Test func invalidUTF8IsAnEncodingProblem() throws {
        let found = try #require(problem(Array("a: ".utf8) + [0xFF, 0x0A]))
        #expect(found.code == .encoding)
        #expect(found.location.line == 1)
        #expect(found.location.column == 4)
    }

    @Test func gbkIsNamed() throws {
        // 「渝北区」 in GBK.
        let found = try #require(problem(Array("name: ".utf8) + [0xD3, 0xE5, 0xB1, 0xB1, 0xC7, 0xF8, 0x0A]))
        #expect(found.code == .encoding)
        #expect(found.message.contains("GB18030"))
    }

    @Test func utf16IsNamed() throws {
        let found = try #require(problem([0xFF, 0xFE] + Array("a: 1\n".utf8).flatMap { [$0, 0] }))
        #expect(found.code == .encoding)
        #expect(found.message.contains("UTF-16LE"))
    }

    @Test func controlCharactersAreNamed() throws {
        let found = try #require(problem(Array("a: b".utf8) + [0x01, 0x0A]))
        #expect(found.code == .syntax)
        #expect(found.message.contains("控制字符"))
        #expect(found.location.column == 5)
    }

    @Test(arguments: ["", "# 只有注释\n", "   \n\n"])
    func emptyInputIsAnError(text: String) throws {
        #expect(problem(text)?.code == .empty)
    }

    @Test func emptyAfterByteOrderMarkIsAnError() {
        #expect(problem([0xEF, 0xBB, 0xBF])?.code == .empty)
    }

    @Test func onlyOneDocumentPerFile() throws {
        let found = try #require(problem("a: 1\n---\nb: 2\n"))
        #expect(found.code == .multipleDocuments)
        #expect(found.location.line == 2)
    }

    @Test func complexKeysAreRejected() {
        #expect(problem("? [a, b]\n: 1\n")?.code == .complexKey)
    }

    @Test func unknownTagsAreRejectedButStrIsText() throws {
        #expect(problem("a: !!python/object x\n")?.code == .tag)
        let tree = try YAMLParser.parse(SourceFile(path: "t", text: "a: !!str 12\n"))
        #expect(tree.root["a"]?.integer == nil)
        #expect(tree.root["a"]?.text == "12")
    }

    @Test func depthIsLimited() throws {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let found = try #require(problem(deep))
        #expect(found.code == .limit)
        #expect(found.location.column == ParseLimits.default.maxDepth + 1)
    }

    @Test func nodeCountIsLimited() {
        let text = "[" + Array(repeating: "1", count: 1_000).joined(separator: ",") + "]"
        #expect(problem(text, limits: ParseLimits(maxNodes: 500))?.code == .limit)
        #expect(problem(text, limits: ParseLimits(maxNodes: 5_000)) == nil)
    }
}
