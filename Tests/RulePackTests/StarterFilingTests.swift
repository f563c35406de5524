import QingdanCore
import QingdanKit
import QingdanPluginAPI
import QingdanTestSupport
import QingdanYAML
import Testing

/// `qingdan init`'s starter filings, for every bundled pack at every level it has rules for.
///
/// "Passes once filled" means: with every placeholder replaced by a value of its key's type, the
/// filing parses, has no syntax, schema or pack-choice finding, is judged by the pack it was made
/// for, and every rule that applies has something to read (none of the sections it checks is
/// missing). Rule findings about the content (a one-item list is short of a catalogue's count)
/// are the drafter's to answer and are not counted.
@Suite struct StarterFilingTests {
    static let date = CivilDate(year: 2025, month: 1, day: 1)!
    static let library = TestPacks.bundled

    static let cases: [(pack: String, level: RegionLevel)] = library.ids.flatMap { id in
        StarterFiling.levels(of: library.pack(id: id)!, on: date).map { (id, $0) }
    }

    @Test func everyPackHasALevel() {
        for id in Self.library.ids {
            #expect(Self.cases.contains { $0.pack == id }, "\(id)")
        }
    }

    @Test(arguments: cases)
    func starterParsesAndOnlyItsPlaceholdersAreUnfilled(pack: String, level: RegionLevel) throws {
        let starter = try StarterFiling(library: Self.library, pack: pack, level: level, asOf: Self.date)
        let (text, placeholders) = starter.render(format: Self.library.format)
        #expect(text.hasPrefix("# yaml-language-server: $schema=\(StarterFiling.schemaAddress)\n"))
        let tree = try YAMLTree.parse(SourceFile(path: "filing.yaml", text: text), limits: .default)
        let issues = SchemaValidator.validate(
            tree.root, against: Self.library.format.document, placeholders: true)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let placeholderLines = Set(
            lines.indices.filter { !lines[$0].trimmingPrefix(" ").hasPrefix("#") && lines[$0].contains("请填写") }
                .map { $0 + 1 })
        #expect(placeholderLines.count == placeholders)
        #expect(Set(issues.map(\.location.line)) == placeholderLines)
        #expect(issues.allSatisfy { $0.code == .emptyValue })
        #expect(!Self.library.format.compiled.accepts(tree.root))
    }

    @Test(arguments: cases)
    func starterPassesOnceFilled(pack: String, level: RegionLevel) throws {
        let starter = try StarterFiling(library: Self.library, pack: pack, level: level, asOf: Self.date)
        let text = try Self.filled(starter)
        #expect(!text.split(separator: "\n").contains { !$0.trimmingPrefix(" ").hasPrefix("#") && $0.contains("请填写") })
        let checker = Checker(library: Self.library, settings: .init(today: Self.date))
        let report = checker.check(SourceFile(path: "filing.yaml", text: text))
        let structural: Set<FindingCode> = Set(
            FindingCode.yamlCodes + FindingCode.schemaCodes + [
                .noPack, .unknownPack, .noRules, .packMismatch, .nothingToCheck,
            ])
        let wrong = report.findings.filter { structural.contains($0.ruleID) }
        #expect(wrong.isEmpty, "\(wrong.map { "\($0.location.line): \($0.message)" })\n\(text)")
        #expect(report.pack?.id == pack)
        #expect(report.rulesRun == starter.rules.count)
        #expect(report.rulesWithContent == report.rulesRun)
    }

    @Test func regionCodeChoosesPackAndLevel() throws {
        let village = try StarterFiling(library: Self.library, region: "500112104201", asOf: Self.date)
        #expect(village.pack.id == "cn/chongqing/yubei")
        #expect(village.level == .village)
        #expect(!village.namesPack)
        let county = try StarterFiling(library: Self.library, region: "500112", asOf: Self.date)
        #expect(county.level == .county)
        #expect(county.regionName == "重庆市渝北区")
        let text = county.text(format: Self.library.format)
        #expect(text.contains("  code: \"500112\"\n"))
        #expect(text.contains("  name: 重庆市渝北区\n"))
        #expect(text.contains("  level: county\n"))
        let national = try StarterFiling(library: Self.library, asOf: Self.date)
        #expect(national.pack.id == "cn")
        #expect(national.level == .village)
    }

    @Test func listsARuleRequiresAreNotOptionalAndUsualSectionsComeFirst() throws {
        let county = try StarterFiling(library: Self.library, region: "350205", asOf: Self.date)
        let text = county.text(format: Self.library.format)
        #expect(text.contains("  # 依法自治事项清单（本地区规则要求填写）：海沧：依法履行职责事项\n"))
        #expect(text.contains("  # 负面事项清单（选填）\n"))
        let village = try StarterFiling(library: Self.library, region: "500112104201", asOf: Self.date)
        let villageText = village.text(format: Self.library.format)
        let sections = villageText.split(separator: "\n").filter { $0.first?.isLetter == true }.map {
            String($0.prefix { $0 != ":" })
        }
        #expect(sections == ["qingdan", "region", "as_of", "signboards", "mechanisms", "tasks", "lists"])
        #expect(villageText.contains("# 村级申报一般不填这一部分；本地区没有的，连同下面缩进的各行整段删去\n# 清单\nlists:\n"))
    }

    @Test func refusesWhatCheckWouldNotAccept() {
        func code(_ make: () throws(StarterFiling.Problem) -> StarterFiling) -> FindingCode? {
            do {
                _ = try make()
                return nil
            } catch {
                return error.code
            }
        }
        #expect(
            code { () throws(StarterFiling.Problem) in
                try StarterFiling(library: Self.library, region: "50011", asOf: Self.date)
            } == .initRegion)
        #expect(
            code { () throws(StarterFiling.Problem) in
                try StarterFiling(library: Self.library, level: .village, region: "500112", asOf: Self.date)
            } == .initRegion)
        #expect(
            code { () throws(StarterFiling.Problem) in
                try StarterFiling(library: Self.library, pack: "cn/chongqing/yubie", asOf: Self.date)
            } == .initUnknownPack)
        #expect(
            code { () throws(StarterFiling.Problem) in
                try StarterFiling(library: Self.library, pack: "cn", region: "500112104201", asOf: Self.date)
            } == .initPackMismatch)
        #expect(
            code { () throws(StarterFiling.Problem) in
                try StarterFiling(library: Self.library, pack: "cn/chongqing/yubei", level: .province, asOf: Self.date)
            } == .initLevel)
    }

    // MARK: Filling placeholders

    /// The starter with each placeholder replaced by a realistic value of its key's type.
    static func filled(_ starter: StarterFiling) throws -> String {
        let text = starter.text(format: library.format)
        let tree = try YAMLTree.parse(SourceFile(path: "filing.yaml", text: text), limits: .default)
        var types: [Int: (keys: [String], type: SchemaType)] = [:]
        func visit(_ node: YAMLNode, _ type: SchemaType, keys: [String]) {
            switch type {
            case .object(let object):
                for (key, value) in node.pairs {
                    guard let name = key.text, let property = object.property(name) else { continue }
                    visit(value, property.type, keys: keys + [name])
                }
            case .list(let element):
                for item in node.items { visit(item, element, keys: keys) }
            default:
                if TemplateText.isPlaceholder(node) { types[node.location.line] = (keys, type) }
            }
        }
        visit(tree.root, library.format.document, keys: [])
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (line, (keys, type)) in types {
            let current = lines[line - 1]
            let start = try #require(current.firstRange(of: "\"请填写") ?? current.firstRange(of: "请填写"))
            lines[line - 1] = current[..<start.lowerBound] + value(for: keys, type, starter: starter)
        }
        return lines.joined(separator: "\n")
    }

    static func value(for keys: [String], _ type: SchemaType, starter: StarterFiling) -> String {
        switch type {
        case .text(.regionCode): return "\"\(regionCode(for: starter))\""
        case .integer: return "860"
        case .number: return "420"
        case .boolean: return "false"
        case .date: return "2024-06-01"
        case .choice(let values): return values[0]
        default: return realisticText[keys.last ?? ""] ?? "按有关规定办理"
        }
    }

    static let realisticText: [String: String] = [
        "name": "协助开展社会救助",
        "content": "协助做好最低生活保障对象的申请受理和入户调查",
        "basis": "《社会救助暂行办法》第十一条",
        "department": "区民政局",
        "approval": "区政府审定 2021-05-10",
        "funding": "区财政按年度拨付工作经费",
        "time_limit": "即时办结",
        "purpose": "办理社会保险待遇",
        "process": "申请人提出申请，村民委员会核实后出具",
        "set_by": "区民政局",
        "assigned_by": "区民政局",
        "list_item": "协助开展社会救助",
        "funded_by": "区民政局",
        "responsible": "村民委员会",
        "supervisor": "村务监督委员会",
        "venue": "某某镇公共资源交易中心",
    ]

    /// A code at the starter's level inside the pack's region (北京市东城区 for the national pack,
    /// which no local pack covers).
    static func regionCode(for starter: StarterFiling) -> String {
        let base = starter.pack.pack.regions.first.flatMap { RegionCode($0) } ?? RegionCode("110101")!
        var digits = base.key
        for level in RegionLevel.allCases where level > base.level && level <= starter.level {
            digits += level.digits - level.groupStart == 2 ? "01" : "001"
        }
        if let truncated = RegionCode(digits)?.truncated(to: starter.level) { return truncated.key }
        return digits
    }
}

@Suite struct PlaceholderTests {
    @Test func aPlaceholderIsUnfilledInAFilingOnly() throws {
        let text = "qingdan: 1\nregion: {code: \"请填写：代码\", name: 请填写：名称, level: village}\nas_of: 2024-03-01\n"
        let tree = try YAMLTree.parse(SourceFile(path: "f.yaml", text: text), limits: .default)
        let document = FilingFormat.standard.document
        let issues = SchemaValidator.validate(tree.root, against: document, placeholders: true)
        #expect(issues.map(\.code) == [.emptyValue, .emptyValue])
        #expect(issues.map(\.message) == ["「code」还没有填写：这里还是模板中的「请填写：代码」", "「name」还没有填写：这里还是模板中的「请填写：名称」"])
        #expect(!FilingFormat.standard.compiled.accepts(tree.root))
        // A pack's or a waiver file's text may begin 请填写: only the region code's format is wrong.
        #expect(SchemaValidator.validate(tree.root, against: document).map(\.code) == [.invalidValue])
        #expect(CompiledSchema(document).accepts(tree.root) == false)
        let named = try YAMLTree.parse(
            SourceFile(
                path: "f.yaml",
                text: "qingdan: 1\nregion: {code: \"500112\", name: 请填写审批机关, level: county}\nas_of: 2024-03-01\n"),
            limits: .default)
        #expect(CompiledSchema(document).accepts(named.root))
        #expect(!FilingFormat.standard.compiled.accepts(named.root))
    }
}
