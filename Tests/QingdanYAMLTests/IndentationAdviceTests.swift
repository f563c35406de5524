import Testing

@testable import QingdanYAML

private func problem(_ text: String) -> YAMLProblem? {
    do {
        _ = try YAMLParser.parse(SourceFile(path: "t.yaml", text: text))
        return nil
    } catch {
        return error
    }
}

private let header = """
    qingdan: 1
    region:
      code: "500112101100"
      name: 重庆市渝北区龙溪街道某某村
      level: village
    as_of: 2024-06-30
    signboards:
      outside:
        - name: 重庆市渝北区龙溪街道某某村民委员会

    """

@Suite struct IndentationAdviceTests {
    @Test(arguments: [
        ("     kind: villagers_committee\n", 10, 6),  // one space short of `name`
        ("       kind: villagers_committee\n", 10, 8),  // one space too many
    ])
    func anItemKeyOutOfLineIsToldWhichKeyToAlignWith(line: String, number: Int, column: Int) throws {
        let found = try #require(problem(header + line))
        #expect(found.code == .syntax)
        #expect(found.location.line == number)
        #expect(found.location.column == column)
        #expect(found.message == "「kind」的缩进与上一行的「name」不一致")
        #expect(found.hint.contains("「kind」应与「name」对齐，从第 7 列开始（前面 6 个空格）"))
    }

    @Test func aKeyOfTheHeaderOutOfLine() throws {
        for text in [
            "qingdan: 1\nregion:\n  code: \"500112101100\"\n   name: 某村\n  level: village\n",
            "qingdan: 1\nregion:\n  code: \"500112101100\"\n name: 某村\n  level: village\n",
        ] {
            let found = try #require(problem(text))
            #expect(found.location.line == 4)
            #expect(found.message == "「name」的缩进与上一行的「code」不一致")
            #expect(found.hint.contains("从第 3 列开始"))
        }
    }

    @Test func anItemOutOfLineWithTheItemBefore() throws {
        let found = try #require(
            problem(header + "      kind: villagers_committee\n   - name: 重庆市渝北区龙溪街道某某村股份经济合作联合社\n"))
        #expect(found.location.line == 11)
        #expect(found.location.column == 4)
        #expect(found.message == "这一项的「- 」与上一项没有对齐")
        #expect(found.hint.contains("把「- 」移到第 5 列"))
    }

    @Test func noAdviceWhereIndentationIsNotTheProblem() throws {
        // A value holding `: ` is another mistake.
        let colon = try #require(problem(header + "      kind: villagers_committee\n      basis: 文件: 第三条\n"))
        #expect(colon.message == "这里不能出现「键: 值」")
        // A key less indented than every level above it: which level was meant is not certain.
        let unclear = try #require(problem("a:\n  b:\n    c: 1\n    d: 2\n e: 3\n"))
        #expect(!unclear.message.contains("对齐"))
        #expect(
            IndentationAdvice.advice(line: 5, in: SourceFile(path: "t", text: "a:\n  b:\n    c: 1\n    d: 2\n e: 3\n"))
                == nil)
    }
}
