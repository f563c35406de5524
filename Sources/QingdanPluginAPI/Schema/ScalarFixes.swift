import QingdanYAML

/// The certain rewrites of a date or number written the way people write them by hand:
/// `2024年3月1日` → `2024-03-01`, `420平方米` → `420` (for a key in square metres). Anything
/// that might mean something else gets none.
public enum ScalarFixes {
    /// `text` as `YYYY-MM-DD`, when it names one real day: `2024年3月1日`, `2024-3-1`,
    /// `2024/3/1`, `2024.03.01` (full-width digits too).
    public static func date(_ text: String) -> String? {
        let folded = foldingWidth(text).trimmingSpaces
        var parts: [Int] = []
        var current = ""
        var separator: Character?
        var chinese = false
        for character in folded {
            if character.isASCII, character.isNumber {
                current.append(character)
                continue
            }
            // A year of four digits, a month and a day of at most two (not 2024年03月001日).
            guard !current.isEmpty, current.count <= (parts.isEmpty ? 4 : 2), let value = Int(current) else {
                return nil
            }
            parts.append(value)
            current = ""
            switch character {
            case "年" where parts.count == 1, "月" where parts.count == 2:
                chinese = true
            case "日" where parts.count == 3 && chinese:
                break
            case "-", "/", ".":
                guard !chinese, separator == nil || separator == character, parts.count < 3 else { return nil }
                separator = character
            default:
                return nil
            }
        }
        if !current.isEmpty {
            guard !chinese, current.count <= 2, let value = Int(current) else { return nil }
            parts.append(value)
        }
        guard parts.count == 3, String(parts[0]).count == 4,
            let date = CivilDate(year: parts[0], month: parts[1], day: parts[2])
        else { return nil }
        return date.description
    }

    /// The units a key's name says its number is in (`_m2`, `households`, `_yuan`).
    static func units(ofKey key: String?) -> [String] {
        guard let key else { return [] }
        if key.hasSuffix("_m2") { return ["平方米", "平米", "㎡", "m²", "m2", "M2"] }
        if key == "households" || key.hasSuffix("_households") { return ["户"] }
        if key.hasSuffix("_yuan") { return ["元"] }
        return []
    }

    /// `text` as a bare number of the key's type: full-width digits folded, thousands separators
    /// and a unit that the key's name gives (`420平方米` for `building_area_m2`) removed.
    public static func number(_ text: String, key: String?, integer: Bool) -> String? {
        var folded = foldingWidth(text).trimmingSpaces
        for unit in units(ofKey: key) where folded.hasSuffix(unit) {
            folded = String(folded.dropLast(unit.count)).trimmingSpaces
            break
        }
        var digits = Substring(folded)
        let negative = digits.first == "-"
        if negative { digits = digits.dropFirst() }
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= (integer ? 1 : 2), let whole = parts.first, !whole.isEmpty else { return nil }
        if parts.count == 2 && (parts[1].isEmpty || !parts[1].allSatisfy(\.isASCIIDigit)) { return nil }
        var wholeDigits = String(whole)
        if whole.contains(",") {
            // Thousands only: 1,500 and 12,345,678, never 1,50.
            let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
            guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else {
                return nil
            }
            wholeDigits = groups.joined()
        }
        guard wholeDigits.allSatisfy(\.isASCIIDigit), wholeDigits.count <= 15 else { return nil }
        if wholeDigits.count > 1 && wholeDigits.first == "0" { return nil }
        let result = (negative ? "-" : "") + wholeDigits + (parts.count == 2 ? "." + parts[1] : "")
        return result
    }

    /// Full-width digits and the full-width forms of `-`, `.`, `/` and `,` as ASCII; U+3000 as a space.
    static func foldingWidth(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if (0xFF01...0xFF5E).contains(scalar.value), let folded = Unicode.Scalar(scalar.value - 0xFEE0),
                folded.properties.numericType != nil || "-./,".unicodeScalars.contains(folded)
            {
                scalars.append(folded)
            } else if scalar == "\u{3000}" {
                scalars.append(" ")
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}

extension String {
    fileprivate var trimmingSpaces: String {
        var text = Substring(self)
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
