import QingdanCore
import QingdanPluginAPI
import QingdanSpreadsheet
import QingdanYAML

/// Reads `.xlsx` workbooks and `.csv` tables as filings (`Checker.Settings.readers`).
public struct WorkbookReader: FilingReader {
    public enum Kind: Sendable {
        case workbook, table
    }

    let kind: Kind
    let layout: WorkbookLayout

    public init(_ kind: Kind, format: FilingFormat) {
        self.kind = kind
        layout = WorkbookLayout(format: format)
    }

    /// The readers of both kinds.
    public static func all(format: FilingFormat) -> [any FilingReader] {
        [WorkbookReader(.workbook, format: format), WorkbookReader(.table, format: format)]
    }

    /// The file name extensions read as workbooks (refused ones included, to say why).
    static let workbookExtensions = [".xlsx", ".xlsm", ".xls", ".et", ".ods", ".numbers"]

    public func reads(path: String) -> Bool {
        let lower = path.lowercased()
        switch kind {
        case .workbook: return Self.workbookExtensions.contains { lower.hasSuffix($0) }
        case .table: return lower.hasSuffix(".csv")
        }
    }

    public var readsText: Bool { kind == .table }

    public func translate(_ source: SourceFile, limits: ParseLimits) throws(YAMLProblem) -> SourceFile {
        let workbook: Workbook
        switch kind {
        case .workbook:
            try Self.refuseOtherFormats(source.path)
            workbook = try XLSXReader.read(source.bytes, limits: XLSXReader.Limits(limits))
        case .table:
            try YAMLParser.refuseNonUTF8(source, limits: limits)
            workbook = try CSVTable.read(source.bytes, sheet: Self.stem(source.path), maxCells: limits.maxNodes)
        }
        let translation = WorkbookFiling.translate(workbook, layout: layout, file: source.path)
        return SourceFile(path: source.path, bytes: Array(translation.text.utf8), origin: translation.origin)
    }

    /// A workbook of another program, told by its name: what to save it as instead.
    static func refuseOtherFormats(_ path: String) throws(YAMLProblem) {
        let lower = path.lowercased()
        let other: String? =
            lower.hasSuffix(".ods")
            ? "LibreOffice 的 .ods 工作簿"
            : lower.hasSuffix(".et")
                ? "WPS 的 .et 工作簿"
                : lower.hasSuffix(".numbers") ? "Numbers 工作簿" : nil
        if let other {
            throw YAMLProblem(
                code: .workbookLegacy, location: .start, message: "这是\(other)，Qingdan 只读 .xlsx 和 .csv",
                hint: "在表格软件中另存为「Excel 工作簿（*.xlsx）」再检查")
        }
        if lower.hasSuffix(".xlsm") {
            throw YAMLProblem(
                code: .workbookMacro, location: .start, message: "这是含宏的工作簿（.xlsm），Qingdan 不读取含宏的工作簿",
                hint: "在 Excel 或 WPS 中另存为不含宏的「Excel 工作簿（*.xlsx）」再检查")
        }
    }

    /// The file's name without folder and extension: the one sheet of a CSV table.
    static func stem(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot > name.startIndex else { return name }
        return String(name[..<dot])
    }
}
