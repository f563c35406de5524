#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of one input file together with the name it is reported under.
public struct SourceFile: Sendable {
    /// The path as the user gave it; reports print it unchanged (but for bytes of a name that
    /// are not UTF-8, shown as `\xNN`: see `FileName`).
    public let path: String
    public let bytes: [UInt8]
    /// For a filing read from a workbook: the cells its text came from. `bytes` is then the
    /// YAML the cells translate to, and findings are reported at cells, not lines.
    public let origin: SheetOrigin?

    public init(path: String, bytes: [UInt8], origin: SheetOrigin? = nil) {
        self.path = path
        self.bytes = bytes
        self.origin = origin
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// Length of a leading UTF-8 byte order mark (0 or 3).
    public var byteOrderMarkLength: Int {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }

    /// The byte offset of the first byte order mark (U+FEFF) after the start of the file, if any:
    /// one in the middle is almost always two files joined together, or text pasted with its mark.
    public var strayByteOrderMarkOffset: Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            // memchr finds each BB, the mark's middle byte: rarer in Chinese text than EF, which
            // also leads full-width forms (「：」 is EF BC 9A, 「，」 EF BC 8C).
            guard let base = buffer.baseAddress else { return nil }
            var index = byteOrderMarkLength + 1
            while index < buffer.count - 1 {
                guard let found = memchr(base + index, 0xBB, buffer.count - 1 - index) else { return nil }
                index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if buffer[index - 1] == 0xEF && buffer[index + 1] == 0xBF { return index - 1 }
                index += 1
            }
            return nil
        }
    }

    /// Reads a whole file, refusing files larger than `maxBytes` before reading them.
    public static func load(path: String, maxBytes: Int) throws(YAMLProblem) -> SourceFile {
        // Non-blocking, so that opening a named pipe does not wait for a writer; only regular
        // files are read (a pipe or device is refused below, after fstat).
        let fd = FileName.withSystemName(path) { open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC) }
        guard fd >= 0 else {
            throw YAMLProblem(
                code: .unreadable, location: .start,
                message: "无法读取文件：\(errnoDescription(errno))",
                hint: "检查路径是否正确、文件是否存在且可读")
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            throw YAMLProblem(
                code: .unreadable, location: .start,
                message: "无法读取文件：\(errnoDescription(errno))", hint: "检查文件是否可读")
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw YAMLProblem(
                code: .unreadable, location: .start,
                message: "这是一个目录，不是文件", hint: "检查目录时直接给出目录名，Qingdan 会检查其中的申报文件")
        }
        if (info.st_mode & S_IFMT) != S_IFREG {
            throw YAMLProblem(
                code: .unreadable, location: .start,
                message: "这不是普通文件（是管道、设备或套接字），无法检查", hint: "把内容保存为普通的 .yaml 文件再检查")
        }
        let size = Int(info.st_size)
        if size > maxBytes {
            throw YAMLProblem(
                code: .limit, location: .start,
                message: "文件有 \(size) 字节，超过上限 \(maxBytes) 字节",
                hint: "申报文件通常只有几 KB；如确需检查更大的文件，用 --max-file-size 调高上限")
        }
        // Read straight into an uninitialised buffer of the file's size (plus one byte, to notice
        // a file that grew since fstat); a file that keeps growing is read on in chunks.
        var (bytes, failure) = readUpTo(size + 1, from: fd)
        if failure == 0 && bytes.count > size {
            var chunk = [UInt8](repeating: 0, count: 64 * 1024)
            while bytes.count <= maxBytes {
                let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                if count < 0 && errno == EINTR { continue }
                if count < 0 { failure = errno }
                if count <= 0 { break }
                bytes.append(contentsOf: chunk[0..<count])
            }
        }
        if failure != 0 {
            throw YAMLProblem(
                code: .unreadable, location: .start,
                message: "读取文件出错：\(errnoDescription(failure))", hint: "检查文件所在的磁盘或网络位置是否可用")
        }
        if bytes.count > maxBytes {
            throw YAMLProblem(
                code: .limit, location: .start, message: "文件超过上限 \(maxBytes) 字节",
                hint: "申报文件通常只有几 KB；如确需检查更大的文件，用 --max-file-size 调高上限")
        }
        return SourceFile(path: FileName.readable(path), bytes: bytes)
    }

    /// The first `count` bytes of a file (all of it when it is shorter), for a quick look at its
    /// header; nil when the file cannot be read.
    public static func loadPrefix(path: String, count: Int) -> (source: SourceFile, isWhole: Bool)? {
        let fd = FileName.withSystemName(path) { open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC) }
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        let (bytes, failure) = readUpTo(count + 1, from: fd)
        guard failure == 0 else { return nil }
        return bytes.count > count
            ? (SourceFile(path: path, bytes: Array(bytes.prefix(count))), false)
            : (SourceFile(path: path, bytes: bytes), true)
    }

    /// Reads until `count` bytes or the end of the file, straight into an uninitialised buffer;
    /// the error number is 0 unless a read failed.
    private static func readUpTo(_ count: Int, from fd: Int32) -> (bytes: [UInt8], failure: Int32) {
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            while initialized < buffer.count {
                let got = read(fd, buffer.baseAddress! + initialized, buffer.count - initialized)
                if got < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if got == 0 { return }
                initialized += got
            }
        }
        return (bytes, failure)
    }

    /// The location of a byte offset, counting columns in Unicode scalars.
    public func location(ofByteOffset target: Int) -> SourceLocation {
        let end = min(max(target, 0), bytes.count)
        var line = 1
        var lineStart = 0
        var index = 0
        while index < end {
            if bytes[index] == 0x0A { line += 1; lineStart = index + 1 }
            index += 1
        }
        var column = 1
        var cursor = max(lineStart, byteOrderMarkLength)
        // An offset inside a character (libyaml reports a bad trailing byte at the byte itself)
        // is located at the character's start.
        while cursor < end {
            let next = cursor + UTF8Width.of(leadByte: bytes[cursor])
            if next > end { break }
            cursor = next
            column += 1
        }
        return SourceLocation(line: line, column: column, offset: end)
    }

    /// The text of one line (1-based), without its line break.
    public func lineText(_ number: Int) -> String? {
        var line = 1
        var start = byteOrderMarkLength
        var index = start
        while index < bytes.count {
            if bytes[index] == 0x0A {
                if line == number { break }
                line += 1
                start = index + 1
            }
            index += 1
        }
        guard line == number, start <= bytes.count else { return nil }
        var end = index
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}

enum UTF8Width {
    /// Bytes in the UTF-8 sequence a lead byte starts; 1 for stray continuation bytes.
    @inline(__always)
    static func of(leadByte byte: UInt8) -> Int {
        1 + Int(truncatingIfNeeded: (byte >= 0xC0 ? 1 : 0) &+ (byte >= 0xE0 ? 1 : 0) &+ (byte >= 0xF0 ? 1 : 0))
    }
}

func errnoDescription(_ code: Int32) -> String { SystemErrorText.describe(code) }
