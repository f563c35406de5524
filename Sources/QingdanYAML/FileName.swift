/// File names as the system stores them (bytes, not always UTF-8) and as Qingdan carries them
/// (Swift strings, always valid Unicode). A name that is valid UTF-8 is the string it spells. A
/// byte that is not part of valid UTF-8 (a name written by a GBK system: `村务.yaml` in GBK) is
/// kept as one private-use character, U+10FF80 to U+10FFFF for bytes 0x80 to 0xFF, so the file
/// can still be opened under exactly its name; reports show such a byte as `\xNN`.
public enum FileName {
    /// The first of the 128 private-use characters that stand for bytes 0x80…0xFF.
    static let escapeBase: UInt32 = 0x10_FF00

    /// A name from the system (a directory entry, a command-line argument).
    public static func decode(_ bytes: some Collection<UInt8>) -> String {
        let array = Array(bytes)
        // A name that spells one of the escape characters itself is escaped byte by byte, so
        // that every escape character read back stands for one byte.
        if let valid = String(validating: array, as: UTF8.self),
            !array.contains(0xF4) || !valid.unicodeScalars.contains(where: { escapedByte($0) != nil })
        {
            return valid
        }
        var scalars = String.UnicodeScalarView()
        var index = 0
        while index < array.count {
            if let (scalar, length) = scalar(in: array, at: index) {
                scalars.append(scalar)
                index += length
            } else {
                scalars.append(Unicode.Scalar(escapeBase + UInt32(array[index]))!)
                index += 1
            }
        }
        return String(scalars)
    }

    /// A name from a C string (`argv`).
    public static func decode(cString: UnsafePointer<CChar>) -> String {
        var count = 0
        while cString[count] != 0 { count += 1 }
        return cString.withMemoryRebound(to: UInt8.self, capacity: count) {
            decode(UnsafeBufferPointer(start: $0, count: count))
        }
    }

    /// Calls `body` with the name as the system spells it, NUL-terminated.
    public static func withSystemName<Result>(_ path: String, _ body: (UnsafePointer<CChar>) throws -> Result) rethrows
        -> Result
    {
        // Every escape character's UTF-8 starts with 0xF4: without one, the string is the name.
        guard path.utf8.contains(0xF4) else { return try path.withCString(body) }
        var bytes: [UInt8] = []
        for scalar in path.unicodeScalars {
            if let byte = escapedByte(scalar) {
                bytes.append(byte)
            } else {
                bytes.append(contentsOf: String(scalar).utf8)
            }
        }
        bytes.append(0)
        return try bytes.withUnsafeBufferPointer { buffer in
            try buffer.withMemoryRebound(to: CChar.self) { try body($0.baseAddress!) }
        }
    }

    /// The name for people: each byte that is not UTF-8 as `\xNN`.
    public static func readable(_ path: String) -> String {
        guard path.utf8.contains(0xF4) else { return path }
        var text = ""
        for scalar in path.unicodeScalars {
            if let byte = escapedByte(scalar) {
                text += "\\x" + String(byte, radix: 16, uppercase: true)
            } else {
                text.unicodeScalars.append(scalar)
            }
        }
        return text
    }

    private static func escapedByte(_ scalar: Unicode.Scalar) -> UInt8? {
        scalar.value >= escapeBase + 0x80 && scalar.value <= escapeBase + 0xFF
            ? UInt8(scalar.value - escapeBase) : nil
    }

    /// The well-formed UTF-8 sequence at `index` (no overlong forms, surrogates or values above
    /// U+10FFFF), or nil.
    private static func scalar(in bytes: [UInt8], at index: Int) -> (Unicode.Scalar, Int)? {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: (length, value) = (2, UInt32(lead & 0x1F))
        case 0xE0...0xEF: (length, value) = (3, UInt32(lead & 0x0F))
        case 0xF0...0xF4: (length, value) = (4, UInt32(lead & 0x07))
        default: return nil
        }
        guard index + length <= bytes.count else { return nil }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        let smallest: [UInt32] = [0, 0, 0x80, 0x800, 0x10000]
        guard value >= smallest[length], let scalar = Unicode.Scalar(value), escapedByte(scalar) == nil else {
            return nil
        }
        return (scalar, length)
    }
}
