/// Writes pretty-printed JSON with a fixed key order, so reports are byte-identical across runs.
/// `JSONStream` writes as it goes (reports of many thousands of files); `JSONWriter.Value` is a
/// tree for small documents (schemas, baselines), written through the same stream.
public struct JSONStream {
    public private(set) var text = TextBuffer(capacity: 2048)
    private var depth: Int
    /// Members written so far in each open object or array.
    private var counts: [Int] = []

    /// A stream whose containers start at `depth` levels of indentation.
    public init(depth: Int = 0) {
        self.depth = depth
    }

    public mutating func beginObject() { open("{") }
    public mutating func endObject() { close("}") }
    public mutating func beginArray() { open("[") }
    public mutating func endArray() { close("]") }

    /// Starts a member of the innermost object.
    public mutating func key(_ name: String) {
        member()
        JSONWriter.escape(name, into: &text)
        text += ": "
    }

    /// Starts an element of the innermost array.
    public mutating func item() { member() }

    public mutating func string(_ value: String) { JSONWriter.escape(value, into: &text) }
    public mutating func string(_ value: String?) { if let value { string(value) } else { null() } }
    public mutating func int(_ value: Int) { text += String(value) }
    public mutating func bool(_ value: Bool) { text += value ? "true" : "false" }
    public mutating func null() { text += "null" }

    /// A member whose value is a string, or `null` when there is none.
    public mutating func member(_ name: String, _ value: String?) {
        key(name)
        string(value)
    }

    public mutating func member(_ name: String, _ value: Int) {
        key(name)
        int(value)
    }

    /// Appends text as it is (for separators between streamed parts of a document).
    public mutating func raw(_ piece: String) { text += piece }

    /// Appends a value written before by a stream at the same depth (`fragment(at:)`), after
    /// `key` or `item`: what does not change between findings is written once.
    public mutating func raw(_ fragment: TextBuffer) { text.bytes.append(contentsOf: fragment.bytes) }

    /// Starts writing members of an object another stream has open and written members of: the
    /// text is a fragment for `raw(_:)` into that stream.
    public mutating func beginFragment() { counts.append(1) }

    /// The levels of indentation of what is written next.
    public var currentDepth: Int { depth }

    /// Hands over what was written and empties the stream (its open containers stay open).
    public mutating func take() -> TextBuffer {
        let written = text
        text.removeAll()
        return written
    }

    private mutating func open(_ bracket: String) {
        text += bracket
        counts.append(0)
        depth += 1
    }

    private mutating func close(_ bracket: String) {
        depth -= 1
        if counts.removeLast() > 0 {
            text.append(byte: 0x0A)
            JSONWriter.indent(depth, into: &text)
        }
        text += bracket
    }

    private mutating func member() {
        if counts[counts.count - 1] > 0 { text.append(byte: 0x2C) }
        counts[counts.count - 1] += 1
        text.append(byte: 0x0A)
        JSONWriter.indent(depth, into: &text)
    }
}

public enum JSONWriter {
    public indirect enum Value: Sendable {
        case string(String)
        case int(Int)
        case bool(Bool)
        case null
        case array([Value])
        case object([(String, Value)])

        public static func optional(_ text: String?) -> Value { text.map(Value.string) ?? .null }
    }

    public static func render(_ value: Value) -> String {
        var stream = JSONStream()
        write(value, to: &stream)
        return stream.text.string + "\n"
    }

    /// Writes `value` pretty-printed at `indent` levels of two spaces.
    public static func write(_ value: Value, indent: Int, into output: inout TextBuffer) {
        var stream = JSONStream(depth: indent)
        write(value, to: &stream)
        output.bytes.append(contentsOf: stream.text.bytes)
    }

    public static func write(_ value: Value, to stream: inout JSONStream) {
        switch value {
        case .string(let text): stream.string(text)
        case .int(let number): stream.int(number)
        case .bool(let flag): stream.bool(flag)
        case .null: stream.null()
        case .array(let items):
            stream.beginArray()
            for item in items {
                stream.item()
                write(item, to: &stream)
            }
            stream.endArray()
        case .object(let pairs):
            stream.beginObject()
            for (key, item) in pairs {
                stream.key(key)
                write(item, to: &stream)
            }
            stream.endObject()
        }
    }

    static func indent(_ level: Int, into output: inout TextBuffer) {
        for _ in 0..<level {
            output.append(byte: 0x20)
            output.append(byte: 0x20)
        }
    }

    public static func escape(_ text: String, into output: inout String) {
        var buffer = TextBuffer()
        escape(text, into: &buffer)
        output += buffer.string
    }

    /// Writes `text` as a JSON string: runs that need no escaping are copied whole; quotes,
    /// backslashes, and every character `VisibleText` hides (controls, DEL, C1 controls,
    /// U+2028/U+2029, bidirectional controls, U+FEFF, U+FFFE/U+FFFF) are escaped, so a report
    /// printed on a terminal shows them as `\u001b` instead of acting on them.
    public static func escape(_ text: String, into output: inout TextBuffer) {
        var text = text
        output.append(byte: 0x22)
        text.withUTF8 { utf8 in
            var runStart = 0
            var index = 0
            let plain = Self.plainBytes
            while index < utf8.count {
                let byte = utf8[index]
                // Most bytes (every byte of most Chinese text) can begin nothing to escape.
                if plain[Int(byte)] {
                    index += 1
                    continue
                }
                let hidden: (value: UInt32, width: Int)? =
                    byte < 0x20 || byte == 0x7F ? (UInt32(byte), 1) : byte >= 0xC2 ? hiddenScalar(utf8, at: index) : nil
                guard hidden != nil || byte == 0x22 || byte == 0x5C else {
                    index += 1
                    continue
                }
                output.append(UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                switch (byte, hidden) {
                case (0x22, _): output += "\\\""
                case (0x5C, _): output += "\\\\"
                case (0x0A, _): output += "\\n"
                case (0x0D, _): output += "\\r"
                case (0x09, _): output += "\\t"
                case (_, let hidden?):
                    let hex = String(hidden.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                    index += hidden.width - 1
                default: break
                }
                index += 1
                runStart = index
            }
            output.append(UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
        }
        output.append(byte: 0x22)
    }

    /// Bytes that cannot begin anything `escape` changes: not a control, quote, backslash or DEL,
    /// and not a lead byte of a hidden character (C2, D8, E2, EF).
    static let plainBytes: [Bool] = (0..<256).map { byte in
        !(byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F || [0xC2, 0xD8, 0xE2, 0xEF].contains(byte))
    }

    /// `escape(_:into:)`, and when `inScript`, `<`, `>` and `&` written as `\u003c`, `\u003e` and
    /// `\u0026` too: the string can stand inside an HTML `<script>` element, where no `</script>`
    /// or `<!--` in it can end or change the element (U+2028 and U+2029 are escaped already).
    public static func escape(_ text: String, inScript: Bool, into output: inout TextBuffer) {
        let start = output.bytes.count
        escape(text, into: &output)
        guard inScript, output.bytes[start...].contains(where: { $0 == 0x3C || $0 == 0x3E || $0 == 0x26 }) else {
            return
        }
        let written = output.bytes[start...]
        output.bytes.removeSubrange(start...)
        for byte in written {
            switch byte {
            case 0x3C: output += "\\u003c"
            case 0x3E: output += "\\u003e"
            case 0x26: output += "\\u0026"
            default: output.append(byte: byte)
            }
        }
    }

    /// The character at `index` when `VisibleText` hides it (all such are below U+10000), with
    /// its width in bytes.
    @inline(__always)
    static func hiddenScalar(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, width: Int)? {
        let lead = utf8[index]
        if lead == 0xC2 || lead == 0xD8, index + 1 < utf8.count {
            let value = UInt32(lead & 0x1F) << 6 | UInt32(utf8[index + 1] & 0x3F)
            return VisibleText.isHidden(value) ? (value, 2) : nil
        }
        if lead == 0xE2 || lead == 0xEF, index + 2 < utf8.count {
            let value = UInt32(lead & 0x0F) << 12 | UInt32(utf8[index + 1] & 0x3F) << 6 | UInt32(utf8[index + 2] & 0x3F)
            return VisibleText.isHidden(value) ? (value, 3) : nil
        }
        return nil
    }
}
