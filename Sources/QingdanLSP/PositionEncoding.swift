/// A place in a document as the protocol counts it: 0-based line, and the character offset in
/// the line in the units of the negotiated encoding (UTF-16 code units unless the client asked
/// for another).
public struct Position: Sendable, Hashable, Comparable {
    public var line: Int
    public var character: Int

    public init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }

    public static func < (a: Position, b: Position) -> Bool { (a.line, a.character) < (b.line, b.character) }

    var json: JSONValue { .object(["line": .int(line), "character": .int(character)]) }

    init?(json: JSONValue?) {
        guard let line = json?["line"]?.intValue, let character = json?["character"]?.intValue, line >= 0,
            character >= 0
        else { return nil }
        self.init(line: line, character: character)
    }
}

public struct TextRange: Sendable, Hashable {
    public var start: Position
    public var end: Position

    public init(start: Position, end: Position) {
        self.start = start
        self.end = end
    }

    public func contains(_ position: Position) -> Bool { start <= position && position <= end }

    func overlaps(_ other: TextRange) -> Bool { start <= other.end && other.start <= end }

    var json: JSONValue { .object(["start": start.json, "end": end.json]) }

    init?(json: JSONValue?) {
        guard let start = Position(json: json?["start"]), let end = Position(json: json?["end"]) else { return nil }
        self.init(start: start, end: end)
    }
}

/// The units a position's `character` counts (LSP 3.17 `PositionEncodingKind`).
public enum PositionEncoding: String, Sendable, CaseIterable {
    case utf16 = "utf-16"
    case utf8 = "utf-8"
    case utf32 = "utf-32"

    /// Units of one character whose UTF-8 sequence starts with `leadByte`.
    @inline(__always)
    func units(leadByte: UInt8) -> Int {
        switch self {
        case .utf8: return 1
        case .utf32: return 1
        case .utf16: return leadByte >= 0xF0 ? 2 : 1
        }
    }

    /// The encoding to use given what the client offers (`general.positionEncodings`): UTF-16
    /// when offered or when nothing is, which every client must support.
    static func negotiate(_ offered: [String]?) -> PositionEncoding {
        guard let offered, !offered.isEmpty else { return .utf16 }
        if offered.contains(PositionEncoding.utf16.rawValue) { return .utf16 }
        return offered.lazy.compactMap(PositionEncoding.init(rawValue:)).first ?? .utf16
    }
}

/// The line starts of a document's UTF-8 bytes, converting byte offsets (what the engine's
/// locations and fixes use) to protocol positions and back. Lines end at LF, CR LF or a lone CR,
/// as the protocol says.
public struct LineIndex: Sendable {
    public let bytes: [UInt8]
    public let encoding: PositionEncoding
    /// The byte offset at which each line starts.
    private(set) var lineStarts: [Int] = [0]

    public init(bytes: [UInt8], encoding: PositionEncoding = .utf16) {
        self.bytes = bytes
        self.encoding = encoding
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A {
                lineStarts.append(index + 1)
            } else if byte == 0x0D {
                if index + 1 < bytes.count && bytes[index + 1] == 0x0A { index += 1 }
                lineStarts.append(index + 1)
            }
            index += 1
        }
    }

    public var lineCount: Int { lineStarts.count }

    /// Whether the first line break is CR LF (what an inserted line should end with).
    var usesCarriageReturns: Bool {
        guard lineStarts.count > 1 else { return false }
        let end = lineStarts[1]
        return end >= 2 && bytes[end - 2] == 0x0D && bytes[end - 1] == 0x0A
    }

    /// Where line `line` (0-based) ends, before its line break.
    func lineEnd(_ line: Int) -> Int {
        guard line + 1 < lineStarts.count else { return bytes.count }
        var end = lineStarts[line + 1]
        if end > lineStarts[line], bytes[end - 1] == 0x0A { end -= 1 }
        if end > lineStarts[line], bytes[end - 1] == 0x0D { end -= 1 }
        return end
    }

    /// The position of a byte offset; an offset inside a character is placed at its start, one
    /// past the end at the end of the last line.
    public func position(ofByte offset: Int) -> Position {
        let target = min(max(offset, 0), bytes.count)
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= target { low = middle } else { high = middle - 1 }
        }
        let end = min(target, lineEnd(low))
        var character = 0
        var cursor = lineStarts[low]
        while cursor < end {
            let width = Self.width(leadByte: bytes[cursor])
            if cursor + width > end { break }
            character += encoding == .utf8 ? width : encoding.units(leadByte: bytes[cursor])
            cursor += width
        }
        return Position(line: low, character: character)
    }

    /// The byte offset of a position; a character past the end of its line is the line's end
    /// (as the protocol asks), a line past the last is the end of the document, and a position
    /// inside a character (half a surrogate pair) is the character's start.
    public func byteOffset(of position: Position) -> Int {
        guard position.line < lineStarts.count else { return bytes.count }
        let end = lineEnd(position.line)
        var cursor = lineStarts[position.line]
        var character = 0
        while cursor < end {
            let width = Self.width(leadByte: bytes[cursor])
            let units = encoding == .utf8 ? width : encoding.units(leadByte: bytes[cursor])
            if character + units > position.character { break }
            character += units
            cursor = min(cursor + width, end)
        }
        return cursor
    }

    /// A byte range as a protocol range.
    public func range(ofBytes range: Range<Int>) -> TextRange {
        TextRange(start: position(ofByte: range.lowerBound), end: position(ofByte: range.upperBound))
    }

    /// The text of line `line` (0-based), without its line break.
    func lineText(_ line: Int) -> String {
        guard line < lineStarts.count else { return "" }
        return String(decoding: bytes[lineStarts[line]..<lineEnd(line)], as: UTF8.self)
    }

    func lineStart(_ line: Int) -> Int { line < lineStarts.count ? lineStarts[line] : bytes.count }

    @inline(__always)
    static func width(leadByte byte: UInt8) -> Int {
        byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
    }
}
