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

    /// `协助事项!B12`, the sheet name quoted as spreadsheets write it when it holds spaces or
    /// punctuation (`'2024 清单'!B12`).
    public var description: String { "\(Self.quotedSheetName(sheet))!\(reference)" }

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

    public init(lineCells: [SheetCell?], problems: [YAMLProblem], firstCell: SheetCell) {
        self.lineCells = lineCells
        self.problems = problems
        self.firstCell = firstCell
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
