#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The encoding files are read in (`--encoding`). Filings are UTF-8; the others exist for the
/// files that Chinese Windows editors save by default, and are converted to UTF-8 on read, so
/// everything after reading sees UTF-8. Lines and columns stay those of the original file.
public enum SourceEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    /// GB18030, which includes GBK and GB2312. A file that is already valid UTF-8 is read as it is,
    /// so one run can check a folder holding both.
    case gb18030
    /// UTF-16, in the byte order its byte order mark gives (or, without one, its text shows).
    case utf16 = "utf-16"

    /// The file's text as UTF-8. A byte order mark decides the encoding, whatever `--encoding`
    /// says, and a file is read only in UTF-8 or in the encoding `--encoding` names:
    ///
    /// - a UTF-8 mark: UTF-8 under every `--encoding` (an invalid byte is an error, not a guess);
    /// - a UTF-16 mark: UTF-16 in the mark's byte order under `utf-16`; refused under `gb18030`
    ///   (here) and `utf-8` (by the parser, which names the encoding);
    /// - a UTF-32 mark: refused by the parser under every `--encoding`;
    /// - no mark: `utf-8` reads UTF-8; `gb18030` refuses text whose NUL bytes show UTF-16, reads
    ///   valid UTF-8 as it is, else converts GB18030; `utf-16` reads the byte order the NUL bytes
    ///   show, else valid UTF-8 as it is, else refuses.
    public func decode(_ source: SourceFile, maxBytes: Int) throws(YAMLProblem) -> SourceFile {
        if self == .utf8 { return source }
        if source.byteOrderMarkLength > 0 {
            // Marked UTF-8: read as UTF-8; a stray byte in it is not a reason to guess again.
            if let bad = Self.firstInvalidUTF8Offset(source.bytes) {
                throw YAMLProblem(
                    code: .encoding, location: source.location(ofByteOffset: bad),
                    message: "文件开头的字节顺序标记表明它是 UTF-8 编码（不按 --encoding \(rawValue) 读取），这里的字节却不是有效的 UTF-8",
                    hint: "文件里混有另一种编码的文字：用编辑器把整个文件另存为 UTF-8")
            }
            return source
        }
        let marked = EncodingSniffer.foreignByteOrderMark(source.bytes)
        switch marked {
        case .utf32LittleEndian?, .utf32BigEndian?:
            // Not an encoding Qingdan converts; the parser names it.
            return source
        case .utf16LittleEndian?, .utf16BigEndian?:
            guard self == .utf16 else {
                throw YAMLProblem(
                    code: .encoding, location: .start,
                    message: "文件开头的字节顺序标记表明它是 \(marked!.rawValue) 编码，不是 --encoding 指定的 \(rawValue)",
                    hint: "加 --encoding utf-16 读取，或用编辑器“另存为”UTF-8")
            }
            return try converted(source, from: "UTF-16", maxBytes: maxBytes)
        default:
            break
        }
        switch self {
        case .utf8:
            return source
        case .gb18030:
            if let order = EncodingSniffer.unmarkedUTF16(source.bytes) {
                throw YAMLProblem(
                    code: .encoding, location: .start,
                    message: "文件看起来是 \(order.rawValue) 编码（没有字节顺序标记），不是 --encoding 指定的 gb18030",
                    hint: "加 --encoding utf-16 读取，或用编辑器“另存为”UTF-8")
            }
            return Self.isValidUTF8(source.bytes) ? source : try converted(source, from: "GB18030", maxBytes: maxBytes)
        case .utf16:
            // UTF-16 without a mark is read in the byte order its ASCII characters show (glibc
            // would otherwise assume the machine's own).
            if let order = EncodingSniffer.unmarkedUTF16(source.bytes) {
                return try converted(source, from: order.rawValue, maxBytes: maxBytes)
            }
            if Self.isValidUTF8(source.bytes) { return source }
            let looksGB = EncodingSniffer.looksLikeGB18030(source.bytes)
            throw YAMLProblem(
                code: .encoding, location: .start,
                message: "文件不是 UTF-16 编码：既没有字节顺序标记，也没有 UTF-16 文本中的零字节"
                    + (looksGB ? "；看起来是 GB18030/GBK" : ""),
                hint: looksGB ? "改用 --encoding gb18030 读取，或另存为 UTF-8" : "确认文件的编码；UTF-8 文件不用加 --encoding")
        }
    }

    private func converted(_ source: SourceFile, from name: String, maxBytes: Int) throws(YAMLProblem) -> SourceFile {
        let bytes = try convert(source.bytes, from: name)
        guard bytes.count <= maxBytes else {
            throw YAMLProblem(
                code: .limit, location: .start,
                message: "转换为 UTF-8 后有 \(bytes.count) 字节，超过上限 \(maxBytes) 字节",
                hint: "申报文件通常只有几 KB；如确需检查更大的文件，用 --max-file-size 调高上限")
        }
        return SourceFile(path: source.path, bytes: bytes)
    }

    static func isValidUTF8(_ bytes: [UInt8]) -> Bool { firstInvalidUTF8Offset(bytes) == nil }

    /// The offset of the first byte that does not belong to a valid UTF-8 sequence; nil when all do.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var offset = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    private func convert(_ input: [UInt8], from name: String) throws(YAMLProblem) -> [UInt8] {
        let converter = iconv_open("UTF-8", name)
        guard let converter, Int(bitPattern: converter) != -1 else {
            throw YAMLProblem(
                code: .encoding, location: .start, message: "这台机器不支持 \(rawValue) 转换",
                hint: "把文件另存为 UTF-8 后再检查")
        }
        defer { iconv_close(converter) }
        var source = input
        var output = [UInt8](repeating: 0, count: input.count * 2 + 16)
        var failedAt: Int?
        let written = source.withUnsafeMutableBytes { from -> Int in
            output.withUnsafeMutableBytes { to -> Int in
                var inPointer = from.baseAddress?.assumingMemoryBound(to: CChar.self)
                var inLeft = from.count
                var outPointer = to.baseAddress?.assumingMemoryBound(to: CChar.self)
                var outLeft = to.count
                if iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) == -1 || inLeft > 0 {
                    failedAt = from.count - inLeft
                }
                return to.count - outLeft
            }
        }
        if let failedAt {
            throw YAMLProblem(
                code: .encoding, location: location(ofByte: failedAt, in: input),
                message: "文件不是有效的 \(rawValue) 编码：这里的字节无法转换",
                hint: "确认文件的编码；UTF-8 文件不用加 --encoding")
        }
        output.removeSubrange(written...)
        return output
    }

    /// Line and column of a byte in the original encoding.
    private func location(ofByte offset: Int, in bytes: [UInt8]) -> SourceLocation {
        var line = 1, column = 1, index = 0
        let wide = self == .utf16
        while index < offset {
            let isNewline =
                wide
                ? index + 1 < bytes.count
                    && (bytes[index] == 0x0A && bytes[index + 1] == 0
                        || bytes[index] == 0 && bytes[index + 1] == 0x0A)
                : bytes[index] == 0x0A
            if isNewline { line += 1; column = 1 } else { column += 1 }
            index += wide ? 2 : Self.gb18030Width(bytes, at: index)
        }
        return SourceLocation(line: line, column: column, offset: offset)
    }

    private static func gb18030Width(_ bytes: [UInt8], at index: Int) -> Int {
        guard bytes[index] >= 0x81, index + 1 < bytes.count else { return 1 }
        return (0x30...0x39).contains(bytes[index + 1]) ? 4 : 2
    }
}
