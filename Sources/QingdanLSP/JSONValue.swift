import QingdanCore
import QingdanYAML

/// A JSON value as the protocol exchanges it. Read with the project's strict `JSONParser` (which
/// refuses what RFC 8259 refuses, lone surrogates included), written with `JSONWriter.escape`
/// (controls and hidden characters as `\u` escapes, CJK and astral characters as UTF-8).
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    /// A number, kept as written so that ids and positions round-trip exactly.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([Member])

    public struct Member: Sendable, Equatable {
        public let key: String
        public let value: JSONValue

        public init(_ key: String, _ value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    public static func int(_ value: Int) -> JSONValue { .number(String(value)) }

    /// An object from pairs, leaving out the pairs whose value is nil.
    public static func object(_ pairs: KeyValuePairs<String, JSONValue?>) -> JSONValue {
        .object(pairs.compactMap { pair in pair.value.map { Member(pair.key, $0) } })
    }

    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.last { $0.key == key }?.value
    }

    public var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    public var intValue: Int? {
        if case .number(let text) = self { return Int(text) ?? Double(text).flatMap { Int(exactly: $0) } }
        return nil
    }

    public var boolValue: Bool? {
        if case .bool(let flag) = self { return flag }
        return nil
    }

    public var arrayValue: [JSONValue]? {
        if case .array(let items) = self { return items }
        return nil
    }

    public var isObject: Bool {
        if case .object = self { return true }
        return false
    }

    /// What the protocol's messages may hold: far more than a filing, a little for nesting.
    static let limits = ParseLimits(
        maxFileBytes: 1 << 30, maxDepth: 128, maxNodes: 20_000_000, maxScalarBytes: 1 << 30)

    /// Parses one JSON text; the problem says what is wrong and where.
    public static func parse(_ bytes: [UInt8]) throws(YAMLProblem) -> JSONValue {
        let tree = try JSONParser.parse(
            SourceFile(path: "message.json", bytes: escapingByteOrderMarks(bytes)), limits: limits)
        return value(of: tree.root)
    }

    /// `bytes` with each U+FEFF written `\ufeff`: the parser refuses the mark in a file's middle
    /// (two files joined), but a message's string may hold one (a document saved with it). Outside
    /// a string the escape is as invalid as the mark.
    static func escapingByteOrderMarks(_ bytes: [UInt8]) -> [UInt8] {
        var index = 0
        var result: [UInt8]?
        var copied = 0
        while index + 2 < bytes.count {
            if bytes[index] == 0xEF && bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF {
                if result == nil { result = [] }
                result!.append(contentsOf: bytes[copied..<index])
                result!.append(contentsOf: Array("\\ufeff".utf8))
                index += 3
                copied = index
            } else {
                index += 1
            }
        }
        guard var escaped = result else { return bytes }
        escaped.append(contentsOf: bytes[copied...])
        return escaped
    }

    private static func value(of node: YAMLNode) -> JSONValue {
        switch node.kind {
        case .mapping:
            return .object(node.pairs.map { Member($0.key.text ?? "", value(of: $0.value)) })
        case .sequence:
            return .array(node.items.map(value(of:)))
        default:
            let text = node.text ?? ""
            if node.style == .quoted { return .string(text) }
            switch text {
            case "null": return .null
            case "true": return .bool(true)
            case "false": return .bool(false)
            default: return .number(text)
            }
        }
    }

    /// The compact JSON text of this value, as UTF-8.
    public var serialized: [UInt8] {
        var buffer = TextBuffer()
        write(into: &buffer)
        return buffer.bytes
    }

    public func write(into buffer: inout TextBuffer) {
        switch self {
        case .null: buffer += "null"
        case .bool(let flag): buffer += flag ? "true" : "false"
        case .number(let text): buffer += text
        case .string(let text): JSONWriter.escape(text, into: &buffer)
        case .array(let items):
            buffer.append(byte: UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { buffer.append(byte: UInt8(ascii: ",")) }
                item.write(into: &buffer)
            }
            buffer.append(byte: UInt8(ascii: "]"))
        case .object(let members):
            buffer.append(byte: UInt8(ascii: "{"))
            for (index, member) in members.enumerated() {
                if index > 0 { buffer.append(byte: UInt8(ascii: ",")) }
                JSONWriter.escape(member.key, into: &buffer)
                buffer.append(byte: UInt8(ascii: ":"))
                member.value.write(into: &buffer)
            }
            buffer.append(byte: UInt8(ascii: "}"))
        }
    }
}
