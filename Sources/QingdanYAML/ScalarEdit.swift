extension YAMLNode {
    /// The edit that makes this scalar read `newText`, touching only the characters that differ,
    /// when that is certain: the scalar is written exactly as its text (plain on one line, or
    /// quoted without escapes or line breaks) and the characters put in cannot change how the
    /// line reads (no quote, backslash or control character; in a plain scalar, no ASCII other
    /// than letters and digits). Nil otherwise, and when nothing differs.
    public func edit(changingTextTo newText: String) -> SourceEdit? {
        guard isScalar, let oldText = text, oldText != newText else { return nil }
        let bytes = tree.source.bytes
        var written = byteRange
        let quote: UInt8?
        switch style {
        case .plain:
            quote = nil
        case .quoted:
            guard written.count >= 2, bytes[written.lowerBound] == 0x22 || bytes[written.lowerBound] == 0x27,
                bytes[written.upperBound - 1] == bytes[written.lowerBound]
            else { return nil }
            quote = bytes[written.lowerBound]
            written = written.lowerBound + 1..<written.upperBound - 1
        case .block, .notScalar:
            return nil
        }
        let old = Array(oldText.utf8)
        guard bytes[written].elementsEqual(old) else { return nil }
        let new = Array(newText.utf8)
        var prefix = 0
        while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
        while prefix > 0, prefix < old.count, Self.isContinuation(old[prefix]) { prefix -= 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix,
            old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
        {
            suffix += 1
        }
        while suffix > 0, Self.isContinuation(old[old.count - suffix]) { suffix -= 1 }
        let inserted = String(decoding: new[prefix..<new.count - suffix], as: UTF8.self)
        guard inserted.unicodeScalars.allSatisfy({ Self.isSafe($0, quote: quote) }) else { return nil }
        if quote == nil, new.isEmpty { return nil }
        return SourceEdit(range: written.lowerBound + prefix..<written.upperBound - suffix, replacement: inserted)
    }

    private static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }

    /// Whether `scalar` may be put into a scalar written with `quote` (nil: plain) without
    /// changing how the YAML reads: YAML 1.1 breaks lines at U+0085, U+2028 and U+2029 too.
    private static func isSafe(_ scalar: Unicode.Scalar, quote: UInt8?) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        case 0x00..<0x20, 0x7F, 0x22, 0x27, 0x5C, 0x80...0x9F, 0x2028, 0x2029, 0xFEFF: return false
        case 0x20..<0x80: return quote != nil
        default: return true
        }
    }
}
