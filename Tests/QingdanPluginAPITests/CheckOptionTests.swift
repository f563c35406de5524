import QingdanPluginAPI
import QingdanYAML
import Testing

/// Options as a province's kind would declare them: a list, a bound, a field with a default, a
/// condition and a nested table.
private struct SampleOptions: CheckOptions {
    @CheckOption("list", title: "清单") var list: FilingList
    @CheckOption("max", title: "最多事项数", minimum: 0, maximum: 500, stricter: .lower) var max: Int?
    @CheckOption("field", title: "比对的键") var field: FieldName = "name"
    @CheckOption("when", title: "条件") var when: ConditionOption?
    @CheckOption("words", title: "关键词", stricter: .superset) var words = ["尽快"]
    @CheckOption("groups", title: "类别") var groups: OptionTable<GroupOptions>?
}

private struct GroupOptions: CheckOptions {
    static let title = "类别"
    @CheckOption("keywords", title: "关键词") var keywords: [String]
    @CheckOption("except", title: "除外") var except: [String]?
}

private func mapping(_ text: String) throws -> YAMLNode {
    try YAMLParser.parse(SourceFile(path: "pack.yaml", text: text)).root
}

private func context(_ node: YAMLNode, format: FilingFormat = .standard) -> CheckContext {
    CheckContext(kindName: "sample.kind", format: format, file: "pack.yaml", node: node)
}

private func read(_ text: String) throws -> Result<SampleOptions, PackProblem> {
    let node = try mapping(text)
    do throws(PackProblem) {
        return .success(try SampleOptions.read(node, context(node)))
    } catch {
        return .failure(error)
    }
}

/// A mistake in a plugin: a nested options struct held as a plain property.
private struct OptionsWithAPlainProperty: CheckOptions {
    @CheckOption("list", title: "清单") var list: FilingList
    var inner = GroupOptions()
}

@Suite struct CheckOptionTests {
    @Test func aPlainStoredPropertyInOptionsStopsThePluginAtStartUp() async {
        await #expect(processExitsWith: .failure) {
            _ = OptionsWithAPlainProperty.declarations
        }
    }

    @Test func aDefaultFieldTheListLacksIsNamedAsTheDefault() throws {
        let node = try mapping("list: lists.certificates\n")
        let options = try SampleOptions.read(node, context(node))
        let contacts = FilingList(
            path: FilingPath(["contacts"]),
            item: ObjectSchema(title: "联系人", properties: [Property("phone", .text(), title: "电话")]))
        do throws(PackProblem) {
            _ = try options.field.checked(in: [contacts], context(node))
            Issue.record("a default field the items do not have was accepted")
        } catch {
            #expect(error.message == "联系人没有键「name」（没有写 field 时比对 name）")
            #expect(error.hint.contains("phone"))
        }
    }

    @Test func declarationsCarryKeyTypeTitleAndLimit() {
        let declarations = SampleOptions.declarations
        #expect(declarations.map(\.key) == ["list", "max", "field", "when", "words", "groups"])
        #expect(declarations.map(\.required) == [true, false, false, false, false, false])
        #expect(declarations.map(\.title) == ["清单", "最多事项数", "比对的键", "条件", "关键词", "类别"])
        #expect(declarations.map(\.stricter) == [nil, .lower, nil, nil, .superset, nil])
        guard case .integer(minimum: 0, maximum: 500) = declarations[1].schema else {
            Issue.record("max should be an integer of at least 0, is \(declarations[1].schema)")
            return
        }
        guard case .dictionary(_, .object(let group)) = declarations[5].schema else {
            Issue.record("groups should be a table of mappings")
            return
        }
        #expect(group.title == "类别")
        #expect(group.properties.map(\.name) == ["keywords", "except"])
        #expect(group.properties.map(\.required) == [true, false])
    }

    @Test func readsValuesDefaultsAndAbsentOptions() throws {
        let options = try read(
            """
            list: lists.certificates
            max: 12
            groups:
              收费类: {keywords: [收费, 押金]}
            """
        ).get()
        #expect(options.list.path.keys == ["lists", "certificates"])
        #expect(options.list.path.title == "依法出具证明事项清单")
        #expect(options.list.item.property("time_limit") != nil)
        #expect(options.max == 12)
        #expect(options.field.name == "name")
        #expect(options.when == nil)
        #expect(options.words == ["尽快"])
        #expect(options.groups?.keys == ["收费类"])
        #expect(options.groups?.entries.first?.value.keywords == ["收费", "押金"])
        #expect(options.groups?.entries.first?.value.except == nil)
        #expect(options.$max.node?.location.line == 2)
        #expect(options.$when.node == nil)
    }

    @Test func anUnknownFilingPathIsLocatedWithASuggestion() throws {
        guard case .failure(let problem) = try read("list: lists.certificate\n") else {
            Issue.record("an unknown path was accepted")
            return
        }
        #expect(problem.code == .option)
        #expect(problem.location.line == 1)
        #expect(problem.location.column == 7)
        #expect(problem.message.contains("lists.certificate"))
        #expect(problem.hint.contains("lists.certificates"))
    }

    @Test func aPathThatIsNotAListOfMappingsIsRefused() throws {
        guard case .failure(let problem) = try read("list: facility.households\n") else {
            Issue.record("a number was accepted as a list")
            return
        }
        #expect(problem.message.contains("不是由映射组成的列表"))
    }

    @Test func anEmptyListOrTableIsAProblemAtTheOption() throws {
        guard case .failure(let problem) = try read("list: lists.assistance\nwords: []\n") else {
            Issue.record("an empty list was accepted")
            return
        }
        #expect(problem.message == "选项「words」不能为空")
        #expect(problem.location.line == 2)
    }

    @Test func aProblemInANestedMappingIsLocatedThere() throws {
        guard
            case .failure(let problem) = try read(
                """
                list: lists.assistance
                groups:
                  收费类: {keywords: []}
                """)
        else {
            Issue.record("an empty keyword list was accepted")
            return
        }
        #expect(problem.message == "选项「keywords」不能为空")
        #expect(problem.location.line == 3)
    }

    @Test func fieldNamesAndConditionsAreCheckedAgainstTheList() throws {
        let node = try mapping(
            """
            list: lists.certificates
            field: purpos
            when: {basis: [absent], purpose: [present]}
            """)
        let options = try SampleOptions.read(node, context(node))
        #expect(throws: PackProblem.self) { try options.field.checked(in: [options.list], context(node)) }
        let condition = try #require(try options.when?.compiled(for: [options.list], context(node)))
        #expect(condition.fields == ["basis", "purpose"])

        let wrong = try mapping("list: lists.certificates\nwhen: {colour: [red]}\n")
        let wrongOptions = try SampleOptions.read(wrong, context(wrong))
        do throws(PackProblem) {
            _ = try wrongOptions.when?.compiled(for: [wrongOptions.list], context(wrong))
            Issue.record("a condition on a key the items do not have was accepted")
        } catch {
            #expect(error.message.contains("没有键「colour」"))
            #expect(error.location.line == 2)
        }
    }

    @Test func aPluginKeyIsPartOfTheFormatItExtends() throws {
        let format = try FilingFormat.standard.adding([
            FilingExtension(
                under: ["lists", "certificates"],
                [Property("time_limit_days", .integer(minimum: 0), title: "出具时限（工作日）")]),
            FilingExtension([
                Property(
                    "contacts",
                    .list(
                        .object(
                            ObjectSchema(
                                title: "联系人",
                                properties: [
                                    Property("name", .text(), required: true, title: "姓名")
                                ]))), title: "联系人")
            ]),
        ])
        guard case .list(.object(let item))? = format.type(at: ["lists", "certificates"]) else {
            Issue.record("lists.certificates is no longer a list of mappings")
            return
        }
        #expect(item.property("time_limit_days")?.title == "出具时限（工作日）")
        #expect(format.path(["contacts"])?.title == "联系人")
        #expect(FilingFormat.standard.path(["contacts"]) == nil)
        #expect(format.allPaths.contains("contacts"))
        let filing = try YAMLParser.parse(
            SourceFile(
                path: "f.yaml",
                text: """
                    qingdan: 1
                    region: {code: "510112", name: 龙泉驿区, level: county}
                    as_of: 2024-03-01
                    lists:
                      certificates:
                        - {name: 居住情况证明, time_limit: 即时办结, time_limit_days: 0}
                    contacts:
                      - name: 李华
                    """)
        ).root
        #expect(SchemaValidator.validate(filing, against: format.document).isEmpty)
        #expect(format.compiled.accepts(filing))
        #expect(!FilingFormat.standard.compiled.accepts(filing))
    }

    @Test func aKeyAddedTwiceOrUnderNothingIsAConflict() {
        let twice = FilingExtension(under: ["lists"], [Property("assistance", .text(), title: "重复")])
        #expect(throws: FilingExtension.Conflict.self) { try FilingFormat.standard.adding([twice]) }
        let nowhere = FilingExtension(under: ["lists", "nothing"], [Property("x", .text(), title: "x")])
        #expect(throws: FilingExtension.Conflict.self) { try FilingFormat.standard.adding([nowhere]) }
    }
}

private struct SampleMessage: FindingMessage {
    let item: String
    let count: Int
    let max: Int?
    let extraValues: [String: String]

    static let placeholders: [Placeholder<SampleMessage>] = [
        Placeholder("item", \.item, "事项"),
        Placeholder("count", \.count, "事项数"),
        Placeholder("max", \.max, "上限"),
    ]
}

@Suite struct FindingMessageTests {
    @Test func placeholdersRenderFromTheTypedValues() {
        let message = SampleMessage(item: "「居住情况证明」", count: 3, max: nil, extraValues: ["department": "镇民政办"])
        let template = MessageTemplate("{item}共 {count} 项，上限 {max}，由{department}负责{unknown}")
        #expect(template.render(message) == "「居住情况证明」共 3 项，上限 —，由镇民政办负责—")
        #expect(SampleMessage.placeholders.map(\.name) == ["item", "count", "max"])
    }
}
