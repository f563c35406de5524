import QingdanCore
import QingdanPluginAPI
import QingdanYAML
import Testing

private func issues(_ text: String) throws -> [SchemaIssue] {
    let tree = try YAMLParser.parse(SourceFile(path: "f.yaml", text: text))
    return SchemaValidator.validate(tree.root, against: FilingFormat.standard.document)
}

private let header = """
    qingdan: 1
    region: {code: "500112", name: 重庆市渝北区, level: county}
    as_of: 2024-03-01

    """

@Suite struct SchemaValidatorTests {
    @Test func validHeaderHasNoIssues() throws {
        #expect(try issues(header).isEmpty)
    }

    @Test func unknownKeyIsReportedWithASuggestion() throws {
        let found = try issues(header + "lists:\n  assistence: []\n")
        #expect(found.count == 1)
        #expect(found[0].code == .unknownKey)
        #expect(found[0].location.line == 5)
        #expect(found[0].path.description == "lists.assistence")
        #expect(found[0].hint == "是否想写「assistance」？")
    }

    @Test func unknownKeyWithoutCloseMatchListsTheKeys() throws {
        let found = try issues(header + "facility:\n  面积: 3\n")
        #expect(found[0].hint.contains("households"))
    }

    @Test func missingRequiredKeysAreEachReported() throws {
        let found = try issues("qingdan: 1\nregion:\n  code: \"500112\"\n")
        let messages = found.map(\.message)
        #expect(found.allSatisfy { $0.code == .missingKey })
        #expect(messages.contains { $0.contains("as_of") })
        #expect(messages.contains { $0.contains("name") })
        #expect(messages.contains { $0.contains("level") })
    }

    @Test func wrongTypesSayWhatWasExpected() throws {
        let found = try issues(header + "facility:\n  households: 八百六十\n  building_area_m2: \"420\"\n")
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.code == .wrongType })
        #expect(found[0].message.contains("整数"))
        #expect(found[0].fix == nil)
        #expect(found[1].hint == "写成「420」；数字不要加引号")
        #expect(found[1].fix?.edits.first?.replacement == "420")
    }

    @Test func choicesSuggestTheClosestValue() throws {
        let found = try issues(
            """
            qingdan: 1
            region: {code: "210302001001", name: 某村, level: villages}
            as_of: 2024-03-01
            """)
        #expect(found.count == 1)
        #expect(found[0].code == .invalidValue)
        #expect(found[0].hint == "是否想写「village」？")
    }

    @Test func regionCodesAreDigitsOfAKnownLength() throws {
        let found = try issues("qingdan: 1\nregion: {code: \"50011\", name: x, level: county}\nas_of: 2024-03-01\n")
        #expect(found.map(\.code) == [.invalidValue])
    }

    @Test func datesMustBeRealDays() throws {
        let found = try issues("qingdan: 1\nregion: {code: \"500112\", name: x, level: county}\nas_of: 2024-02-30\n")
        #expect(found.map(\.code) == [.wrongType])
        #expect(found[0].hint.contains("2024-03-01"))
    }

    @Test func fullWidthColonIsExplained() throws {
        // A key of ASCII letters with a full-width colon is a typing slip the parser reports; one
        // in Chinese is left to the schema.
        let found = try issues(header + "lists:\n  assistance:\n    - 名称：协助开展社会救助\n")
        #expect(found.count == 1)
        #expect(found[0].hint.contains("全角冒号"))
    }

    @Test func listItemsMustBeMappings() throws {
        let found = try issues(header + "lists:\n  negative:\n    - 行政执法\n")
        #expect(found.count == 1)
        #expect(found[0].path.description == "lists.negative[0]")
        #expect(found[0].hint.contains("- name:"))
    }

    @Test func blankRequiredValuesAreReported() throws {
        let found = try issues(header + "lists:\n  negative:\n    - name: \"  \"\n    - name:\n")
        #expect(found.map(\.code) == [.emptyValue, .emptyValue])
    }

    @Test func booleansAreOnlyTrueOrFalse() throws {
        let found = try issues(header + "mechanisms:\n  - name: 某工作站\n    dedicated_staff: 是\n")
        #expect(found.map(\.code) == [.wrongType])
        #expect(found[0].hint.contains("true"))
    }

    @Test func aRootThatIsNotAMappingIsReported() throws {
        let found = try issues("- a\n- b\n")
        #expect(found.map(\.code) == [.wrongType])
        #expect(found[0].message.contains("文件顶层"))
    }
}

extension SchemaValidatorTests {
    @Test func aKeyWrittenAtTheColumnOfItsParentIsToldWhereItBelongs() throws {
        let found = try issues(
            header + "signboards:\noutside:\n  - name: 重庆市渝北区龙溪街道某某村民委员会\n    kind: villagers_committee\n")
        #expect(found.map(\.code) == [.unknownKey])
        #expect(found[0].hint.contains("「outside」应缩进到「signboards」之下"))
        // A key of another section is only misspelt or misplaced: no such advice.
        let other = try issues(header + "signboards:\nhouseholds: 860\n")
        #expect(!other[0].hint.contains("之下"))
    }
}
