import QingdanPluginAPI
import QingdanSpreadsheet
import QingdanYAML
import Testing

@testable import QingdanKit

/// Workbooks laid out the way district drafters keep them, read cell by cell into the YAML
/// filing they stand for.
@Suite struct WorkbookFilingTests {
    let layout = WorkbookLayout(format: .standard)

    func sheet(_ name: String, _ rows: [[CellValue?]], merged: [String] = [], hidden: Bool = false, firstRow: Int = 1)
        -> Worksheet
    {
        var cells: [Cell] = []
        for (r, row) in rows.enumerated() {
            for (c, value) in row.enumerated() {
                if let value { cells.append(Cell(row: firstRow + r, column: c + 1, value: value)) }
            }
        }
        return Worksheet(
            name: name, isHidden: hidden, cells: cells, mergedRanges: merged.compactMap(CellRange.init(reference:)))
    }

    func translate(_ sheets: [Worksheet]) -> WorkbookFiling.Translation {
        WorkbookFiling.translate(Workbook(sheets: sheets), layout: layout, file: "渝北区清单.xlsx")
    }

    func parsed(_ translation: WorkbookFiling.Translation) throws -> YAMLTree {
        try YAMLTree.parse(SourceFile(path: "t.yaml", text: translation.text), limits: .default)
    }

    static let information = [
        [CellValue.text("区划代码"), .number(500_112_000_000)],
        [.text("地区名称"), .text("重庆市渝北区 ")],
        [.text("层级"), .text("区")],
        [.text("截至日期"), .date(CivilDate(year: 2024, month: 3, day: 1)!)],
        [.text("填报人"), .text("张三")],
        [.text("联系电话"), .number(13_812_345_678)],
    ]

    @Test func anInformationSheetGivesTheHeader() throws {
        let translation = translate([sheet("基本信息", Self.information)])
        let root = try parsed(translation).root
        #expect(root["qingdan"]?.text == "1")
        #expect(root["region"]?["code"]?.text == "500112000000")
        #expect(root["region"]?["name"]?.text == "重庆市渝北区")
        #expect(root["region"]?["level"]?.text == "county")
        #expect(root["as_of"]?.text == "2024-03-01")
        // Paperwork labels are not the filing's and are not reported.
        #expect(translation.origin.problems.isEmpty)
    }

    @Test func aListSheetWithTitleMergedDepartmentsGroupHeadingsAndNotes() throws {
        let assistance = sheet(
            "附件2 协助事项",
            [
                [.text("渝北区依法协助政府工作事项清单")],
                [.text("序号"), .text("事项名称"), .text("法律依据"), .text("责任部门"), .text("经费来源")],
                [.text("一、社会保障类")],
                [.number(1), .text("协助开展社会救助"), .text("《社会救助暂行办法》第十二条"), .text("区民政局"), .text("区财政按年度拨付")],
                [.number(2), .text("协助做好最低生活保障入户调查"), .text("《社会救助暂行办法》第十一条"), nil, .text("区财政按年度拨付")],
                [nil, nil, nil, nil, nil],
                [.formula("ROW()-3"), .text("协助做好特困人员供养"), .text("《社会救助暂行办法》第十四条"), nil, nil],
                [.text("注：本清单自印发之日起施行。")],
            ],
            merged: ["A1:E1", "A3:E3", "D4:D7", "A8:E8"])
        let translation = translate([sheet("基本信息", Self.information), assistance])
        #expect(translation.origin.problems.isEmpty)
        let items = try #require(try parsed(translation).root["lists"]?["assistance"])
        #expect(items.count == 3)
        #expect(items.items.map { $0["department"]?.text } == ["区民政局", "区民政局", "区民政局"])
        #expect(items.items[2]["funding"] == nil)
        #expect(translation.origin.rows["lists.assistance[1]"]?.row == 5)
        #expect(
            translation.origin.cell(item: "lists.assistance[2]", key: "funding")
                == SheetCell(sheet: "附件2 协助事项", row: 7, column: 5))
        #expect(translation.text.contains("# '附件2 协助事项'!B4"))
    }

    @Test func unknownSheetsColumnsAndFormulasAreReportedAtTheirCells() {
        let certificates = sheet(
            "证明事项",
            [
                [.text("序号"), .text("证明名称"), .text("法律依椐"), .text("联系人"), .text("出具时限")],
                [.number(1), .text("村民居住情况证明"), .text("《居住证暂行条例》"), .text("李四"), .formula("B2&\"\"")],
                [.number(2), .text("亲属关系证明"), nil, nil, nil, .text("多出来的")],
            ])
        let translation = translate([
            sheet("基本信息", Self.information), certificates, sheet("随便什么", [[.text("x")]]),
            sheet("下拉选项", [[.text("是"), .text("否")]], hidden: true), sheet("Sheet3", []),
        ])
        let problems = translation.origin.problems.map { "\($0.code) \($0.cell!)" }
        #expect(
            Set(problems) == [
                "schema.unknown-column 证明事项!C1", "schema.unknown-column 证明事项!D1", "input.workbook-formula 证明事项!E2",
                "schema.unknown-column 证明事项!F3", "schema.unknown-sheet 随便什么!A1",
            ])
        let typo = translation.origin.problems.first { $0.cell == SheetCell(sheet: "证明事项", row: 1, column: 3) }
        #expect(typo?.hint == "是否想写「法律依据」？")
    }

    @Test func valuesAreReadAsTheDrafterMeantThem() throws {
        let signboards = sheet(
            "外部标牌",
            [
                [.text("标牌名称"), .text("标牌类别"), .text("书写方向"), .text("底色"), .text("字色")],
                [.text("中国共产党某某村委员会"), .text("村党组织"), .text("竖写"), .text("白"), .text("红")],
            ])
        let mechanisms = sheet(
            "工作机制",
            [
                [.text("机制名称"), .text("是否要求专人专岗"), .text("依据层级")],
                [.text("某某工作领导小组"), .text("否"), .text("none")],
            ])
        let facility = sheet("基本信息", [[.text("总建筑面积（平方米）"), .text("420平方米")], [.text("户数"), .number(860)]])
        let powers = sheet(
            "小微权力", [[.text("事项名称"), .text("办理流程环节")], [.text("村集体资产发包"), .text("村民申请\n村委会审核\n结果公示")]])
        let root = try parsed(translate([facility, signboards, mechanisms, powers])).root
        let board = try #require(root["signboards"]?["outside"]?.items.first)
        #expect(board["kind"]?.text == "party_organization")
        #expect(board["orientation"]?.text == "vertical")
        #expect(board["background"]?.text == "white")
        #expect(board["text_color"]?.text == "red")
        #expect(root["mechanisms"]?.items.first?["dedicated_staff"]?.text == "false")
        #expect(root["facility"]?["building_area_m2"]?.text == "420")
        #expect(root["facility"]?["households"]?.text == "860")
        #expect(root["lists"]?["micro_powers"]?.items.first?["steps"]?.count == 3)
    }

    @Test func aHeaderBlockAndAListRowNameTheTableOfACSV() throws {
        let text = #"""
            \#u{FEFF}区划代码,500112000000
            地区名称,重庆市渝北区
            层级,县级
            基准日期,2024/3/1
            清单,协助事项
            序号,事项名称,法律依据,责任部门,经费保障
            1,协助开展社会救助,"《社会救助暂行办法》第十二条",区民政局,"区财政按年度拨付，""费随事转"""
            2,"协助做好兵役登记
            （每年一次）",《中华人民共和国兵役法》,区人武部,

            """#
        let workbook = try CSVTable.read(Array(text.utf8), sheet: "table")
        let translation = WorkbookFiling.translate(workbook, layout: layout, file: "table.csv")
        #expect(translation.origin.problems.isEmpty)
        let root = try parsed(translation).root
        #expect(root["as_of"]?.text == "2024-03-01")
        let items = try #require(root["lists"]?["assistance"])
        #expect(items.count == 2)
        #expect(items.items[0]["funding"]?.text == "区财政按年度拨付，\"费随事转\"")
        #expect(items.items[1]["name"]?.text == "协助做好兵役登记\n（每年一次）")
        #expect(translation.origin.rows["lists.assistance[1]"]?.row == 8)
    }

    @Test func anUnclosedQuoteInACSVIsLocated() {
        #expect {
            try CSVTable.read(Array("事项名称,法律依据\n\"协助开展社会救助,x\n".utf8), sheet: "t")
        } throws: { error in
            (error as? YAMLProblem)?.cell == SheetCell(sheet: "", row: 2, column: 1)
        }
    }

    @Test func anyTextSurvivesTheYAMLQuoting() throws {
        let hostile = "a\"b\\c\n#d: e\u{2028}f\u{7}g\u{FEFF}h\t- [x]"
        let translation = translate([
            sheet("协助事项", [[.text("事项名称"), .text("法律依据")], [.text(hostile), .text("&x *y !z")]])
        ])
        let item = try #require(try parsed(translation).root["lists"]?["assistance"]?.items.first)
        #expect(item["name"]?.text == hostile)
        #expect(item["basis"]?.text == "&x *y !z")
    }

    /// What a red team found: a second value for one label, totals, signatures and unmerged
    /// group headings under a list, error values pasted from a broken formula, remarks beside
    /// 基本信息's values.
    @Test func labelsTotalsSignaturesAndErrorValuesAreReadAsDrafterMeantThem() throws {
        let information = sheet(
            "基本信息",
            Self.information.prefix(4).map { $0 } + [
                [.text("区划代码"), .text("110101000000")], [.text("备注"), .text("统计用"), .text("另见附件")],
                [.text("邮箱"), .text("mzj@example.cn")],
            ])
        let assistance = sheet(
            "协助事项",
            [
                [.text("序号"), .text("事项名称"), .text("法律依据"), .text("经费保障")],
                [nil, .text("一、社会保障类")],
                [.number(1), .text("协助开展社会救助"), .text("《社会救助暂行办法》"), .error("#N/A")],
                [.text("合计"), .text("1项")],
                [.text("填报单位（盖章）："), .text("区民政局"), .text("审核人：李四")],
            ])
        let translation = translate([information, assistance])
        let root = try parsed(translation).root
        #expect(root["region"]?["code"]?.text == "500112000000")
        let items = try #require(root["lists"]?["assistance"])
        #expect(items.count == 1)
        #expect(items.items[0]["funding"] == nil)
        let problems = translation.origin.problems.map { "\($0.code) \($0.cell!)" }
        #expect(Set(problems) == ["yaml.duplicate-key 基本信息!B5", "input.workbook-formula 协助事项!D3"])
    }
}
