import QingdanPluginAPI
import QingdanYAML
import Testing

/// Every written form of a region at each level, read with and without the declared level.
private let forms: [(written: String, level: RegionLevel, key: String)] = [
    // 辽宁省: short form, GB/T 2260, 统计用区划代码, and the lengths in between.
    ("21", .province, "21"), ("2100", .province, "21"), ("210000", .province, "21"),
    ("210000000", .province, "21"), ("210000000000", .province, "21"),
    // 鞍山市
    ("2103", .city, "2103"), ("210300", .city, "2103"), ("210300000", .city, "2103"),
    ("210300000000", .city, "2103"),
    // 铁东区, 渝北区, 宁海县, 鄞州区, 罗江区, 南川区
    ("210302", .county, "210302"), ("210302000", .county, "210302"), ("210302000000", .county, "210302"),
    ("500112", .county, "500112"), ("500112000000", .county, "500112"), ("330226", .county, "330226"),
    ("330212", .county, "330212"),
    ("510604000000", .county, "510604"), ("500119", .county, "500119"),
    // a 街道 of 铁东区, and a village in it
    ("210302001", .township, "210302001"), ("210302001000", .township, "210302001"),
    ("210302001001", .village, "210302001001"), ("500112104201", .village, "500112104201"),
]

@Suite struct RegionCodeTests {
    @Test(arguments: forms)
    func everyWrittenFormReadsToTheLevelsKey(written: String, level: RegionLevel, key: String) throws {
        let declared = try #require(RegionCode.read(written, declared: level))
        #expect(declared.problem == nil)
        #expect(declared.code?.level == level)
        #expect(declared.code?.key == key)
        // Without a declared level the digits say the same.
        let inferred = try #require(RegionCode.read(written, declared: nil))
        #expect(inferred == declared)
        #expect(RegionCode(written) == declared.code)
    }

    @Test func formsOfOneRegionAreEqualAndHashAlike() throws {
        let six = try #require(RegionCode("500112"))
        let twelve = try #require(RegionCode("500112000000"))
        #expect(six == twelve)
        #expect(Set([six, twelve]).count == 1)
        #expect(six.twelveDigits == 500_112_000_000)
        #expect(RegionCode("2103") == RegionCode("210300"))
        #expect(RegionCode("2103") != RegionCode("210302"))
    }

    @Test func theDigitsTableLivesOnTheLevel() {
        #expect(RegionLevel.allCases.map(\.digits) == [2, 4, 6, 9, 12])
        #expect(RegionLevel.allCases.map(\.groupStart) == [0, 2, 4, 6, 9])
        #expect(RegionLevel.allCases.map { RegionLevel(digits: $0.digits) } == RegionLevel.allCases)
        #expect(RegionLevel(digits: 3) == nil)
        #expect(RegionLevel.allCases.sorted() == RegionLevel.allCases)
    }

    @Test func aRegionLiesInTheRegionsAboveIt() throws {
        let village = try #require(RegionCode("210302001001"))
        #expect(village.truncated(to: .county)?.key == "210302")
        #expect(village.truncated(to: .city)?.key == "2103")
        #expect(village.truncated(to: .province)?.key == "21")
        #expect(village.rollupRegion.key == "210302")
        let anshan = try #require(RegionCode("210300"))
        let liaoning = try #require(RegionCode("21"))
        let yubei = try #require(RegionCode("500112"))
        #expect(village.lies(in: anshan))
        #expect(village.lies(in: liaoning))
        #expect(!village.lies(in: yubei))
        let city = try #require(RegionCode("210300000000"))
        #expect(city.truncated(to: .county) == nil)
        #expect(city.rollupRegion == city)
        let tiedong = try #require(RegionCode("210302"))
        #expect(!city.lies(in: tiedong))
    }

    @Test(arguments: ["", "5", "50011", "5001120", "50011200000", "5001120000000", "21030A", "５００１１２", " 500112"])
    func textOfAnotherLengthOrNotDigitsIsNotRead(written: String) {
        #expect(RegionCode.read(written, declared: .county) == nil)
        #expect(RegionCode(written) == nil)
    }

    @Test(arguments: ["00", "000000", "000000000000", "001201"])
    func provinceDigitsOfZeroNameNoRegion(written: String) throws {
        let reading = try #require(RegionCode.read(written, declared: .county))
        #expect(reading.problem == .noProvince)
        #expect(reading.code == nil)
        #expect(RegionCode.message(.noProvince, written: written, code: nil).contains("不是任何地区的代码"))
    }

    // MARK: Disagreements between the code and the declared level

    @Test func digitsBeyondTheDeclaredLevelMustBeZero() throws {
        let reading = try #require(RegionCode.read("210302001001", declared: .county))
        #expect(reading.problem == .deeperThanDeclared(declared: .county))
        #expect(reading.code?.level == .village)
        #expect(reading.code?.key == "210302001001")
        let problem = try #require(reading.problem)
        let message = RegionCode.message(problem, written: "210302001001", code: reading.code)
        #expect(message.contains("210302001001") && message.contains("county（县级）") && message.contains("是村级代码"))
        let hint = RegionCode.hint(problem, code: reading.code)
        #expect(hint.contains("县级代码写 6 位（210302）或 12 位（210302000000）"))
        #expect(hint.contains("把 region.level 改为 village"))
        #expect(RegionCode.read("2103", declared: .province)?.problem == .deeperThanDeclared(declared: .province))
    }

    @Test func theDeclaredLevelsOwnDigitsMustNotBeZero() throws {
        let reading = try #require(RegionCode.read("210300000000", declared: .village))
        #expect(reading.problem == .higherThanDeclared(declared: .village))
        #expect(reading.code?.level == .city)
        #expect(reading.code?.key == "2103")
        let problem = try #require(reading.problem)
        let message = RegionCode.message(problem, written: "210300000000", code: reading.code)
        #expect(message.contains("是市级代码") && message.contains("village（村级）") && message.contains("第 10–12 位"))
        let hint = RegionCode.hint(problem, code: reading.code)
        #expect(hint.contains("在 2103 之后写出县级 2 位、乡级 3 位、村级 3 位"))
        #expect(hint.contains("把 region.level 改为 city"))
        // A city's six digits declared county.
        let county = try #require(RegionCode.read("210300", declared: .county))
        #expect(county.problem == .higherThanDeclared(declared: .county))
        #expect(county.code?.key == "2103")
    }

    @Test func theCodeMustHaveTheDigitsOfTheDeclaredLevel() throws {
        let reading = try #require(RegionCode.read("210302", declared: .village))
        #expect(reading.problem == .tooShort(declared: .village))
        #expect(reading.code?.level == .county)
        let problem = try #require(reading.problem)
        let message = RegionCode.message(problem, written: "210302", code: reading.code)
        #expect(message.contains("只有 6 位") && message.contains("是县级代码") && message.contains("village（村级）"))
        let hint = RegionCode.hint(problem, code: reading.code)
        #expect(hint.contains("村级代码写 12 位"))
        #expect(hint.contains("把 region.level 改为 county"))
        #expect(RegionCode.read("2103", declared: .county)?.problem == .tooShort(declared: .county))
        #expect(RegionCode.read("210302001", declared: .village)?.problem == .tooShort(declared: .village))
    }

    @Test(arguments: RegionLevel.allCases)
    func theFormsOfEachLevelAreSpelledOut(level: RegionLevel) throws {
        let example = try #require(RegionCode("210302001001")?.truncated(to: level))
        let expected: [RegionLevel: String] = [
            .province: "省级代码写 6 位（210000）或 12 位（210000000000），也可简写为 2 位（21）",
            .city: "市级代码写 6 位（210300）或 12 位（210300000000），也可简写为 4 位（2103）",
            .county: "县级代码写 6 位（210302）或 12 位（210302000000）",
            .township: "乡级代码写 12 位（210302001000），也可简写为 9 位（210302001）",
            .village: "村级代码写 12 位（210302001001）",
        ]
        #expect(RegionCode.writtenForms(at: level, example: example) == expected[level])
    }

    // MARK: The header

    @Test func theHeaderKeepsTheCodeAsWrittenAndGainsItsKey() throws {
        let tree = try YAMLParser.parse(
            SourceFile(
                path: "f.yaml",
                text: "qingdan: 1\nregion: {code: \"500112000000\", name: 重庆市渝北区, level: county}\nas_of: 2024-03-01\n"))
        let header = FilingHeader(root: tree.root)
        #expect(header.regionCode == "500112000000")
        #expect(header.region?.key == "500112")
        #expect(header.regionProblem == nil)
        #expect(header.agreedRegion == header.region)
        #expect(FilingHeader.consistencyIssues(root: tree.root, header: header).isEmpty)
    }

    @Test func aDisagreementIsAConsistencyIssueAtTheLevel() throws {
        let tree = try YAMLParser.parse(
            SourceFile(
                path: "f.yaml",
                text:
                    "qingdan: 1\nregion:\n  code: \"210302001001\"\n  name: 鞍山市铁东区某街道某村\n  level: county\nas_of: 2024-03-01\n"
            ))
        let header = FilingHeader(root: tree.root)
        #expect(header.region?.key == "210302001001")
        #expect(header.agreedRegion == nil)
        let issues = FilingHeader.consistencyIssues(root: tree.root, header: header)
        #expect(issues.map(\.code) == [.invalidValue])
        #expect(issues.first?.path.description == "region.level")
        #expect(issues.first?.location.line == 5)
        // Without a level (the schema reports it missing), the digits decide and nothing disagrees.
        let missing = FilingHeader(regionCode: "210302001001")
        #expect(missing.region?.level == .village)
        #expect(missing.regionProblem == nil)
    }

    @Test func aCodeOfNoRegionIsAConsistencyIssueAtTheCode() throws {
        let tree = try YAMLParser.parse(
            SourceFile(path: "f.yaml", text: "qingdan: 1\nregion: {code: \"000000\", name: x, level: county}\n"))
        let header = FilingHeader(root: tree.root)
        #expect(header.region == nil)
        let issues = FilingHeader.consistencyIssues(root: tree.root, header: header)
        #expect(issues.map(\.path.description) == ["region.code"])
    }
}
