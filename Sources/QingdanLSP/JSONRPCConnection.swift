import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Splits a byte stream into the protocol's messages: headers (`Content-Length: N`, optionally
/// `Content-Type`), a blank line, then N bytes of JSON. Bytes may arrive in any pieces; a header
/// that cannot be read is reported once and skipped, so one bad message costs only itself.
public struct MessageFramer: Sendable {
    public enum Frame: Sendable, Equatable {
        case message([UInt8])
        /// Headers without a usable `Content-Length`: what was wrong, in Chinese.
        case badHeader(String)
    }

    /// Headers longer than this are not headers.
    static let maximumHeaderBytes = 16 * 1024
    /// The largest body accepted (a document of a few hundred megabytes is not a filing).
    static let maximumBodyBytes = 512 << 20

    private var buffer: [UInt8] = []
    private var start = 0
    /// The body length of the message whose headers were read, while its body is awaited.
    private var pendingLength: Int?

    public init() {}

    public mutating func append<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
        buffer.append(contentsOf: bytes)
    }

    /// The next complete frame, or nil until more bytes arrive.
    public mutating func next() -> Frame? {
        defer { compact() }
        if let length = pendingLength {
            // A body that holds the next message's header was framed with a wrong length: the
            // message is cut there (and fails as JSON), and the next one read from its header.
            // (Looked for a little past the length, to see a header that begins inside it.)
            let available = min(buffer.count - start, length + 64)
            if let header = Self.headerStart(in: buffer[start..<(start + available)]), header < start + length {
                let body = Array(buffer[start..<header])
                start = header
                pendingLength = nil
                return .message(body)
            }
            guard buffer.count - start >= length else { return nil }
            let body = Array(buffer[start..<(start + length)])
            start += length
            pendingLength = nil
            return .message(body)
        }
        // Blank lines between messages are tolerated.
        while start + 1 < buffer.count, buffer[start] == 0x0D, buffer[start + 1] == 0x0A { start += 2 }
        while start < buffer.count, buffer[start] == 0x0A { start += 1 }
        guard let (headerEnd, bodyStart) = headerTerminator() else {
            if buffer.count - start > Self.maximumHeaderBytes {
                start = buffer.count
                return .badHeader("消息头超过 \(Self.maximumHeaderBytes) 字节且没有结束的空行")
            }
            return nil
        }
        // What comes before the last Content-Length is what a wrongly framed message left over.
        let headerBegin = Self.lastContentLength(in: buffer[start..<headerEnd]) ?? start
        let header = String(decoding: buffer[headerBegin..<headerEnd], as: UTF8.self)
        start = bodyStart
        var length: Int?
        for line in header.split(whereSeparator: { $0 == "\r\n" || $0 == "\n" || $0 == "\r" }) {
            guard let colon = line.firstIndex(of: ":") else {
                return .badHeader("消息头「\(line)」不是「名称: 值」的形式")
            }
            let name = line[..<colon].trimmingSpaces.lowercased()
            let value = line[line.index(after: colon)...].trimmingSpaces
            if name == "content-length" {
                guard let number = Int(value), number >= 0 else {
                    return .badHeader("Content-Length「\(value)」不是非负整数")
                }
                length = number
            }
        }
        guard let length else { return .badHeader("消息头缺少 Content-Length") }
        guard length <= Self.maximumBodyBytes else {
            // The body cannot be skipped safely without reading it all: drop what is buffered.
            start = buffer.count
            return .badHeader("消息长度 \(length) 字节超过上限 \(Self.maximumBodyBytes) 字节")
        }
        pendingLength = length
        return next()
    }

    private static let contentLength = Array("content-length:".utf8)

    /// Where the last `Content-Length:` (in any case) in `bytes` starts.
    static func lastContentLength(in bytes: ArraySlice<UInt8>) -> Int? {
        var found: Int?
        var index = bytes.startIndex
        while index + contentLength.count <= bytes.endIndex {
            if matchesContentLength(bytes, at: index) { found = index }
            index += 1
        }
        return found
    }

    /// Where a header `Content-Length: N` followed by a line break starts in `bytes`, after its
    /// first byte: raw line breaks never stand inside a JSON text's strings, nor between its
    /// tokens next to such words, so this is the next message, not part of this one.
    static func headerStart(in bytes: ArraySlice<UInt8>) -> Int? {
        var index = bytes.startIndex + 1
        while index + contentLength.count < bytes.endIndex {
            if bytes[index] | 0x20 == 0x63, matchesContentLength(bytes, at: index) {
                var cursor = index + contentLength.count
                while cursor < bytes.endIndex, bytes[cursor] == 0x20 { cursor += 1 }
                let digits = cursor
                while cursor < bytes.endIndex, (0x30...0x39).contains(bytes[cursor]) { cursor += 1 }
                if cursor > digits, cursor < bytes.endIndex, bytes[cursor] == 0x0D || bytes[cursor] == 0x0A {
                    return index
                }
            }
            index += 1
        }
        return nil
    }

    private static func matchesContentLength(_ bytes: ArraySlice<UInt8>, at index: Int) -> Bool {
        for (offset, byte) in contentLength.enumerated() {
            let value = bytes[index + offset]
            if (value >= 0x41 && value <= 0x5A ? value | 0x20 : value) != byte { return false }
        }
        return true
    }

    /// The end of the headers and the start of the body: after `\r\n\r\n` (or `\n\n`).
    private func headerTerminator() -> (Int, Int)? {
        var index = start
        let limit = min(buffer.count, start + Self.maximumHeaderBytes + 4)
        while index < limit {
            if buffer[index] == 0x0A {
                if index + 1 < buffer.count, buffer[index + 1] == 0x0A { return (index, index + 2) }
                if index + 2 < buffer.count, buffer[index + 1] == 0x0D, buffer[index + 2] == 0x0A {
                    return (index > start && buffer[index - 1] == 0x0D ? index - 1 : index, index + 3)
                }
            }
            index += 1
        }
        return nil
    }

    private mutating func compact() {
        if start == buffer.count {
            buffer.removeAll(keepingCapacity: true)
            start = 0
        } else if start > 64 * 1024 {
            buffer.removeFirst(start)
            start = 0
        }
    }

    /// `body` framed for sending.
    public static func frame(_ body: [UInt8]) -> [UInt8] {
        Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }
}

extension Substring {
    fileprivate var trimmingSpaces: Substring {
        var text = self
        while text.first == " " || text.first == "\t" { text.removeFirst() }
        while text.last == " " || text.last == "\t" { text.removeLast() }
        return text
    }
}

/// The server's standard input and output: frames read from one, messages written whole to the
/// other (one writer at a time, so messages never interleave).
public final class StandardIOConnection: Sendable {
    private let writeLock = Mutex(())
    let input: Int32
    let output: Int32

    public init(input: Int32 = 0, output: Int32 = 1) {
        self.input = input
        self.output = output
    }

    /// Reads frames until the end of input, handing each to `body`.
    public func readFrames(_ body: (MessageFramer.Frame) -> Void) {
        var framer = MessageFramer()
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { return }
            framer.append(chunk[0..<count])
            while let frame = framer.next() { body(frame) }
        }
    }

    /// Writes one message; false when the output is closed.
    @discardableResult
    public func send(_ body: [UInt8]) -> Bool {
        let bytes = MessageFramer.frame(body)
        return writeLock.withLock { _ in
            bytes.withUnsafeBytes { buffer in
                var written = 0
                while written < buffer.count {
                    let count = write(output, buffer.baseAddress! + written, buffer.count - written)
                    if count < 0 && errno == EINTR { continue }
                    if count <= 0 { return false }
                    written += count
                }
                return true
            }
        }
    }
}
