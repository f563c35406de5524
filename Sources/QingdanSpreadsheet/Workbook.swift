import QingdanYAML

/// A workbook as cells: what a `.xlsx` file or a `.csv` table holds once read, before anyone
/// asks what it means.
public struct Workbook: Sendable {
    public var sheets: [Worksheet]

    public init(sheets: [Worksheet]) {
        self.sheets = sheets
    }
}

/// One sheet: its non-empty cells by position, and its merged ranges.
public struct Worksheet: Sendable {
    public var name: String
    /// Hidden by its workbook (`state="hidden"`): drop-down sources and scratch sheets.
    public var isHidden: Bool
    /// Non-empty cells, in row then column order.
    public var cells: [Cell]
    public var mergedRanges: [CellRange]
    /// The sheet as places name it: its name, or nothing for the one sheet of a CSV table
    /// (`表格.csv:B12`).
    public var placeName: String

    public init(
        name: String, isHidden: Bool = false, cells: [Cell], mergedRanges: [CellRange] = [], placeName: String? = nil
    ) {
        self.placeName = placeName ?? name
        self.name = name
        self.isHidden = isHidden
        self.cells = cells.sorted { ($0.row, $0.column) < ($1.row, $1.column) }
        self.mergedRanges = mergedRanges
    }

    /// The cells of each row that has any, in order.
    public var rows: [(row: Int, cells: [Cell])] {
        var rows: [(row: Int, cells: [Cell])] = []
        for cell in cells {
            if rows.last?.row == cell.row {
                rows[rows.count - 1].cells.append(cell)
            } else {
                rows.append((cell.row, [cell]))
            }
        }
        return rows
    }

    /// The place of a cell of this sheet.
    public func place(row: Int, column: Int) -> SheetCell { SheetCell(sheet: placeName, row: row, column: column) }
}

/// One cell with a value.
public struct Cell: Sendable, Equatable {
    public var row: Int
    public var column: Int
    public var value: CellValue

    public init(row: Int, column: Int, value: CellValue) {
        self.row = row
        self.column = column
        self.value = value
    }
}

/// What a cell holds, as the file stores it.
public enum CellValue: Sendable, Equatable {
    case text(String)
    case number(Double)
    /// A number whose cell is formatted as a date: the day it stands for.
    case date(CivilDate)
    case boolean(Bool)
    /// An error value such as `#N/A`.
    case error(String)
    /// A formula, with the value last calculated for it when the file keeps one.
    case formula(String)

    /// The text a person reading the cell sees (a number without a spurious `.0` or exponent).
    public var text: String {
        switch self {
        case .text(let text): text
        case .number(let number): Self.numberText(number)
        case .date(let date): date.description
        case .boolean(let value): value ? "TRUE" : "FALSE"
        case .error(let text): text
        case .formula(let text): "=\(text)"
        }
    }

    /// `500112000000` rather than `5.00112e+11`; `12.5` as written.
    public static func numberText(_ number: Double) -> String {
        if number.isFinite, number == number.rounded(), abs(number) < 1e15 {
            return String(Int64(number))
        }
        return "\(number)"
    }
}

/// A rectangle of cells (`A2:C5`), 1-based and inclusive.
public struct CellRange: Sendable, Equatable {
    public var firstRow: Int
    public var firstColumn: Int
    public var lastRow: Int
    public var lastColumn: Int

    public init(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) {
        self.firstRow = firstRow
        self.firstColumn = firstColumn
        self.lastRow = lastRow
        self.lastColumn = lastColumn
    }

    public func contains(row: Int, column: Int) -> Bool {
        (firstRow...lastRow).contains(row) && (firstColumn...lastColumn).contains(column)
    }

    /// Parses `A2:C5` (or a single `B3`).
    public init?(reference: String) {
        let parts = reference.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2, let first = CellReference(String(parts[0])),
            let last = CellReference(String(parts.last!)), first.row <= last.row, first.column <= last.column
        else { return nil }
        self.init(firstRow: first.row, firstColumn: first.column, lastRow: last.row, lastColumn: last.column)
    }
}

/// A cell reference such as `AB12`, with the limits of the format (1,048,576 rows, XFD columns).
public struct CellReference: Sendable, Equatable {
    public static let maximumRow = 1_048_576
    public static let maximumColumn = 16_384

    public var row: Int
    public var column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    public init?(_ text: String) {
        var column = 0
        var row = 0
        var sawDigit = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "$"): continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where !sawDigit:
                column = column * 26 + Int(byte - 64)
            case UInt8(ascii: "a")...UInt8(ascii: "z") where !sawDigit:
                column = column * 26 + Int(byte - 96)
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                sawDigit = true
                row = row * 10 + Int(byte - 48)
            default: return nil
            }
            if column > Self.maximumColumn || row > Self.maximumRow { return nil }
        }
        guard column > 0, row > 0 else { return nil }
        self.init(row: row, column: column)
    }
}
