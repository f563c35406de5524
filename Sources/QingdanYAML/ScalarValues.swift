/// Typed readings of scalars. The parser keeps every scalar as text; a value becomes a number,
/// a boolean or a date only when a reader asks for one, so nothing is guessed on the hot path.
/// Only plain (unquoted) scalars read as numbers, booleans or null: `"860"` stays text.
extension YAMLNode {
    /// `~`, `null` or nothing at all, written plain.
    @inlinable
    public var isNull: Bool {
        let record = self.record
        guard record.kind == .scalar, record.style == .plain else { return false }
        switch record.payloadCount {
        case 0: return true
        case 1: return textEquals("~")
        case 4: return textEquals("null") || textEquals("Null") || textEquals("NULL")
        default: return false
        }
    }

    /// A plain decimal integer such as `860` or `-3`.
    public var integer: Int? {
        guard kind == .scalar, style == .plain else { return nil }
        return withTextBytes { bytes -> Int? in
            var index = 0
            var negative = false
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
                negative = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            guard index < bytes.count, bytes.count - index <= 18 else { return nil }
            var value = 0
            while index < bytes.count {
                let digit = bytes[index] &- UInt8(ascii: "0")
                guard digit < 10 else { return nil }
                value = value * 10 + Int(digit)
                index += 1
            }
            return negative ? -value : value
        } ?? nil
    }

    /// A plain decimal number such as `420`, `420.5` or `1e3`.
    public var number: Double? {
        if let integer { return Double(integer) }
        guard kind == .scalar, style == .plain, let text else { return nil }
        guard
            text.utf8.allSatisfy({ byte in
                (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: ".")
                    || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "e")
                    || byte == UInt8(ascii: "E")
            })
        else { return nil }
        return Double(text).flatMap { $0.isFinite ? $0 : nil }
    }

    /// A plain `true` or `false` (YAML 1.2: `yes`, `no`, `on` and `off` are text).
    public var boolean: Bool? {
        let record = self.record
        guard record.kind == .scalar, record.style == .plain else { return nil }
        switch record.payloadCount {
        case 4: return textEquals("true") || textEquals("True") || textEquals("TRUE") ? true : nil
        case 5: return textEquals("false") || textEquals("False") || textEquals("FALSE") ? false : nil
        default: return nil
        }
    }

    /// A date written `YYYY-MM-DD`, plain or quoted.
    public var date: CivilDate? {
        guard kind == .scalar, count == 0, let text, text.utf8.count == 10 else { return nil }
        return CivilDate(text)
    }
}
