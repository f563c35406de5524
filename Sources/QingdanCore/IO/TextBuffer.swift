/// UTF-8 output being assembled: what reporters write into. Appending a `String` copies its
/// bytes (no per-character work), which is what makes writing a report of many thousands of
/// files cheap; Swift's own `String +=` costs far more per piece.
public struct TextBuffer: Sendable {
    public var bytes: [UInt8] = []

    public init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    public static func += (buffer: inout TextBuffer, text: String) {
        var text = text
        text.withUTF8 { buffer.bytes.append(contentsOf: $0) }
    }

    public static func += (buffer: inout TextBuffer, text: Substring) {
        buffer += String(text)
    }

    public mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes.append(contentsOf: bytes)
    }

    public mutating func append(byte: UInt8) {
        bytes.append(byte)
    }

    public var isEmpty: Bool { bytes.isEmpty }

    /// The text written so far.
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    public mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }
}
