/// A cell of a workbook sheet: where a finding on a filing read from a spreadsheet is reported
/// (`清单.xlsx:协助事项!D12`).
public struct SheetCell: Hashable, Sendable, CustomStringConvertible {
    public var sheet: String
    /// 1-based row and column (A is 1).
    public var row: Int
    public var column: Int

    public init(sheet: String, row: Int, column: Int) {
        self.sheet = sheet
        self.row = row
        self.column = column
    }

    /// The column's letters: 1 → A, 27 → AA.
    public static func columnName(_ column: Int) -> String {
        var number = max(column, 1)
        var letters: [Character] = []
        while number > 0 {
            let digit = (number - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + digit))))
            number = (number - 1) / 26
        }
        return String(letters.reversed())
    }

    /// `B12`.
    public var reference: String { "\(Self.columnName(column))\(row)" }

    /// `协助事项!B12` (`B12` for the one sheet of a CSV table, which has no name), the sheet name quoted as spreadsheets write it when it holds spaces or
    /// punctuation (`'2024 清单'!B12`).
    public var description: String { sheet.isEmpty ? reference : "\(Self.quotedSheetName(sheet))!\(reference)" }

    static func quotedSheetName(_ name: String) -> String {
        let plain = name.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "_"
        }
        return plain && !name.isEmpty ? name : "'\(name.replacing("'", with: "''"))'"
    }
}

/// What a source translated from a workbook carries beside its YAML text: the cell each line
/// came from, and what the translation itself found (unknown sheets and columns), reported with
/// the file's other findings.
public final class SheetOrigin: Sendable {
    /// The cell of each line of the translated text (index 0 is line 1); nil for lines no cell
    /// gave, which take the cell of the nearest line above that has one.
    public let lineCells: [SheetCell?]
    /// Problems found while reading the cells that do not stop the check.
    public let problems: [YAMLProblem]
    /// Where a finding about the whole workbook goes (its first sheet's first cell).
    public let firstCell: SheetCell
    /// The row of each list item, by the item's path (`lists.assistance[3]`).
    public let rows: [String: Row]

    /// The row a list item came from, and the column of each of its keys.
    public struct Row: Sendable {
        public let sheet: String
        public let row: Int
        public let columns: [String: Int]
        /// The column of the item's name, or of its first cell.
        public let firstColumn: Int

        public init(sheet: String, row: Int, columns: [String: Int], firstColumn: Int) {
            self.sheet = sheet
            self.row = row
            self.columns = columns
            self.firstColumn = firstColumn
        }
    }

    public init(lineCells: [SheetCell?], problems: [YAMLProblem], firstCell: SheetCell, rows: [String: Row] = [:]) {
        self.lineCells = lineCells
        self.problems = problems
        self.firstCell = firstCell
        self.rows = rows
    }

    /// The cell of a finding on a list item (`item` is its path) or one of its keys: the key's
    /// column in the item's row when the sheet has that column, else the item's name.
    public func cell(item: String, key: String?) -> SheetCell? {
        guard let row = rows[item] else { return nil }
        return SheetCell(sheet: row.sheet, row: row.row, column: key.flatMap { row.columns[$0] } ?? row.firstColumn)
    }

    /// The cell a location in the translated text stands for.
    public func cell(at location: SourceLocation) -> SheetCell {
        var index = min(max(location.line - 1, 0), lineCells.count - 1)
        while index >= 0 {
            if let cell = lineCells[index] { return cell }
            index -= 1
        }
        return firstCell
    }
}
