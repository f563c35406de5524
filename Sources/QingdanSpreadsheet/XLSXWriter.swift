import Foundation
import QingdanYAML
import ZIPFoundation

/// A workbook to write: sheets of rows of cells, each sheet with its column widths and a header
/// that is bold, frozen and (optionally) filtered.
public struct WorkbookDraft: Sendable {
    public var sheets: [SheetDraft]

    public init(sheets: [SheetDraft]) {
        self.sheets = sheets
    }
}

public struct SheetDraft: Sendable {
    public var name: String
    public var rows: [[DraftCell]]
    /// Widths in characters (a Chinese character counts two).
    public var columnWidths: [Double]
    /// Rows at the top that are bold and stay in view.
    public var headerRows: Int
    /// An autofilter over the table below the header.
    public var filter: Bool

    public init(
        name: String, rows: [[DraftCell]], columnWidths: [Double] = [], headerRows: Int = 1, filter: Bool = false
    ) {
        self.name = name
        self.rows = rows
        self.columnWidths = columnWidths
        self.headerRows = headerRows
        self.filter = filter
    }
}

public enum DraftCell: Sendable, Equatable {
    case empty
    /// Stored as text (and formatted as text, so a code stays text when edited).
    case text(String)
    case number(Double)
    /// Stored as a date serial, shown `yyyy-mm-dd`.
    case date(CivilDate)
}

/// Writes SpreadsheetML: the parts as XML text, the zip through ZIPFoundation. The bytes depend
/// on the draft alone (fixed timestamps), so a report can be compared from run to run.
public enum XLSXWriter {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    public static func bytes(of draft: WorkbookDraft) throws(Failure) -> [UInt8] {
        let names = sheetNames(draft.sheets.map(\.name))
        var strings = SharedStrings()
        var parts: [(String, String)] = []
        var sheetParts: [(String, String)] = []
        for (index, sheet) in draft.sheets.enumerated() {
            sheetParts.append(("xl/worksheets/sheet\(index + 1).xml", worksheet(sheet, strings: &strings)))
        }
        parts.append(("[Content_Types].xml", contentTypes(sheets: draft.sheets.count)))
        parts.append(("_rels/.rels", packageRelationships))
        parts.append(("docProps/app.xml", application))
        parts.append(("docProps/core.xml", core))
        parts.append(("xl/workbook.xml", workbook(names, draft.sheets)))
        parts.append(("xl/_rels/workbook.xml.rels", workbookRelationships(sheets: draft.sheets.count)))
        parts.append(("xl/styles.xml", styles))
        parts.append(("xl/sharedStrings.xml", strings.xml))
        parts += sheetParts
        do {
            let archive = try Archive(accessMode: .create)
            for (path, text) in parts {
                let data = Data(text.utf8)
                try archive.addEntry(
                    with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: fixedDate,
                    compressionMethod: .deflate
                ) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw Failure(description: "zip 没有生成") }
            return [UInt8](data)
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(description: "\(error)")
        }
    }

    /// 2024-01-01 00:00 UTC: every entry's time, so equal drafts give equal bytes.
    static let fixedDate = Date(timeIntervalSince1970: 1_704_067_200)

    /// Names a workbook accepts: at most 31 characters, none of `: \ / ? * [ ]`, not starting or
    /// ending with `'`, not 「History」, unique without regard to case.
    public static func sheetNames(_ wanted: [String]) -> [String] {
        var used: Set<String> = []
        return wanted.enumerated().map { index, name in
            var clean = String(
                name.unicodeScalars.map {
                    ":\\/?*[]".unicodeScalars.contains($0) || $0.value < 0x20 ? "_" : Character($0)
                })
            while clean.hasPrefix("'") { clean.removeFirst() }
            while clean.hasSuffix("'") { clean.removeLast() }
            if clean.isEmpty || clean.lowercased() == "history" { clean = "Sheet\(index + 1)" }
            clean = String(clean.prefix(31))
            var candidate = clean
            var number = 2
            while used.contains(candidate.lowercased()) {
                let suffix = "（\(number)）"
                candidate = String(clean.prefix(31 - suffix.count)) + suffix
                number += 1
            }
            used.insert(candidate.lowercased())
            return candidate
        }
    }

    /// The most characters a cell holds, and the most rows a sheet has.
    public static let maximumText = 32_767
    public static let maximumRows = 1_048_576

    static func cut(_ text: String) -> String {
        let mark = "…（超出单元格上限，已截断）"
        var result = ""
        var length = 0
        for character in text {
            length += character.utf16.count
            if length > maximumText - mark.utf16.count { break }
            result.append(character)
        }
        return result + mark
    }

    // MARK: Parts

    struct SharedStrings {
        var index: [String: Int] = [:]
        var list: [String] = []
        var references = 0

        mutating func add(_ text: String) -> Int {
            references += 1
            if let existing = index[text] { return existing }
            index[text] = list.count
            list.append(text)
            return list.count - 1
        }

        var xml: String {
            var text = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            text += #"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main""#
            text += #" count="\#(references)" uniqueCount="\#(list.count)">"#
            for string in list {
                let preserve = string.first?.isWhitespace == true || string.last?.isWhitespace == true
                text += preserve ? #"<si><t xml:space="preserve">"# : "<si><t>"
                text += XMLText.escaped(string) + "</t></si>"
            }
            return text + "</sst>"
        }
    }

    /// Style indexes of `styles`: 0 default, 1 text, 2 date, 3 header (bold, filled, text).
    enum Style: Int {
        case plain = 0
        case text
        case date
        case header
    }

    static func worksheet(_ sheet: SheetDraft, strings: inout SharedStrings) -> String {
        let columnCount = max(sheet.rows.map(\.count).max() ?? 0, sheet.columnWidths.count, 1)
        let lastColumn = SheetCell.columnName(columnCount)
        var text = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        text += #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main""#
        text += #" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
        text += "<dimension ref=\"A1:\(lastColumn)\(max(sheet.rows.count, 1))\"/>"
        text += "<sheetViews><sheetView workbookViewId=\"0\">"
        if sheet.headerRows > 0 && sheet.rows.count > sheet.headerRows {
            let top = "A\(sheet.headerRows + 1)"
            text +=
                "<pane ySplit=\"\(sheet.headerRows)\" topLeftCell=\"\(top)\" activePane=\"bottomLeft\" state=\"frozen\"/>"
            text += "<selection pane=\"bottomLeft\" activeCell=\"\(top)\" sqref=\"\(top)\"/>"
        }
        text += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>"
        if !sheet.columnWidths.isEmpty {
            text += "<cols>"
            for (index, width) in sheet.columnWidths.enumerated() {
                text += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
            }
            text += "</cols>"
        }
        text += "<sheetData>"
        for (rowIndex, row) in sheet.rows.enumerated() {
            let number = rowIndex + 1
            text += "<row r=\"\(number)\">"
            let header = rowIndex < sheet.headerRows
            for (columnIndex, cell) in row.enumerated() {
                let reference = "\(SheetCell.columnName(columnIndex + 1))\(number)"
                switch cell {
                case .empty:
                    if header { text += "<c r=\"\(reference)\" s=\"\(Style.header.rawValue)\"/>" }
                case .text(let whole):
                    // A cell holds at most 32,767 characters (UTF-16): longer text is cut, marked.
                    let value = whole.utf16.count > maximumText ? Self.cut(whole) : whole
                    let style = header ? Style.header : Style.text
                    text += "<c r=\"\(reference)\" s=\"\(style.rawValue)\" t=\"s\"><v>\(strings.add(value))</v></c>"
                case .number(let value):
                    let shown = value.isFinite ? CellValue.numberText(value) : "0"
                    text += "<c r=\"\(reference)\"><v>\(shown)</v></c>"
                case .date(let date):
                    text +=
                        "<c r=\"\(reference)\" s=\"\(Style.date.rawValue)\"><v>\(SerialDate.serial(of: date))</v></c>"
                }
            }
            text += "</row>"
        }
        text += "</sheetData>"
        if sheet.filter && sheet.headerRows > 0 {
            text += "<autoFilter ref=\"A\(sheet.headerRows):\(lastColumn)\(max(sheet.rows.count, sheet.headerRows))\"/>"
        }
        text += "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
        return text + "</worksheet>"
    }

    static func workbook(_ names: [String], _ sheets: [SheetDraft]) -> String {
        var text = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        text += #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main""#
        text += #" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
        text += "<bookViews><workbookView/></bookViews><sheets>"
        for (index, name) in names.enumerated() {
            text += "<sheet name=\"\(XMLText.escaped(name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        text += "</sheets>"
        // Excel keeps a filter's range as a hidden defined name of its sheet.
        let filtered = sheets.enumerated().filter { $0.element.filter && $0.element.headerRows > 0 }
        if !filtered.isEmpty {
            text += "<definedNames>"
            for (index, sheet) in filtered {
                let columns = max(sheet.rows.map(\.count).max() ?? 0, sheet.columnWidths.count, 1)
                let last = SheetCell.columnName(columns)
                let quoted = "'" + names[index].replacing("'", with: "''") + "'"
                let range = "\(quoted)!$A$\(sheet.headerRows):$\(last)$\(max(sheet.rows.count, sheet.headerRows))"
                text += "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(index)\" hidden=\"1\">"
                text += XMLText.escaped(range) + "</definedName>"
            }
            text += "</definedNames>"
        }
        return text + "</workbook>"
    }

    static func contentTypes(sheets: Int) -> String {
        var text = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        text += #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        text += #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        text += #"<Default Extension="xml" ContentType="application/xml"/>"#
        text +=
            #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
        for index in 1...max(sheets, 1) where index <= sheets {
            text += "<Override PartName=\"/xl/worksheets/sheet\(index).xml\" "
            text += #"ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        }
        text +=
            #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
        text +=
            #"<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>"#
        text +=
            #"<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>"#
        text +=
            #"<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>"#
        return text + "</Types>"
    }

    static let packageRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
        <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>\
        </Relationships>
        """

    static func workbookRelationships(sheets: Int) -> String {
        var text = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        text += #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        for index in 0..<sheets {
            text += "<Relationship Id=\"rId\(index + 1)\" "
            text += #"Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet""#
            text += " Target=\"worksheets/sheet\(index + 1).xml\"/>"
        }
        text += "<Relationship Id=\"rId\(sheets + 1)\" "
        text +=
            #"Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#
        text += "<Relationship Id=\"rId\(sheets + 2)\" "
        text +=
            #"Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>"#
        return text + "</Relationships>"
    }

    /// Fonts: 0 regular, 1 bold. Fills: 0 none, 1 gray125 (both required), 2 the header's.
    /// Number formats: 49 text (built in), 164 `yyyy-mm-dd`.
    static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
        <numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>\
        <fonts count="2"><font><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font>\
        <font><b/><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font></fonts>\
        <fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>\
        <fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill></fills>\
        <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
        <xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>\
        <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="49" fontId="1" fillId="2" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1"/></cellXfs>\
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
        </styleSheet>
        """

    static let application = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Qingdan</Application></Properties>
        """

    static let core = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
        xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>Qingdan</dc:creator>\
        <dcterms:created xsi:type="dcterms:W3CDTF">2024-01-01T00:00:00Z</dcterms:created></cp:coreProperties>
        """
}

/// Text in XML: the five special characters escaped, and what XML 1.0 cannot carry (controls,
/// lone surrogates are impossible in a Swift string; U+FFFE/U+FFFF) written the OOXML way
/// (`_x0007_`), a literal `_xHHHH_` protected as `_x005F_xHHHH_`.
enum XMLText {
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "_" where looksEscaped(scalars, at: index): result += "_x005F_"
            case "\t", "\n": result.unicodeScalars.append(scalar)
            case "\r": result += "_x000D_"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    result += "_x" + hex4(scalar.value) + "_"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// Whether `_xHHHH_` starts at `index`, which a reader would take for an escape.
    static func looksEscaped(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 6 < scalars.count, scalars[index + 1] == "x", scalars[index + 6] == "_" else { return false }
        return scalars[(index + 2)...(index + 5)].allSatisfy { $0.properties.isASCIIHexDigit }
    }
}
