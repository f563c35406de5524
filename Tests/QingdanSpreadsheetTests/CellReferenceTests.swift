import QingdanSpreadsheet
import QingdanYAML
import Testing

@Suite struct CellReferenceTests {
    @Test func referencesReadAndWriteTheirLetters() {
        #expect(CellReference("B12") == CellReference(row: 12, column: 2))
        #expect(CellReference("$AA$3") == CellReference(row: 3, column: 27))
        #expect(CellReference("XFD1048576") == CellReference(row: 1_048_576, column: 16_384))
        #expect(CellReference("XFE1") == nil)
        #expect(CellReference("A0") == nil)
        #expect(CellReference("12") == nil)
        #expect(SheetCell.columnName(1) == "A")
        #expect(SheetCell.columnName(26) == "Z")
        #expect(SheetCell.columnName(27) == "AA")
        #expect(SheetCell.columnName(16_384) == "XFD")
    }

    @Test func sheetNamesWithSpacesArePrintedQuoted() {
        #expect(SheetCell(sheet: "协助事项", row: 12, column: 2).description == "协助事项!B12")
        #expect(SheetCell(sheet: "2024 清单", row: 1, column: 1).description == "'2024 清单'!A1")
        #expect(SheetCell(sheet: "村's", row: 1, column: 1).description == "'村''s'!A1")
    }

    @Test func numbersReadAsTheyWereTyped() {
        #expect(CellValue.number(500_112_000_000).text == "500112000000")
        #expect(CellValue.number(12.5).text == "12.5")
    }
}
