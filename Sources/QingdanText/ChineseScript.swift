/// Finds characters a signboard must not use: traditional characters (繁体字) and non-standard
/// simplified forms (二简字 and other irregular forms), each with the standard form to use.
public enum ChineseScript {
    public struct Issue: Sendable, Equatable {
        public enum Kind: String, Sendable {
            case traditional
            case nonstandard

            public var chineseName: String {
                switch self {
                case .traditional: "繁体字"
                case .nonstandard: "不规范简化字"
                }
            }
        }

        public let kind: Kind
        /// The text as written (one character, or a short word for word-level forms).
        public let found: String
        public let standard: String
    }

    /// Characters that the Hant→Hans table maps but that are also standard simplified characters
    /// in their own right (通用规范汉字表), such as 乾 in 乾隆 and 乾元村, 著 in 显著.
    public static let standardLookalikes: Set<Unicode.Scalar> = ["乾", "著", "於", "徵", "瞭", "藉", "夥", "摺", "麽"]

    /// Every traditional or non-standard form in `text`, in order.
    public static func issues(in text: String) -> [Issue] {
        // Most names have neither: a bitmap of the scalars that can start one answers that
        // without a dictionary lookup per character.
        var text = text
        guard text.withUTF8(mayHaveIssues) else { return [] }
        var found: [Issue] = []
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if let form = NonstandardForms.match(scalars, at: index) {
                found.append(Issue(kind: .nonstandard, found: form.written, standard: form.standard))
                index += form.written.unicodeScalars.count
                continue
            }
            let scalar = scalars[index]
            if !standardLookalikes.contains(scalar), let simplified = TraditionalCharacters.simplified(scalar) {
                found.append(Issue(kind: .traditional, found: String(scalar), standard: String(simplified)))
            }
            index += 1
        }
        return found
    }

    /// Whether UTF-8 `text` may hold a traditional or non-standard form: false means `issues`
    /// would find none, without making a String of the text first.
    public static func mayHaveIssues(utf8 text: UnsafeBufferPointer<UInt8>) -> Bool {
        let bits = Candidates.bits
        var index = 0
        while index < text.count {
            let lead = text[index]
            let length: Int
            var value: UInt32
            if lead < 0x80 {
                index += 1
                continue
            } else if lead & 0xE0 == 0xC0 {
                length = 2
                value = UInt32(lead & 0x1F)
            } else if lead & 0xF0 == 0xE0 {
                length = 3
                value = UInt32(lead & 0x0F)
            } else {
                index += 1  // beyond the Basic Multilingual Plane (no candidates there), or not a lead byte
                continue
            }
            guard index + length <= text.count else { return true }
            for offset in 1..<length { value = value << 6 | UInt32(text[index + offset] & 0x3F) }
            if bits[Int(value) >> 6] & (1 << UInt64(value & 63)) != 0 { return true }
            index += length
        }
        return false
    }

    /// Scalars in the Basic Multilingual Plane that begin a traditional or non-standard form.
    enum Candidates {
        static let bits: [UInt64] = {
            var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
            func mark(_ scalar: Unicode.Scalar) {
                guard scalar.value < 0x10000 else { return }
                bits[Int(scalar.value) >> 6] |= 1 << UInt64(scalar.value & 63)
            }
            for scalar in TraditionalCharacters.table.keys where !standardLookalikes.contains(scalar) { mark(scalar) }
            for form in NonstandardForms.all { mark(form.written.unicodeScalars.first!) }
            return bits
        }()
    }

    /// `text` with every issue replaced by its standard form: the suggestion a message shows.
    public static func corrected(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if let form = NonstandardForms.match(scalars, at: index) {
                result.append(contentsOf: form.standard.unicodeScalars)
                index += form.written.unicodeScalars.count
                continue
            }
            let scalar = scalars[index]
            if !standardLookalikes.contains(scalar), let simplified = TraditionalCharacters.simplified(scalar) {
                result.append(simplified)
            } else {
                result.append(scalar)
            }
            index += 1
        }
        return String(result)
    }
}
