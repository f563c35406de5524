import QingdanYAML

/// Reads a CSV table (RFC 4180: commas, double quotes, quoted line breaks; a leading byte order
/// mark as Excel's 「CSV UTF-8」 writes it) into a workbook of one sheet.
public enum CSVTable {
    /// `text` is the file's content, already decoded to UTF-8; `sheet` names the one sheet (the
    /// file's name without its extension).
    public static func read(_ bytes: [UInt8], sheet: String, maxCells: Int = 250_000) throws(YAMLProblem) -> Workbook {
        var cells: [Cell] = []
        var row = 1
        var column = 1
        var field: [UInt8] = []
        var quoted = false
        var wasQuoted = false
        var quoteStart = SheetCell(sheet: "", row: 1, column: 1)
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        // Excel writes `sep=;` as a first line when asked for another separator.
        var separator = UInt8(ascii: ",")
        if bytes[index...].starts(with: Array("sep=".utf8)), bytes.count > index + 4 {
            separator = bytes[index + 4]
            while index < bytes.count, bytes[index] != 0x0A { index += 1 }
            index += 1
        }
        func endField() throws(YAMLProblem) {
            let text = String(decoding: field, as: UTF8.self)
            if !text.isEmpty || wasQuoted {
                if !text.isEmpty { cells.append(Cell(row: row, column: column, value: .text(text))) }
                if cells.count > maxCells {
                    throw YAMLProblem(
                        code: .workbookLimit, location: .start, message: "表格超过 \(maxCells) 个有内容的单元格（到这里为止）",
                        hint: "申报表格通常只有几百行；如确需检查更大的表格，用 --max-nodes 调高上限",
                        cell: SheetCell(sheet: "", row: row, column: column))
                }
            }
            field.removeAll(keepingCapacity: true)
            wasQuoted = false
            column += 1
        }
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
                        field.append(byte)
                        index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\"") where field.isEmpty && !wasQuoted:
                quoted = true
                wasQuoted = true
                quoteStart = SheetCell(sheet: "", row: row, column: column)
            case separator:
                try endField()
            case 0x0D where index < bytes.count && bytes[index] == 0x0A:
                continue
            case 0x0A, 0x0D:
                try endField()
                row += 1
                column = 1
            default:
                field.append(byte)
            }
        }
        if quoted {
            throw YAMLProblem(
                code: .csvSyntax, location: .start, message: "这个单元格以双引号开始，但到文件结束也没有配对的双引号",
                hint: "在单元格内容的末尾补上双引号（内容里的双引号要写两个：\"\"）", cell: quoteStart)
        }
        if !field.isEmpty || wasQuoted { try endField() }
        return Workbook(sheets: [Worksheet(name: sheet, cells: cells, placeName: "")])
    }
}
