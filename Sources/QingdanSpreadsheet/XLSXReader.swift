import Foundation
import QingdanYAML
import ZIPFoundation

/// Reads an Office Open XML workbook (`.xlsx`) into cells: the zip container through
/// ZIPFoundation, each part through `SpreadsheetXML`. Refuses, with a Chinese problem, what is
/// not a plain workbook: a legacy `.xls`, an encrypted or macro-enabled workbook, a damaged zip,
/// and parts or sheets beyond the limits (a zip bomb declares sizes far above them).
public enum XLSXReader {
    public struct Limits: Sendable {
        /// Most bytes of XML read from all parts together, decompressed.
        public var maxTotalBytes: Int
        /// Most non-empty cells in the whole workbook.
        public var maxCells: Int
        /// Most entries in the zip.
        public var maxEntries: Int
        /// Most bytes of text in all cells together (a string the shared strings repeat counts
        /// each time): what a YAML filing may hold.
        public var maxTextBytes: Int

        public init(
            maxTotalBytes: Int = 64 << 20, maxCells: Int = 250_000, maxEntries: Int = 4_096,
            maxTextBytes: Int = 8 << 20
        ) {
            self.maxTextBytes = maxTextBytes
            self.maxTotalBytes = maxTotalBytes
            self.maxCells = maxCells
            self.maxEntries = maxEntries
        }

        /// Limits that follow a run's parse limits: eight times the file size in XML, one cell a node.
        public init(_ limits: ParseLimits) {
            self.init(
                maxTotalBytes: max(limits.maxFileBytes, 1 << 20) * 8, maxCells: limits.maxNodes,
                maxTextBytes: limits.maxFileBytes)
        }
    }

    /// What the first bytes of a file say it is.
    enum Container {
        case zip, compoundDocument, other
    }

    static func container(of bytes: [UInt8]) -> Container {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            return .zip
        }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .compoundDocument }
        return .other
    }

    public static func read(_ bytes: [UInt8], limits: Limits = Limits()) throws(YAMLProblem) -> Workbook {
        if bytes.isEmpty {
            throw problem(.workbookCorrupt, "文件是空的（0 字节）", hint: "确认保存或下载完整；打开看一下内容是否还在")
        }
        switch container(of: bytes) {
        case .compoundDocument:
            // Both a legacy .xls and an encrypted .xlsx are OLE compound documents; an encrypted
            // one names its streams EncryptionInfo and EncryptedPackage (in UTF-16).
            let encrypted = Array("EncryptedPackage".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
            if bytes.firstRange(of: encrypted) != nil {
                throw problem(
                    .workbookEncrypted, "工作簿设置了打开密码（已加密），无法读取",
                    hint: "在 Excel 或 WPS 中打开后取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码），另存为 .xlsx 再检查")
            }
            throw problem(
                .workbookLegacy, "这是旧版 Excel 97-2003 工作簿（.xls），Qingdan 只读 .xlsx",
                hint: "在 Excel 或 WPS 中打开，另存为「Excel 工作簿（*.xlsx）」再检查")
        case .other:
            throw problem(
                .workbookCorrupt, "文件不是 .xlsx 工作簿（不是 zip 格式）",
                hint: "确认文件是用 Excel、WPS 或 LibreOffice 保存的 .xlsx；CSV 表格请用 .csv 扩展名")
        case .zip:
            break
        }
        let archive = try openArchive(bytes)
        let parts = Parts(archive: archive, limits: limits)
        try parts.index()
        if parts.entries["xl/vbaproject.bin"] != nil || parts.contentTypes.contains("macroEnabled") {
            throw problem(
                .workbookMacro, "工作簿含有宏（.xlsm），Qingdan 不读取含宏的工作簿",
                hint: "在 Excel 或 WPS 中另存为不含宏的「Excel 工作簿（*.xlsx）」再检查")
        }
        let workbookPath = try parts.workbookPath()
        let workbookXML = try SpreadsheetXML.Workbook.parse(try parts.read(workbookPath), part: workbookPath)
        let relationships = try parts.relationships(of: workbookPath)
        var sharedStrings: [String] = []
        var styles = SpreadsheetXML.Styles()
        for relationship in relationships.values {
            if relationship.type.hasSuffix("/sharedStrings") {
                sharedStrings = try SpreadsheetXML.SharedStrings.parse(
                    try parts.read(relationship.target), part: relationship.target)
            } else if relationship.type.hasSuffix("/styles") {
                styles = try SpreadsheetXML.Styles.parse(try parts.read(relationship.target), part: relationship.target)
            }
        }
        var sheets: [Worksheet] = []
        var cellsLeft = limits.maxCells
        var textLeft = limits.maxTextBytes
        for sheet in workbookXML.sheets {
            guard let relationship = relationships[sheet.relationshipID] else {
                throw damaged("工作表「\(sheet.name)」在工作簿中登记了，但找不到它的内容")
            }
            // Chart sheets and dialog sheets hold no cells.
            guard relationship.type.hasSuffix("/worksheet") else { continue }
            let parsed: SpreadsheetXML.Sheet
            do {
                let data = try parts.read(relationship.target)
                parsed = try SpreadsheetXML.Sheet.parse(
                    data, name: sheet.name, sharedStrings: sharedStrings, styles: styles,
                    date1904: workbookXML.date1904, cellsLeft: &cellsLeft, textLeft: &textLeft,
                    textLimit: limits.maxTextBytes, part: relationship.target)
            } catch {
                // Said of the sheet, as the drafter knows it, rather than of its part.
                var problem = error
                problem.message = "工作表「\(sheet.name)」：" + problem.message
                if problem.cell == nil { problem.cell = SheetCell(sheet: sheet.name, row: 1, column: 1) }
                throw problem
            }
            sheets.append(
                Worksheet(name: sheet.name, isHidden: sheet.isHidden, cells: parsed.cells, mergedRanges: parsed.merged))
        }
        guard !sheets.isEmpty else {
            throw problem(.workbookCorrupt, "工作簿里没有工作表", hint: "确认文件是用 Excel、WPS 或 LibreOffice 保存的 .xlsx")
        }
        return Workbook(sheets: sheets)
    }

    /// The zip, read from a private temporary copy of the bytes (removed once open): ZIPFoundation's
    /// in-memory archive traps on an offset past the end of a damaged zip, its file archive reads
    /// short there and reports the zip unreadable.
    static func openArchive(_ bytes: [UInt8]) throws(YAMLProblem) -> Archive {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("qingdan-\(UUID().uuidString).xlsx")
        guard
            FileManager.default.createFile(
                atPath: url.path, contents: Data(bytes), attributes: [.posixPermissions: 0o600])
        else {
            throw problem(
                .workbookCorrupt, "无法读取工作簿：临时目录 \(url.deletingLastPathComponent().path) 不能写入",
                hint: "用环境变量 TMPDIR 指定一个可以写入的临时目录")
        }
        defer { try? FileManager.default.removeItem(at: url) }
        do {
            return try Archive(url: url, accessMode: .read)
        } catch {
            throw damaged("zip 目录无法读取")
        }
    }

    static func problem(_ code: FindingCode, _ message: String, hint: String, cell: SheetCell? = nil) -> YAMLProblem {
        YAMLProblem(code: code, location: .start, message: message, hint: hint, cell: cell)
    }

    static func damaged(_ detail: String) -> YAMLProblem {
        problem(
            .workbookCorrupt, "工作簿已损坏：\(detail)",
            hint: "在 Excel、WPS 或 LibreOffice 中打开后重新保存为 .xlsx；打不开的文件请向发来的人重新索取")
    }

    /// The zip's entries, read within the limits.
    final class Parts {
        let archive: Archive
        let limits: Limits
        /// By `Parts.key` of their names.
        var entries: [String: Entry] = [:]
        var contentTypes = ""
        var bytesLeft: Int

        init(archive: Archive, limits: Limits) {
            self.archive = archive
            self.limits = limits
            bytesLeft = limits.maxTotalBytes
        }

        static func key(_ name: String) -> String {
            name.replacing("\\", with: "/").lowercased()
        }

        func index() throws(YAMLProblem) {
            var count = 0
            for entry in archive {
                count += 1
                if count > limits.maxEntries {
                    throw XLSXReader.problem(
                        .workbookLimit, "工作簿的 zip 包含超过 \(limits.maxEntries) 个部件，不像是表格文件",
                        hint: "确认文件是用 Excel、WPS 或 LibreOffice 保存的 .xlsx")
                }
                // Part names are compared without regard to case (OPC), `\\` read as `/`.
                let name = Self.key(entry.path)
                if entries[name] != nil {
                    throw XLSXReader.damaged("zip 中有两个同名的部件 \(entry.path)")
                }
                entries[name] = entry
            }
            guard entries[Self.key("[Content_Types].xml")] != nil else {
                throw XLSXReader.problem(
                    .workbookCorrupt, "文件是 zip 压缩包，但不是 .xlsx 工作簿（缺少 [Content_Types].xml）",
                    hint: "确认文件是用 Excel、WPS 或 LibreOffice 保存的 .xlsx，而不是改了扩展名的压缩包")
            }
            contentTypes = String(decoding: try read("[Content_Types].xml"), as: UTF8.self)
        }

        /// The workbook part the package's relationships name (`xl/workbook.xml` as a rule).
        func workbookPath() throws(YAMLProblem) -> String {
            if entries[Self.key("_rels/.rels")] != nil {
                for relationship in try relationships(of: "").values
                where relationship.type.hasSuffix("/officeDocument") && entries[Self.key(relationship.target)] != nil {
                    return relationship.target
                }
            }
            if entries[Self.key("xl/workbook.xml")] != nil { return "xl/workbook.xml" }
            throw XLSXReader.problem(
                .workbookCorrupt, "文件是 zip 压缩包，但里面没有工作簿（缺少 xl/workbook.xml）",
                hint: "确认文件是用 Excel、WPS 或 LibreOffice 保存的 .xlsx；Word、PowerPoint 文件不能作为申报检查")
        }

        /// The relationships of a part, by id, with targets resolved to entry paths.
        func relationships(of part: String) throws(YAMLProblem) -> [String: SpreadsheetXML.Relationship] {
            let folder = part.split(separator: "/").dropLast().joined(separator: "/")
            let name = part.split(separator: "/").last.map(String.init) ?? ""
            let path = (folder.isEmpty ? "" : folder + "/") + "_rels/" + name + ".rels"
            guard entries[Self.key(path)] != nil else { return [:] }
            var result: [String: SpreadsheetXML.Relationship] = [:]
            for var relationship in try SpreadsheetXML.Relationships.parse(try read(path), part: path)
            where relationship.external == false {
                relationship.target = Self.resolve(relationship.target, from: folder)
                result[relationship.id] = relationship
            }
            return result
        }

        static func resolve(_ target: String, from folder: String) -> String {
            var components: [Substring] = target.hasPrefix("/") ? [] : folder.split(separator: "/")
            for component in target.split(separator: "/") {
                if component == ".." {
                    if !components.isEmpty { components.removeLast() }
                } else if component != "." {
                    components.append(component)
                }
            }
            return components.joined(separator: "/")
        }

        /// A part's bytes, decompressed, refusing a part that declares or turns out to be larger
        /// than what is left of the limit.
        func read(_ path: String) throws(YAMLProblem) -> Data {
            guard let entry = entries[Self.key(path)] else { throw XLSXReader.damaged("缺少部件 \(path)") }
            let limit = bytesLeft
            if entry.uncompressedSize > UInt64(limit) {
                throw XLSXReader.problem(
                    .workbookLimit,
                    "工作簿的部件 \(path) 解压后有 \(entry.uncompressedSize) 字节，超过上限 \(limits.maxTotalBytes) 字节（可能是压缩炸弹）",
                    hint: "申报工作簿通常解压后只有几 MB；如确需检查更大的工作簿，用 --max-file-size 调高上限")
            }
            var data = Data()
            data.reserveCapacity(Int(entry.uncompressedSize))
            do {
                _ = try archive.extract(entry, skipCRC32: Self.skipsChecksums) { chunk in
                    if data.count + chunk.count > limit { throw LimitExceeded() }
                    data.append(chunk)
                }
            } catch is LimitExceeded {
                throw XLSXReader.problem(
                    .workbookLimit, "工作簿的部件 \(path) 解压后超过上限 \(limits.maxTotalBytes) 字节（实际大小与登记的不符，可能是压缩炸弹）",
                    hint: "确认文件是用 Excel、WPS 或 LibreOffice 保存的 .xlsx")
            } catch {
                throw XLSXReader.damaged("部件 \(path) 无法解压")
            }
            bytesLeft -= data.count
            return data
        }

        struct LimitExceeded: Error {}

        /// A fuzzer's mutations of a stored part would all fail the checksum and never reach the
        /// XML: fuzz builds skip it.
        #if QINGDAN_FUZZING
        static let skipsChecksums = true
        #else
        static let skipsChecksums = false
        #endif
    }
}

extension FindingCode {
    public static let workbookCorrupt: FindingCode = "input.workbook-corrupt"
    public static let workbookLegacy: FindingCode = "input.workbook-legacy"
    public static let workbookEncrypted: FindingCode = "input.workbook-encrypted"
    public static let workbookMacro: FindingCode = "input.workbook-macro"
    public static let workbookLimit: FindingCode = "input.workbook-limit"
    /// A cell holds a formula where a value is read: Qingdan does not calculate.
    public static let workbookFormula: FindingCode = "input.workbook-formula"
    public static let csvSyntax: FindingCode = "input.csv-syntax"
    /// A sheet whose name, title and columns name no part of the filing format.
    public static let unknownSheet: FindingCode = "schema.unknown-sheet"
    /// A column heading that names no key of its sheet's items.
    public static let unknownColumn: FindingCode = "schema.unknown-column"
    /// A sheet with cells but no row of column headings Qingdan knows.
    public static let noHeaderRow: FindingCode = "schema.no-header-row"

    /// The codes of reading workbooks and CSV tables.
    public static let spreadsheetCodes: [FindingCode] = [
        .workbookCorrupt, .workbookLegacy, .workbookEncrypted, .workbookMacro, .workbookLimit, .workbookFormula,
        .csvSyntax, .unknownSheet, .unknownColumn, .noHeaderRow,
    ]
}
