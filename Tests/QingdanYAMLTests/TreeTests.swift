import Testing

@testable import QingdanYAML

private func parse(_ text: String) throws -> YAMLTree {
    try YAMLParser.parse(SourceFile(path: "t.yaml", text: text))
}

@Suite struct TreeTests {
    @Test func locatesEveryNode() throws {
        let tree = try parse(
            """
            region:
              code: "500112"
              name: 重庆市渝北区
            lists:
              negative:
                - name: 行政执法
                - name: 拆迁拆违
            """)
        let root = tree.root
        #expect(root.isMapping)
        #expect(root.count == 2)
        let name = try #require(root["region"]?["name"])
        #expect(name.text == "重庆市渝北区")
        #expect(name.location.line == 3)
        #expect(name.location.column == 9)
        let second = try #require(root["lists"]?["negative"]?.items[1])
        #expect(second.location.line == 7)
        #expect(second.location.column == 7)
        #expect(second["name"]?.text == "拆迁拆违")
        // Byte offsets count UTF-8 bytes: every CJK character here is three bytes.
        let bytes = Array("region:\n  code: \"500112\"\n  name: ".utf8).count
        #expect(name.location.offset == bytes)
    }

    @Test func acceptsByteOrderMarkAndCRLF() throws {
        let tree = try YAMLParser.parse(
            SourceFile(path: "bom.yaml", bytes: [0xEF, 0xBB, 0xBF] + Array("a: 中文\r\nb: x\r\n".utf8)))
        let b = try #require(tree.root.pair(forKey: "b"))
        #expect(b.key.location.line == 2)
        #expect(b.key.location.column == 1)
        #expect(b.key.location.offset == 3 + Array("a: 中文\r\n".utf8).count)
        #expect(tree.root["a"]?.text == "中文")
    }

    @Test func keepsScalarsAsTextUntilAsked() throws {
        let tree = try parse(
            """
            plain: 860
            quoted: "860"
            octal: 0123
            yes: yes
            flag: true
            nothing:
            tilde: ~
            day: 2024-03-01
            quotedDay: "2024-03-01"
            ratio: 0.6
            """)
        let root = tree.root
        #expect(root["plain"]?.integer == 860)
        #expect(root["quoted"]?.integer == nil)
        #expect(root["quoted"]?.text == "860")
        #expect(root["octal"]?.text == "0123")
        #expect(root["yes"]?.boolean == nil)
        #expect(root["yes"]?.text == "yes")
        #expect(root["flag"]?.boolean == true)
        #expect(root["nothing"]?.isNull == true)
        #expect(root["tilde"]?.isNull == true)
        #expect(root["quoted"]?.isNull == false)
        #expect(root["day"]?.date == CivilDate(year: 2024, month: 3, day: 1))
        #expect(root["quotedDay"]?.date == CivilDate(year: 2024, month: 3, day: 1))
        #expect(root["ratio"]?.number == 0.6)
    }

    @Test func slicesSourceTextOfANode() throws {
        let tree = try parse("a:\n  b: [1, 2]\nc: 3\n")
        let b = try #require(tree.root["a"]?["b"])
        #expect(b.sourceText == "[1, 2]")
    }

    @Test func checksCivilDates() {
        #expect(CivilDate("2024-02-29") != nil)
        #expect(CivilDate("2023-02-29") == nil)
        #expect(CivilDate("2024-13-01") == nil)
        #expect(CivilDate("2024-3-1") == nil)
        #expect(CivilDate("2024-02-29")!.adding(years: 1) == CivilDate("2025-02-28"))
        #expect(CivilDate("9998-06-01")!.adding(years: 2) == nil)
        #expect(CivilDate("2024-06-01")!.adding(years: .max) == nil)
        #expect(CivilDate("2022-10-01")! < CivilDate("2023-01-01")!)
    }
}

@Suite struct HeaderScanTests {
    @Test func readsTheRegionWithoutTheRest() {
        let source = SourceFile(
            path: "f", text: "qingdan: 1\nregion:\n  code: \"500112\"\n  level: county\nlists: [unclosed\n")
        #expect(YAMLParser.topLevelScalars(of: "region", in: source) == ["code": "500112", "level": "county"])
    }

    @Test func readsFlowMappingsAndSkipsNestedValues() {
        let source = SourceFile(
            path: "f", text: "lists: {a: [1, 2]}\nregion: {code: \"2103\", extra: {x: 1}, level: city}\n")
        #expect(YAMLParser.topLevelScalars(of: "region", in: source) == ["code": "2103", "level": "city"])
    }

    @Test func absentOrMalformedRegionIsNil() {
        #expect(YAMLParser.topLevelScalars(of: "region", in: SourceFile(path: "f", text: "qingdan: 1\n")) == nil)
        #expect(YAMLParser.topLevelScalars(of: "region", in: SourceFile(path: "f", text: "region: 500112\n")) == nil)
        #expect(YAMLParser.topLevelScalars(of: "region", in: SourceFile(path: "f", text: "region: {code: [\n")) == nil)
        #expect(YAMLParser.topLevelScalars(of: "region", in: SourceFile(path: "f", text: "")) == nil)
    }
}

@Suite struct HeaderScanWithScalarsTests {
    @Test func readsTopLevelScalarsBeforeAndAfterTheMapping() {
        let source = SourceFile(
            path: "f", text: "as_of: 2024-03-01\nregion: {code: \"2103\", level: city}\nlists: {}\n")
        let scan = YAMLParser.scanHeader(of: "region", scalars: ["as_of"], in: source)
        #expect(
            scan == YAMLParser.HeaderScan(mapping: ["code": "2103", "level": "city"], scalars: ["as_of": "2024-03-01"]))
    }

    @Test func aMissingScalarStillGivesTheMapping() {
        let source = SourceFile(path: "f", text: "region: {code: \"2103\"}\nlists: {}\n")
        #expect(YAMLParser.scanHeader(of: "region", scalars: ["as_of"], in: source)?.mapping == ["code": "2103"])
    }
}

/// The quick header reader must agree with libyaml on every file it accepts.
@Suite struct QuickHeaderTests {
    static let agreeing = [
        "qingdan: 1\nregion:\n  code: \"500112\"\n  name: 渝北区\n  level: county\nas_of: 2023-06-30\nlists: {}\n",
        "\u{FEFF}# comment\nregion:\n    code: '2103'   # 鞍山\n    level: city\n\nas_of: \"2024-07-01\"\n",
        "as_of: 2024-01-01\nlists:\n  assistance:\n    - name: a\nregion:\n  code: 210302001001\n  level: village\n",
        "region:\n  code: \"500112\"\n  level: county\n",
    ]
    static let declined = [
        "region: {code: \"2103\", level: city}\nas_of: 2024-01-01\n",
        "region:\n  code: \"50\\u0030112\"\nas_of: 2024-01-01\n",
        "region:\n\tcode: 1\n",
        "region: &r\n  code: \"1\"\n",
        "---\nregion:\n  code: \"21\"\n",
        "region:\n  code: \"21\"\nregion:\n  code: \"22\"\n",
        "as_of: 2024-01-01\n  continued\nregion:\n  code: \"21\"\n",
    ]

    @Test(arguments: agreeing)
    func agreesWithLibyaml(_ text: String) throws {
        let quick = try #require(YAMLParser.quickHeader(of: "region", scalars: ["as_of"], in: Array(text.utf8)))
        let full = YAMLParser.scanHeader(of: "region", scalars: ["as_of"], in: SourceFile(path: "f", text: text))
        #expect(quick == full)
    }

    @Test(arguments: declined)
    func declinesWhatItDoesNotUnderstand(_ text: String) {
        #expect(YAMLParser.quickHeader(of: "region", scalars: ["as_of"], in: Array(text.utf8)) == nil)
    }
}

/// Byte offsets come from character checkpoints (`CharacterOffsets`), not from the parser: every
/// node's offset must lead back to its line and column, across long lines of mixed widths.
@Suite struct CharacterOffsetTests {
    static func nodes(_ node: YAMLNode) -> [YAMLNode] {
        [node] + node.items.flatMap(nodes) + node.pairs.flatMap { [$0.key] + nodes($0.value) }
    }

    @Test(arguments: ["", "\u{FEFF}"])
    func everyNodeOffsetMatchesItsLineAndColumn(_ prefix: String) throws {
        var text = prefix + "名称: 村民委员会\r\nitems:\n"
        for index in 0..<60 {
            let filler = String(repeating: ["a", "é", "村", "😀"][index % 4], count: index * 3)
            text += "  - {name: \"\(filler)\", note: 备注\(index), flag: true}\n"
        }
        let source = SourceFile(path: "f.yaml", text: text)
        let tree = try YAMLParser.parse(source)
        for node in Self.nodes(tree.root) {
            for location in [node.location, node.endLocation] {
                let back = source.location(ofByteOffset: location.offset)
                #expect(
                    back.line == location.line && back.column == location.column,
                    "\(location) → offset \(location.offset) → \(back)")
            }
        }
        let last = try #require(tree.root["items"]?.items.last?["note"])
        #expect(last.sourceText == "备注59")
    }

    @Test func positionsOutsideAListOrMappingStopTheProgramInEveryBuild() async {
        await #expect(processExitsWith: .failure) {
            let tree = try YAMLParser.parse(SourceFile(path: "f.yaml", text: "- 召集村民会议\n"))
            _ = tree.root.items[1]
        }
        await #expect(processExitsWith: .failure) {
            let tree = try YAMLParser.parse(SourceFile(path: "f.yaml", text: "name: 调解民间纠纷\n"))
            _ = tree.root.pairs[-1]
        }
    }
}
