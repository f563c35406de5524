import QingdanSpreadsheet
import QingdanYAML
import Testing

/// What the writer writes, read back by the reader: the two agree on every kind of cell.
@Suite struct XLSXWriterTests {
    static let draft = WorkbookDraft(sheets: [
        SheetDraft(
            name: "基本信息",
            rows: [[.text("区划代码"), .text("500112000000")], [.text("基准日期"), .date(CivilDate("2024-03-01")!)]]),
        SheetDraft(
            name: "协助事项",
            rows: [
                [.text("序号"), .text("事项名称"), .text("备注")],
                [.number(1), .text("协助开展社会救助 "), .text("a & b < c > \"d\"\n第二行\u{7}_x0041_")],
                [.number(2.5), .empty, .text("")],
            ], columnWidths: [6, 30, 20], headerRows: 1, filter: true),
    ])

    @Test func whatIsWrittenReadsBackCellForCell() throws {
        let workbook = try XLSXReader.read(try XLSXWriter.bytes(of: Self.draft))
        #expect(workbook.sheets.map(\.name) == ["基本信息", "协助事项"])
        let information = workbook.sheets[0].cells
        #expect(information[1].value == .text("500112000000"))
        #expect(information[3].value == .date(CivilDate("2024-03-01")!))
        let list = workbook.sheets[1].cells
        #expect(list.first { $0.row == 2 && $0.column == 2 }?.value == .text("协助开展社会救助 "))
        #expect(list.first { $0.row == 2 && $0.column == 3 }?.value == .text("a & b < c > \"d\"\n第二行\u{7}_x0041_"))
        #expect(list.first { $0.row == 3 && $0.column == 1 }?.value == .number(2.5))
        #expect(!list.contains { $0.row == 3 && $0.column > 1 })
    }

    @Test func theSameDraftGivesTheSameBytes() throws {
        #expect(try XLSXWriter.bytes(of: Self.draft) == XLSXWriter.bytes(of: Self.draft))
    }

    @Test func sheetNamesAreMadeValidAndUnique() {
        let long = String(repeating: "长", count: 40)
        let names = XLSXWriter.sheetNames(["协助事项", "协助事项", "a/b:c?", "", "History", "'引号'", long, "SHEET1"])
        #expect(names[0] == "协助事项")
        #expect(names[1] == "协助事项（2）")
        #expect(names[2] == "a_b_c_")
        #expect(names[3] == "Sheet4")
        #expect(names[4] == "Sheet5")
        #expect(names[5] == "引号")
        #expect(names[6].count == 31)
        #expect(Set(names.map { $0.lowercased() }).count == names.count)
    }

    @Test func dateSerialsFollowTheSpreadsheetCalendar() {
        #expect(SerialDate.serial(of: CivilDate("2024-03-01")!) == 45352)
        #expect(SerialDate.day(45352) == CivilDate("2024-03-01"))
        #expect(SerialDate.day(61) == CivilDate("1900-03-01"))
        #expect(SerialDate.day(59) == CivilDate("1900-02-28"))
        #expect(SerialDate.day(0) == nil)
        #expect(SerialDate.day(.nan) == nil)
        #expect(SerialDate.day(43890, date1904: true) == CivilDate("2024-03-01"))
    }
}
