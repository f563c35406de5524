import QingdanPluginAPI
import QingdanSpreadsheet
import QingdanYAML

/// Turns a workbook's cells into the YAML filing they stand for, with the cell of every line
/// (`SheetOrigin`), reading the cells as a drafter meant them: title rows and group headings
/// above or inside a table, a merged cell for every row it spans, blank rows, spaces at either
/// end, numbers stored as numbers, dates stored as serials, 是/否 for yes and no, a choice by
/// its Chinese name. A sheet, column or label it does not know is reported, never dropped
/// silently; so is a formula where a value is read.
struct WorkbookFiling {
    let layout: WorkbookLayout
    let file: String

    /// The translated filing: YAML with a comment naming each value's cell.
    struct Translation {
        var text: String
        var origin: SheetOrigin
    }

    // What the cells said, gathered before the YAML is written in the format's order.
    private var scalars: [String: (value: Value, cell: SheetCell)] = [:]
    private var tables: [String: TableContent] = [:]
    private var problems: [YAMLProblem] = []

    struct TableContent {
        var headerCell: SheetCell
        var items: [Item] = []
    }

    struct Item {
        var row: SheetOrigin.Row
        var fields: [(key: String, value: Value, cell: SheetCell)]
        /// For a list of scalars: the one value.
        var scalar: (value: Value, cell: SheetCell)?
    }

    /// A value as written into the YAML: a quoted text, or a plain number, date or boolean.
    enum Value {
        case text(String)
        case plain(String)
        case list([String])
    }

    init(layout: WorkbookLayout, file: String) {
        self.layout = layout
        self.file = file
    }

    static func translate(_ workbook: Workbook, layout: WorkbookLayout, file: String) -> Translation {
        var filing = WorkbookFiling(layout: layout, file: file)
        for sheet in workbook.sheets { filing.read(sheet) }
        let first = workbook.sheets.first.map { $0.place(row: 1, column: 1) } ?? SheetCell(sheet: "", row: 1, column: 1)
        return filing.written(firstCell: first)
    }

    // MARK: Reading sheets

    private mutating func read(_ sheet: Worksheet) {
        let grid = Grid(sheet)
        guard !grid.rows.isEmpty else { return }
        // A hidden sheet holds drop-down sources or scratch work, not the filing.
        if sheet.isHidden { return }
        let name = WorkbookLayout.normalized(sheet.name)
        if WorkbookLayout.informationSheetNames.contains(name) {
            readLabels(grid.rows, in: sheet, reportingUnknown: true)
            return
        }
        var table = layout.table(named: sheet.name, containing: true)
        // Rows before the column headings: titles, label–value rows, a 清单 row naming the list.
        guard let header = headerRow(grid, table: &table) else {
            // A sheet of label–value rows only is an information sheet under another name.
            if table == nil, grid.rows.allSatisfy({ labelValue($0.cells) != nil || $0.cells.count == 1 }),
                grid.rows.contains(where: { labelValue($0.cells) != nil })
            {
                readLabels(grid.rows, in: sheet, reportingUnknown: true)
                return
            }
            if let table {
                problems.append(
                    problem(
                        .noHeaderRow, "工作表「\(sheet.name)」（\(table.title)）找不到列名行",
                        hint: "在表格上方写一行列名，如 \(table.headings.prefix(4).map(\.title).joined(separator: "、"))",
                        cell: sheet.place(row: grid.rows[0].row, column: grid.rows[0].cells[0].column)))
            } else {
                unknownSheet(sheet, grid)
            }
            return
        }
        guard let table else {
            unknownSheet(sheet, grid)
            return
        }
        readLabels(grid.rows.filter { $0.row < header.row }, in: sheet, reportingUnknown: false)
        readTable(table, grid: grid, header: header, sheet: sheet)
    }

    private mutating func unknownSheet(_ sheet: Worksheet, _ grid: Grid) {
        problems.append(
            problem(
                .unknownSheet, "工作表「\(sheet.name)」不是申报格式中的清单或基本信息，其中的内容没有检查",
                hint: Suggestions.hint(
                    for: sheet.name, among: layout.sheetSuggestions, listing: "工作表名称")
                    + "；工作表名称写清单名称（如 协助事项、证明事项），或在第一行写清单标题",
                cell: sheet.place(row: grid.rows[0].row, column: grid.rows[0].cells[0].column)))
    }

    /// The row of column headings: the first of the sheet's first rows with two headings the
    /// table knows (one, for a list of dates). A sheet whose name names no table may name it in
    /// a title row or a 清单 row above the headings.
    private func headerRow(_ grid: Grid, table: inout WorkbookLayout.Table?) -> (row: Int, cells: [Cell])? {
        for (position, row) in grid.rows.prefix(20).enumerated() {
            if table == nil {
                if let (label, value) = labelValue(row.cells), WorkbookLayout.listLabels.contains(label) {
                    table = layout.table(named: value.text, containing: true)
                    continue
                }
                if row.cells.count == 1, case .text(let title) = row.cells[0].value {
                    table = layout.table(named: title, containing: true)
                    continue
                }
            }
            guard let candidate = table else { continue }
            let known = row.cells.filter { cell in
                let heading = WorkbookLayout.normalized(cell.value.text)
                return candidate.columns[heading] != nil || WorkbookLayout.numberHeadings.contains(heading)
            }
            let needed = candidate.item == nil ? 1 : min(2, row.cells.count)
            if known.count >= needed && known.count * 2 >= row.cells.count && position < 20 {
                return (row.row, row.cells)
            }
        }
        return nil
    }

    private mutating func readTable(
        _ table: WorkbookLayout.Table, grid: Grid, header: (row: Int, cells: [Cell]), sheet: Worksheet
    ) {
        var columns: [Int: String] = [:]
        var numberColumns: Set<Int> = []
        var headings: [String: Int] = [:]
        for cell in header.cells {
            let heading = WorkbookLayout.normalized(cell.value.text)
            if WorkbookLayout.numberHeadings.contains(heading) {
                numberColumns.insert(cell.column)
            } else if let key = table.columns[heading] {
                if let earlier = headings[key] {
                    problems.append(
                        problem(
                            .unknownColumn,
                            "「\(cell.value.text)」列与 \(SheetCell.columnName(earlier)) 列是同一项（\(title(of: key, in: table))），这一列没有检查",
                            hint: "删去重复的列，或把内容合并到 \(SheetCell.columnName(earlier)) 列",
                            cell: sheet.place(row: header.row, column: cell.column)))
                } else {
                    columns[cell.column] = key
                    headings[key] = cell.column
                }
            } else {
                let titles = table.headings.map(\.title)
                let synonyms = table.headings.flatMap { WorkbookLayout.columnSynonyms[$0.key] ?? [] }
                let written = cell.value.text.trimmingSpaces
                let hint =
                    Suggestions.closest(to: written, in: titles + synonyms).map { "是否想写「\($0)」？" }
                    ?? "可以写的列名：\(titles.joined(separator: "、"))"
                problems.append(
                    problem(
                        .unknownColumn, "「\(cell.value.text)」不是\(table.title)的列，这一列没有检查",
                        hint: hint,
                        cell: sheet.place(row: header.row, column: cell.column)))
                numberColumns.insert(cell.column)  // reported once: its cells are not read
            }
        }
        let headerColumns = Set(header.cells.map(\.column))
        var reportedStray: Set<Int> = []
        let path = table.path
        // A finding on the whole list is reported at its sheet's first cell (its title, as a rule).
        var content =
            tables[path]
            ?? TableContent(headerCell: sheet.place(row: grid.rows[0].row, column: grid.rows[0].cells[0].column))
        let nameColumn = headings["name"] ?? columns.keys.min() ?? header.cells[0].column
        for row in grid.rows where row.row > header.row {
            let cells = row.cells.filter { !numberColumns.contains($0.column) }
            if cells.isEmpty { continue }
            if Self.isTotalOrSignature(row.cells)
                || isHeadingOrNote(cells, row: row.row, grid: grid, nameColumn: nameColumn)
            {
                continue
            }
            // A header repeated on every printed page.
            if cells.allSatisfy({ columns[$0.column].map { WorkbookLayout.normalized($0) } != nil })
                && cells.allSatisfy({ table.columns[WorkbookLayout.normalized($0.value.text)] == columns[$0.column] })
            {
                continue
            }
            var item = Item(
                row: SheetOrigin.Row(sheet: sheet.placeName, row: row.row, columns: headings, firstColumn: nameColumn),
                fields: [])
            for cell in cells {
                let place = sheet.place(row: row.row, column: cell.column)
                guard let key = columns[cell.column] else {
                    if !headerColumns.contains(cell.column), reportedStray.insert(cell.column).inserted {
                        problems.append(
                            problem(
                                .unknownColumn, "\(SheetCell.columnName(cell.column)) 列有内容但没有列名，这一列没有检查",
                                hint:
                                    "在列名行（第 \(header.row) 行）为这一列写上列名，如 \(table.headings.prefix(3).map(\.title).joined(separator: "、"))",
                                cell: place))
                    }
                    continue
                }
                guard let value = value(cell.value, type: type(of: key, in: table), key: key, at: place) else {
                    continue
                }
                if table.item == nil {
                    item.scalar = (value, place)
                } else {
                    item.fields.append((key, value, place))
                }
            }
            if item.fields.isEmpty && item.scalar == nil { continue }
            if table.item == nil && item.scalar == nil { continue }
            content.items.append(item)
        }
        tables[path] = content
    }

    /// A row that is no item: a group heading merged across the table (`一、社会保障类`), or a
    /// note under it (`注：…`, `填表人：…`).
    /// Totals (合计 27 项) and the signatures under a table (填报单位（盖章）：… 审核人 …),
    /// however many cells they take, the 序号 column included.
    static func isTotalOrSignature(_ cells: [Cell]) -> Bool {
        guard let first = cells.first else { return false }
        let lead = first.value.text.trimmingSpaces
        let totals = ["合计", "小计", "总计", "共计"]
        let signatures = [
            "填报单位", "填报人", "填表人", "审核人", "制表人", "制表：", "负责人", "单位负责人", "联系人", "联系电话", "填报日期", "填报时间",
            "注：", "注:", "说明：", "说明:", "备注：", "备注:",
        ]
        return totals.contains { lead.hasPrefix($0) } || signatures.contains { lead.hasPrefix($0) }
    }

    private func isHeadingOrNote(_ cells: [Cell], row: Int, grid: Grid, nameColumn: Int) -> Bool {
        let lead = cells[0].value.text.trimmingSpaces
        guard cells.count == 1 else { return false }
        let cell = cells[0]
        if let range = grid.merge(at: row, column: cell.column), range.lastColumn > range.firstColumn,
            range.firstRow == range.lastRow
        {
            return true
        }
        // A group heading in the name column, unmerged: 一、社会保障类 / （一）民政.
        return cell.column != nameColumn || Self.isGroupHeading(lead)
    }

    static func isGroupHeading(_ text: String) -> Bool {
        let numerals = Set("一二三四五六七八九十")
        var rest = Substring(text)
        let bracketed = rest.hasPrefix("（") || rest.hasPrefix("(")
        if bracketed { rest = rest.dropFirst() }
        let number = rest.prefix { numerals.contains($0) }
        guard !number.isEmpty else { return false }
        rest = rest.dropFirst(number.count)
        return bracketed ? (rest.hasPrefix("）") || rest.hasPrefix(")")) : (rest.hasPrefix("、") || rest.hasPrefix("．"))
    }

    /// Label–value rows: a label cell and the next cell to its right, or `标签：值` in one cell.
    private mutating func readLabels(_ rows: [(row: Int, cells: [Cell])], in sheet: Worksheet, reportingUnknown: Bool) {
        for row in rows {
            var cells = row.cells[...]
            while let first = cells.first {
                cells = cells.dropFirst()
                let place = sheet.place(row: row.row, column: first.column)
                if case .formula = first.value { continue }
                let text = first.value.text.trimmingSpaces
                var label = text
                var valueCell: (value: CellValue, cell: SheetCell)?
                if let colon = text.firstIndex(where: { $0 == "：" || $0 == ":" }) {
                    label = String(text[..<colon])
                    let rest = String(text[text.index(after: colon)...]).trimmingSpaces
                    if !rest.isEmpty { valueCell = (.text(rest), place) }
                }
                if valueCell == nil, let next = cells.first {
                    valueCell = (next.value, sheet.place(row: row.row, column: next.column))
                    cells = cells.dropFirst()
                }
                let key = WorkbookLayout.normalized(label)
                if WorkbookLayout.listLabels.contains(key) { continue }
                guard let field = layout.labels[key] else {
                    // Only a row's first cell is taken for a label there: the columns after a
                    // label and its value are remarks (项目 | 内容 | 备注).
                    if reportingUnknown && !WorkbookLayout.paperworkLabels.contains(key)
                        && first.column == row.cells[0].column && !(valueCell == nil && row.cells.count == 1)
                    {
                        problems.append(
                            problem(
                                .unknownKey, "「\(label)」不是申报格式中的项，这一行没有检查",
                                hint: Suggestions.hint(
                                    for: label, among: layout.fields.map(\.title), listing: "基本信息项"),
                                cell: place))
                    }
                    continue
                }
                guard let (value, cell) = valueCell,
                    let converted = self.value(value, type: field.type, key: field.keys.last, at: cell)
                else { continue }
                let path = field.keys.joined(separator: ".")
                // Written twice: the first stands, and a different second value is reported
                // (as a duplicate key is in YAML), never silently taken.
                if let earlier = scalars[path] {
                    if Self.render(earlier.value) != Self.render(converted) {
                        problems.append(
                            problem(
                                .duplicateKey,
                                "「\(field.title)」写了两次，与 \(earlier.cell) 的值不同；按 \(earlier.cell) 的值检查",
                                hint: "只保留一处「\(field.title)」，或把两处改成一致", cell: cell))
                    }
                    continue
                }
                scalars[path] = (converted, cell)
            }
        }
    }

    // MARK: Values

    private func type(of key: String, in table: WorkbookLayout.Table) -> SchemaType {
        if let item = table.item { return item.property(key)?.type ?? .text() }
        return table.scalar ?? .text()
    }

    private func title(of key: String, in table: WorkbookLayout.Table) -> String {
        table.headings.first { $0.key == key }?.title ?? key
    }

    /// A cell's value for a key of `type`; nil for a blank cell. A formula is reported.
    private mutating func value(_ cell: CellValue, type: SchemaType, key: String?, at place: SheetCell) -> Value? {
        if case .formula(let formula) = cell {
            problems.append(
                problem(
                    .workbookFormula, "单元格是公式（=\(formula.prefix(40))），Qingdan 不计算公式，这一格没有检查",
                    hint: "复制这些单元格，用「选择性粘贴 → 数值」粘贴回原处，保存后再检查", cell: place))
            return nil
        }
        if case .error(let code) = cell {
            problems.append(
                problem(
                    .workbookFormula, "单元格是错误值（\(code.prefix(20))），多半是公式出错后粘贴成了数值，这一格没有检查",
                    hint: "在单元格中写上应填的内容（如 区民政局按年度拨付工作经费）", cell: place))
            return nil
        }
        let text: String
        switch cell {
        case .text(let written): text = written.trimmingSpaces
        default: text = cell.text
        }
        if text.isEmpty { return nil }
        switch type {
        case .integer, .number:
            if case .number = cell { return .plain(text) }
            let integer: Bool
            if case .integer = type { integer = true } else { integer = false }
            if let number = ScalarFixes.number(text, key: key, integer: integer) { return .plain(number) }
            return .text(text)
        case .date:
            if case .date(let date) = cell { return .plain(date.description) }
            if let date = CivilDate(text) { return .plain(date.description) }
            return ScalarFixes.date(text).map(Value.plain) ?? .text(text)
        case .boolean:
            if case .boolean(let value) = cell { return .plain(value ? "true" : "false") }
            switch text.lowercased() {
            case "是", "true", "√", "✓", "y", "yes", "有": return .plain("true")
            case "否", "false", "×", "✗", "n", "no", "无": return .plain("false")
            default: return .text(text)
            }
        case .choice(let values):
            if let value = values.first(where: { $0.lowercased() == text.lowercased() }) { return .text(value) }
            if let value = values.first(where: { layout.format.valueNames[$0] == text }) { return .text(value) }
            if let level = WorkbookLayout.levelSynonyms[WorkbookLayout.normalized(text)], values.contains(level) {
                return .text(level)
            }
            // 白色 for 白; 评比表彰、示范创建类牌匾 for 评比表彰、示范创建类: the longest name the
            // text begins with.
            let named = values.compactMap { value in layout.format.valueNames[value].map { (value, $0) } }
            let bare = text.hasSuffix("色") ? String(text.dropLast()) : text
            if let (value, _) = named.first(where: { $0.1 == bare }) { return .text(value) }
            if let (value, _) = named.filter({ $0.1.count >= 2 && text.hasPrefix($0.1) }).max(by: {
                $0.1.count < $1.1.count
            }) {
                return .text(value)
            }
            return .text(text)
        case .list(let element) where element.isScalar:
            var parts = text.split(whereSeparator: \.isNewline).map { String($0).trimmingSpaces }
            if parts.count == 1 {
                for separator in ["→", "->", "—>", "；", ";"] where text.contains(separator) {
                    parts = text.components(separatedBy: separator).map(\.trimmingSpaces)
                    break
                }
            }
            return .list(parts.filter { !$0.isEmpty })
        default:
            return .text(text)
        }
    }

    private func problem(_ code: FindingCode, _ message: String, hint: String, cell: SheetCell) -> YAMLProblem {
        YAMLProblem(code: code, location: .start, message: message, hint: hint, cell: cell)
    }

    // MARK: Writing the YAML

    private func written(firstCell: SheetCell) -> Translation {
        var output = YAMLLines()
        output.add("# 由 Qingdan 从工作簿 \(Self.comment(file)) 转换：每个值后的注释是它所在的单元格", cell: nil)
        if scalars["qingdan"] == nil { output.add("qingdan: \(FilingFormat.version)", cell: firstCell) }
        var rows: [String: SheetOrigin.Row] = [:]
        write(layout.format.root, prefix: [], indent: 0, into: &output, rows: &rows)
        let origin = SheetOrigin(
            lineCells: output.cells, problems: problems.sorted { Self.order($0.cell, $1.cell) }, firstCell: firstCell,
            rows: rows)
        return Translation(text: output.text, origin: origin)
    }

    static func order(_ a: SheetCell?, _ b: SheetCell?) -> Bool {
        ((a?.row ?? 0), (a?.column ?? 0)) < ((b?.row ?? 0), (b?.column ?? 0))
    }

    /// Whether anything was read under `prefix`.
    private func hasContent(under prefix: String) -> Bool {
        scalars.keys.contains { $0.hasPrefix(prefix + ".") } || tables.keys.contains { $0.hasPrefix(prefix + ".") }
    }

    private func firstCell(under prefix: String) -> SheetCell? {
        let cells =
            scalars.filter { $0.key.hasPrefix(prefix + ".") }.map(\.value.cell)
            + tables.filter { $0.key.hasPrefix(prefix + ".") }.map(\.value.headerCell)
        return cells.min { Self.order($0, $1) }
    }

    private func write(
        _ object: ObjectSchema, prefix: [String], indent: Int, into output: inout YAMLLines,
        rows: inout [String: SheetOrigin.Row]
    ) {
        let pad = String(repeating: " ", count: indent)
        for property in object.properties {
            let keys = prefix + [property.name]
            let path = keys.joined(separator: ".")
            if let (value, cell) = scalars[path] {
                output.add("\(pad)\(property.name): \(Self.render(value))", cell: cell)
            } else if let table = tables[path] {
                output.add("\(pad)\(property.name):\(table.items.isEmpty ? " []" : "")", cell: table.headerCell)
                rows[path] = SheetOrigin.Row(
                    sheet: table.headerCell.sheet, row: table.headerCell.row, columns: [:],
                    firstColumn: table.headerCell.column)
                for (index, item) in table.items.enumerated() {
                    rows["\(path)[\(index)]"] = item.row
                    if let (value, cell) = item.scalar {
                        output.add("\(pad)  - \(Self.render(value))", cell: cell)
                        continue
                    }
                    let order = (layout.tables.first { $0.path == path }?.headings.map(\.key)) ?? []
                    let fields = item.fields.sorted {
                        (order.firstIndex(of: $0.key) ?? .max) < (order.firstIndex(of: $1.key) ?? .max)
                    }
                    for (position, field) in fields.enumerated() {
                        let lead = position == 0 ? "\(pad)  - " : "\(pad)    "
                        output.add("\(lead)\(field.key): \(Self.render(field.value))", cell: field.cell)
                    }
                }
            } else if case .object(let inner) = property.type, hasContent(under: path) {
                output.add("\(pad)\(property.name):", cell: firstCell(under: path))
                write(inner, prefix: keys, indent: indent + 2, into: &output, rows: &rows)
            }
        }
    }

    static func render(_ value: Value) -> String {
        switch value {
        case .text(let text): quoted(text)
        case .plain(let text): text
        case .list(let parts): "[" + parts.map(quoted).joined(separator: ", ") + "]"
        }
    }

    /// A YAML double-quoted scalar: every text reads back exactly, whatever it holds.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case "\u{85}": result += "\\N"
            case "\u{2028}": result += "\\L"
            case "\u{2029}": result += "\\P"
            case "\u{FEFF}": result += "\\uFEFF"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) {
                    result +=
                        "\\x" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16, uppercase: true)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// Text safe in a comment: on one line.
    static func comment(_ text: String) -> String {
        String(text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : Character($0) })
    }

    /// Lines of YAML with the cell each came from, a comment naming it.
    struct YAMLLines {
        var text = ""
        var cells: [SheetCell?] = []

        mutating func add(_ line: String, cell: SheetCell?) {
            text += line
            if let cell { text += "  # \(WorkbookFiling.comment(cell.description))" }
            text += "\n"
            cells.append(cell)
        }
    }
}

/// A sheet's rows with merged cells spread: a merge over several rows gives its value to each
/// row (a 责任部门 written once for five items), in its first column.
struct Grid {
    let rows: [(row: Int, cells: [Cell])]
    let merges: [CellRange]

    init(_ sheet: Worksheet) {
        merges = sheet.mergedRanges
        var cells = sheet.cells
        var byPlace: [Int: CellValue] = [:]
        for cell in cells { byPlace[cell.row * 20_000 + cell.column] = cell.value }
        for range in sheet.mergedRanges where range.lastRow > range.firstRow && range.lastRow - range.firstRow < 10_000
        {
            guard let value = byPlace[range.firstRow * 20_000 + range.firstColumn] else { continue }
            for row in (range.firstRow + 1)...range.lastRow where byPlace[row * 20_000 + range.firstColumn] == nil {
                cells.append(Cell(row: row, column: range.firstColumn, value: value))
            }
        }
        rows = Worksheet(name: sheet.name, cells: cells).rows
    }

    func merge(at row: Int, column: Int) -> CellRange? {
        merges.first { $0.contains(row: row, column: column) }
    }
}

extension WorkbookFiling {
    /// A row's label and value when it is a label–value row (a label the layout knows).
    fileprivate func labelValue(_ cells: [Cell]) -> (label: String, value: CellValue)? {
        guard let first = cells.first else { return nil }
        let text = first.value.text.trimmingSpaces
        if let colon = text.firstIndex(where: { $0 == "：" || $0 == ":" }) {
            let label = WorkbookLayout.normalized(String(text[..<colon]))
            let rest = String(text[text.index(after: colon)...]).trimmingSpaces
            if layout.labels[label] != nil || WorkbookLayout.listLabels.contains(label) {
                return (label, rest.isEmpty ? (cells.dropFirst().first?.value ?? .text("")) : .text(rest))
            }
        }
        let label = WorkbookLayout.normalized(text)
        guard cells.count >= 2, layout.labels[label] != nil || WorkbookLayout.listLabels.contains(label) else {
            return nil
        }
        return (label, cells[1].value)
    }
}

extension String {
    /// Without spaces at either end, the ideographic space and no-break space included.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace && $0 != "\u{FEFF}" }) else {
            return ""
        }
        let last = scalars.lastIndex { !$0.properties.isWhitespace && $0 != "\u{FEFF}" }!
        return String(scalars[first...last])
    }
}
