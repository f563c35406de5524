import Foundation
import QingdanYAML

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The parts of a SpreadsheetML package Qingdan reads, each parsed with Foundation's
/// `XMLParser` (no DTDs: a part that declares one is refused before parsing, so no entity is
/// ever expanded).
enum SpreadsheetXML {
    struct Relationship {
        var id: String
        var type: String
        var target: String
        var external: Bool
    }

    enum Relationships {
        static func parse(_ data: Data, part: String) throws(YAMLProblem) -> [Relationship] {
            var found: [Relationship] = []
            try Events.parse(data, part: part) { event in
                guard case .start("Relationship", let attributes) = event else { return }
                found.append(
                    Relationship(
                        id: attributes["Id"] ?? "", type: attributes["Type"] ?? "", target: attributes["Target"] ?? "",
                        external: attributes["TargetMode"] == "External"))
            }
            return found
        }
    }

    struct Workbook {
        struct Sheet {
            var name: String
            var relationshipID: String
            var isHidden: Bool
        }

        var sheets: [Sheet] = []
        var date1904 = false

        static func parse(_ data: Data, part: String) throws(YAMLProblem) -> Workbook {
            var workbook = Workbook()
            try Events.parse(data, part: part) { event in
                switch event {
                case .start("workbookPr", let attributes):
                    workbook.date1904 = ["1", "true"].contains(attributes["date1904"] ?? "")
                case .start("sheet", let attributes):
                    let id = attributes.first { $0.key == "r:id" || $0.key.hasSuffix(":id") }?.value ?? ""
                    workbook.sheets.append(
                        Sheet(
                            name: attributes["name"] ?? "", relationshipID: id,
                            isHidden: ["hidden", "veryHidden"].contains(attributes["state"] ?? "")))
                default: break
                }
            }
            return workbook
        }
    }

    /// The shared string table: the text of each `<si>`, its runs joined, phonetic runs left out.
    enum SharedStrings {
        static func parse(_ data: Data, part: String) throws(YAMLProblem) -> [String] {
            var strings: [String] = []
            var current = ""
            var inText = false
            var phonetic = 0
            try Events.parse(data, part: part) { event in
                switch event {
                case .start("si", _): current = ""
                case .end("si"): strings.append(OOXMLText.unescaped(current))
                case .start("rPh", _): phonetic += 1
                case .end("rPh"): phonetic -= 1
                case .start("t", _): inText = phonetic == 0
                case .end("t"): inText = false
                case .text(let text) where inText: current += text
                default: break
                }
            }
            return strings
        }
    }

    /// Which cell formats are dates, by the index a cell's `s` attribute gives.
    struct Styles {
        var dateFormats: Set<Int> = []

        static func parse(_ data: Data, part: String) throws(YAMLProblem) -> Styles {
            var customDates: Set<Int> = []
            var inCellFormats = false
            var index = 0
            var styles = Styles()
            try Events.parse(data, part: part) { event in
                switch event {
                case .start("numFmt", let attributes):
                    if let id = attributes["numFmtId"].flatMap(Int.init), isDateFormat(attributes["formatCode"] ?? "") {
                        customDates.insert(id)
                    }
                case .start("cellXfs", _): inCellFormats = true
                case .end("cellXfs"): inCellFormats = false
                case .start("xf", let attributes) where inCellFormats:
                    let id = attributes["numFmtId"].flatMap(Int.init) ?? 0
                    if builtInDates.contains(id) || customDates.contains(id) { styles.dateFormats.insert(index) }
                    index += 1
                default: break
                }
            }
            return styles
        }

        /// Built-in number formats that show dates (14–22, and the East Asian ones 27–36, 50–58).
        static let builtInDates: Set<Int> = Set(14...17).union(22...22).union(27...36).union(50...58)

        /// Whether a format code shows a date: it has a year or day part outside quoted text,
        /// escapes and brackets (`yyyy"年"m"月"d"日"`, `yyyy/mm/dd`; not `General`, `0.00E+00`
        /// nor `h:mm`).
        static func isDateFormat(_ code: String) -> Bool {
            var quoted = false
            var bracket = false
            var escaped = false
            // `General` is the default format's name, not a day part.
            for character in code.lowercased().replacing("general", with: "") {
                if escaped {
                    escaped = false
                    continue
                }
                switch character {
                case "\"": quoted.toggle()
                case "\\" where !quoted: escaped = true
                case "[" where !quoted: bracket = true
                case "]" where !quoted: bracket = false
                case "y", "d":
                    if !quoted && !bracket { return true }
                default: break
                }
            }
            return false
        }
    }

    struct Sheet {
        var cells: [Cell] = []
        var merged: [CellRange] = []

        static func parse(
            _ data: Data, name: String, sharedStrings: [String], styles: Styles, date1904: Bool,
            cellsLeft: inout Int, textLeft: inout Int, textLimit: Int, part: String
        ) throws(YAMLProblem) -> Sheet {
            var textLeftHere = textLeft
            defer { textLeft = textLeftHere }
            var sheet = Sheet()
            var row = 0
            var column = 0
            var type = ""
            var style = 0
            var value = ""
            var formula: String?
            var inline = ""
            var reading: String?
            var failure: YAMLProblem?
            var budget = cellsLeft
            var phonetic = 0
            let limit = cellsLeft
            try Events.parse(data, part: part) { event in
                guard failure == nil else { return }
                switch event {
                case .start("row", let attributes):
                    row = attributes["r"].flatMap(Int.init) ?? row + 1
                    column = 0
                case .start("c", let attributes):
                    if let reference = attributes["r"].flatMap(CellReference.init) {
                        row = reference.row
                        column = reference.column
                    } else {
                        column += 1
                    }
                    type = attributes["t"] ?? "n"
                    style = attributes["s"].flatMap(Int.init) ?? 0
                    value = ""
                    inline = ""
                    formula = nil
                case .start("v", _): reading = "v"
                case .start("f", _):
                    reading = "f"
                    formula = formula ?? ""
                case .start("rPh", _): phonetic += 1
                case .end("rPh"): phonetic -= 1
                case .start("t", _): reading = phonetic > 0 ? nil : "t"
                case .end("v"), .end("f"), .end("t"): reading = nil
                case .text(let text):
                    switch reading {
                    case "v": value += text
                    case "f": formula? += text
                    case "t": inline += text
                    default: break
                    }
                case .end("c"):
                    let place = SheetCell(sheet: name, row: row, column: column)
                    guard row >= 1, row <= CellReference.maximumRow, column >= 1, column <= CellReference.maximumColumn
                    else {
                        failure = XLSXReader.damaged("工作表「\(name)」的单元格位置超出表格范围")
                        return
                    }
                    let cellValue: CellValue?
                    if let formula {
                        cellValue = .formula(formula.isEmpty ? "（共享公式）" : formula)
                    } else {
                        switch type {
                        case "s":
                            guard let index = Int(value), sharedStrings.indices.contains(index) else {
                                failure = XLSXReader.damaged("单元格 \(place) 引用的共享字符串不存在")
                                return
                            }
                            cellValue = .text(sharedStrings[index])
                        case "inlineStr": cellValue = .text(OOXMLText.unescaped(inline))
                        case "str": cellValue = .text(OOXMLText.unescaped(value))
                        case "b": cellValue = .boolean(value == "1" || value == "true")
                        case "e": cellValue = .error(value)
                        case "d": cellValue = CivilDate(value.prefix(10)).map(CellValue.date) ?? .text(value)
                        default:
                            if value.isEmpty {
                                cellValue = nil
                            } else if let number = Double(value), number.isFinite {
                                cellValue =
                                    styles.dateFormats.contains(style)
                                    ? (SerialDate.day(number, date1904: date1904).map(CellValue.date) ?? .number(number))
                                    : .number(number)
                            } else {
                                failure = XLSXReader.damaged("单元格 \(place) 的数值「\(value.prefix(40))」无法读取")
                                return
                            }
                        }
                    }
                    guard let cellValue else { return }
                    if case .text(let text) = cellValue {
                        if text.isEmpty { return }
                        // Text the shared strings repeat counts each time: one long string in
                        // thousands of cells is as costly as writing it out.
                        textLeftHere -= text.utf8.count
                        if textLeftHere < 0 {
                            failure = XLSXReader.problem(
                                .workbookLimit, "工作簿单元格中的文字超过 \(textLimit) 字节（到这里为止）",
                                hint: "申报工作簿的文字通常只有几百 KB；如确需检查更大的工作簿，用 --max-file-size 调高上限", cell: place)
                            return
                        }
                    }
                    budget -= 1
                    if budget < 0 {
                        failure = XLSXReader.problem(
                            .workbookLimit, "工作簿超过 \(limit) 个有内容的单元格（到这里为止）",
                            hint: "申报工作簿通常只有几百行；如确需检查更大的工作簿，用 --max-nodes 调高上限", cell: place)
                        return
                    }
                    sheet.cells.append(Cell(row: row, column: column, value: cellValue))
                case .start("mergeCell", let attributes):
                    if let range = attributes["ref"].flatMap(CellRange.init(reference:)) { sheet.merged.append(range) }
                default: break
                }
            }
            if let failure { throw failure }
            cellsLeft = budget
            return sheet
        }
    }

    /// The events of an XML part, one at a time.
    enum Event {
        case start(String, [String: String])
        case end(String)
        case text(String)
    }

    final class Events: NSObject, XMLParserDelegate {
        let handle: (Event) -> Void

        init(handle: @escaping (Event) -> Void) {
            self.handle = handle
        }

        static func parse(_ data: Data, part: String, handle: @escaping (Event) -> Void) throws(YAMLProblem) {
            // OOXML parts never declare a DTD: one that does is refused before an entity can be
            // expanded (billion laughs) or fetched.
            if data.range(of: Data("<!DOCTYPE".utf8)) != nil || data.range(of: Data("<!ENTITY".utf8)) != nil {
                throw XLSXReader.damaged("部件 \(part) 含有文档类型声明（DTD），表格文件不会有")
            }
            var depth = 0
            var elements = 0
            let events = Events { event in
                switch event {
                case .start:
                    depth += 1
                    elements += 1
                case .end: depth -= 1
                case .text: break
                }
                handle(event)
            }
            let parser = XMLParser(data: data)
            parser.shouldResolveExternalEntities = false
            parser.shouldProcessNamespaces = false
            parser.delegate = events
            // A part cut short can end the parse without an error: every element must have closed.
            guard parser.parse(), parser.parserError == nil, elements > 0, depth == 0 else {
                // libxml2 refuses a document or text node above 10 MB without XML_PARSE_HUGE,
                // which Foundation does not set.
                if data.count > 10_000_000 {
                    throw XLSXReader.problem(
                        .workbookLimit, "工作簿的部件 \(part) 有 \(data.count) 字节 XML，超过 XML 解析器的上限 10 MB",
                        hint: "申报工作簿的一张工作表通常不到 1 MB；过大的表格请拆成几个工作簿，或删去没有内容但设了格式的大片单元格")
                }
                let line = parser.lineNumber
                throw XLSXReader.damaged("部件 \(part) 不是完整、格式正确的 XML（第 \(line) 行）")
            }
        }

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes attributeDict: [String: String] = [:]
        ) {
            handle(.start(Self.localName(elementName), attributeDict))
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
        ) {
            handle(.end(Self.localName(elementName)))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            handle(.text(string))
        }

        /// `x:c` → `c`: some writers prefix the spreadsheet namespace.
        static func localName(_ name: String) -> String {
            guard let colon = name.lastIndex(of: ":") else { return name }
            return String(name[name.index(after: colon)...])
        }
    }
}

/// The `_xHHHH_` escapes OOXML writes for characters XML cannot carry.
enum OOXMLText {
    static func unescaped(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var result = ""
        var scalars = Array(text.unicodeScalars)[...]
        while let first = scalars.first {
            if first == "_", scalars.count >= 7, scalars[scalars.startIndex + 1] == "x",
                scalars[scalars.startIndex + 6] == "_",
                let code = UInt32(
                    String(String.UnicodeScalarView(scalars[(scalars.startIndex + 2)..<(scalars.startIndex + 6)])),
                    radix: 16),
                let scalar = Unicode.Scalar(code)
            {
                result.unicodeScalars.append(scalar)
                scalars = scalars.dropFirst(7)
            } else {
                result.unicodeScalars.append(first)
                scalars = scalars.dropFirst()
            }
        }
        return result
    }
}

/// Spreadsheet date serials: days since 1899-12-30 (1900 system, which counts a 29 February
/// 1900 that never was, so serials before 61 are a day off) or since 1904-01-01.
public enum SerialDate {
    public static func day(_ serial: Double, date1904: Bool = false) -> CivilDate? {
        guard serial.isFinite, serial >= 1, serial < 2_958_466 else { return nil }
        var days = Int(serial.rounded(.down))
        if date1904 {
            days += 1462
        } else if days < 61 {
            days += 1
        }
        return CivilDate.civilDate(daysSince1970: days - 25_569)
    }

    public static func serial(of date: CivilDate) -> Int {
        date.daysSince1970 + 25_569
    }
}
