/// Numbers as messages print them: plain decimal digits, never an exponent (`1e+18` is
/// `1000000000000000000`), no trailing zeros, no negative zero.
public enum DecimalText {
    /// `value` rounded to `fractionDigits` places (nil: as precise as the value is), in plain
    /// decimal digits.
    public static func of(_ value: Double, fractionDigits: Int? = 2) -> String {
        guard value.isFinite else { return value.isNaN ? "—" : value < 0 ? "-∞" : "∞" }
        var rounded = value
        if let fractionDigits, abs(value) < 1e15 {
            var scale = 1.0
            for _ in 0..<fractionDigits { scale *= 10 }
            rounded = (value * scale).rounded() / scale
        } else if fractionDigits != nil {
            rounded = value.rounded()
        }
        if rounded == 0 { return "0" }
        // The shortest text that reads back as the value, with its exponent worked in.
        var text = Substring(String(describing: rounded))
        let negative = text.first == "-"
        if negative { text = text.dropFirst() }
        var exponent = 0
        if let mark = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(text[text.index(after: mark)...]) ?? 0
            text = text[..<mark]
        }
        var digits = Array(text.filter { $0 != "." })
        var point = (text.firstIndex(of: ".").map { text.distance(from: text.startIndex, to: $0) } ?? text.count)
        point += exponent
        if point <= 0 {
            digits = Array(repeating: "0", count: 1 - point) + digits
            point = 1
        } else if point > digits.count {
            digits += Array(repeating: "0", count: point - digits.count)
        }
        var whole = String(digits[..<point])
        var fraction = String(digits[point...])
        while whole.count > 1, whole.first == "0" { whole.removeFirst() }
        while fraction.last == "0" { fraction.removeLast() }
        return (negative ? "-" : "") + whole + (fraction.isEmpty ? "" : "." + fraction)
    }
}
