/// Text from a filing (item names, keys, values, file names) made safe to show: characters that
/// would act on a terminal, a log viewer or a browser instead of being read — ESC starting a
/// colour sequence, a carriage return overwriting the line, a bidirectional override reordering
/// it, a line break starting a fake one — are written as `\u{1B}`, so a filing can neither hide
/// what it holds nor print a line of its own. Every reporter and every message on standard error
/// passes what it did not write itself through `escaped`; JSON escapes the same characters as
/// `\u001b` (`JSONWriter`) and XML through `XMLText`.
public enum VisibleText {
    /// Whether the character is shown by its code: C0 controls (tab and line breaks too, since a
    /// value is one line of a report), DEL, C1 controls, U+2028/U+2029, the bidirectional marks,
    /// embeddings, overrides and isolates (U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069),
    /// U+FEFF, and U+FFFE/U+FFFF (which XML cannot carry).
    @inlinable
    public static func isHidden(_ value: UInt32) -> Bool {
        switch value {
        case 0..<0x20, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069, 0xFEFF, 0xFFFE, 0xFFFF:
            true
        default:
            false
        }
    }

    /// Whether `text` may hold a hidden character: a byte below 0x20, DEL, or a lead byte of
    /// one of the others (C2, D8, E2, EF). Most text has none of these, and is passed on as is.
    @inlinable
    static func mayHaveHidden(_ text: String) -> Bool {
        text.utf8.contains { byte in
            byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xD8 || byte == 0xE2 || byte == 0xEF
        }
    }

    /// `text` with every hidden character written as `\u{1B}`.
    public static func escaped(_ text: String) -> String {
        guard mayHaveHidden(text) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            if isHidden(scalar.value) {
                result += code(scalar.value)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    public static func escaped(_ text: String?) -> String? {
        text.map(escaped)
    }

    /// `\u{1B}`: the form Swift and JavaScript write the character in.
    public static func code(_ value: UInt32) -> String {
        "\\u{" + String(value, radix: 16, uppercase: true) + "}"
    }
}
