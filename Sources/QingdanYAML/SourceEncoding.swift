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

    /// The name iconv knows the encoding of `bytes` by. UTF-16 without a byte order mark is read in
    /// the byte order its ASCII characters show (glibc would otherwise assume the machine's own).
    private func iconvName(for bytes: [UInt8]) -> String {
        switch self {
        case .utf8: "UTF-8"
        case .gb18030: "GB18030"
        case .utf16 where EncodingSniffer.foreignByteOrderMark(bytes) == nil:
            EncodingSniffer.unmarkedUTF16(bytes) == .utf16LittleEndian ? "UTF-16LE" : "UTF-16BE"
        case .utf16: "UTF-16"
        }
    }

    /// The file's text as UTF-8.
    public func decode(_ source: SourceFile, maxBytes: Int) throws(YAMLProblem) -> SourceFile {
        switch self {
        case .utf8:
            return source
        case .gb18030 where Self.isValidUTF8(source.bytes):
            return source
        case .gb18030, .utf16:
            let bytes = try convert(source.bytes)
            guard bytes.count <= maxBytes else {
                throw YAMLProblem(
                    code: .limit, location: .start,
                    message: "转换为 UTF-8 后有 \(bytes.count) 字节，超过上限 \(maxBytes) 字节",
                    hint: "申报文件通常只有几 KB；如确需检查更大的文件，用 --max-file-size 调高上限")
            }
            return SourceFile(path: source.path, bytes: bytes)
        }
    }

    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    private func convert(_ input: [UInt8]) throws(YAMLProblem) -> [UInt8] {
        let converter = iconv_open("UTF-8", iconvName(for: input))
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
