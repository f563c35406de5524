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

    /// Every traditional or non-standard form in `text`, in order.
    public static func issues(in text: String) -> [Issue] {
        // Most names have neither: a bitmap of the scalars that can start one answers that
        // without a dictionary lookup per character.
        var text = text
        guard text.withUTF8(mayHaveIssues) else { return [] }
        var found: [Issue] = []
        let scalars = Array(text.unicodeScalars)
        forEachMatch(in: scalars) { start, match in
            switch match {
            case .form(let form):
                found.append(Issue(kind: .nonstandard, found: form.written, standard: form.standard))
            case .phrase(let phrase):
                // Only its traditional characters: one the 通用规范汉字表 lists is never an issue,
                // though the phrase may write it otherwise (藉 in 憑藉 → 凭借).
                for (offset, written) in phrase.written.enumerated()
                where TraditionalCharacters.table[written] != nil && phrase.simplified[offset] != written {
                    let standard = String(phrase.simplified[offset])
                    found.append(Issue(kind: .traditional, found: String(written), standard: standard))
                }
            case .character(let simplified):
                found.append(Issue(kind: .traditional, found: String(scalars[start]), standard: String(simplified)))
            }
        }
        return found
    }

    private enum Match {
        case form(NonstandardForms.Form)
        case phrase(TraditionalCharacters.Phrase)
        /// A traditional character outside any phrase, with its simplified form.
        case character(Unicode.Scalar)
    }

    /// Calls `body` with each match in `scalars` and where it starts, in order. At each place a
    /// non-standard form comes first, then the longest phrase (計畫 → 计划, where 畫 alone is 画),
    /// then the character.
    private static func forEachMatch(in scalars: [Unicode.Scalar], _ body: (Int, Match) -> Void) {
        var index = 0
        while index < scalars.count {
            if let form = NonstandardForms.match(scalars, at: index) {
                body(index, .form(form))
                index += form.written.unicodeScalars.count
            } else if let phrase = TraditionalCharacters.phrase(in: scalars, at: index) {
                body(index, .phrase(phrase))
                index += phrase.written.count
            } else {
                if let simplified = TraditionalCharacters.table[scalars[index]] { body(index, .character(simplified)) }
                index += 1
            }
        }
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
            } else if lead & 0xF8 == 0xF0 {
                length = 4
                value = UInt32(lead & 0x07)
            } else {
                index += 1  // not a lead byte
                continue
            }
            guard index + length <= text.count else { return true }
            for offset in 1..<length { value = value << 6 | UInt32(text[index + offset] & 0x3F) }
            let word = Int(value) >> 6
            if word < bits.count, bits[word] & (1 << UInt64(value & 63)) != 0 { return true }
            index += length
        }
        return false
    }

    /// The scalars that can be an issue or begin one (a traditional character, the first of a
    /// non-standard form), as a bitmap up to the highest of them.
    enum Candidates {
        static let bits: [UInt64] = {
            let starts =
                Array(TraditionalCharacters.table.keys) + NonstandardForms.all.map { $0.written.unicodeScalars.first! }
            var bits = [UInt64](repeating: 0, count: Int(starts.map(\.value).max()! >> 6) + 1)
            for scalar in starts { bits[Int(scalar.value) >> 6] |= 1 << UInt64(scalar.value & 63) }
            return bits
        }()
    }

    /// `text` with every issue replaced by its standard form, and each phrase holding one by its
    /// simplified phrase (傢俱 → 家具): the suggestion a message shows.
    public static func corrected(_ text: String) -> String {
        var text = text
        guard text.withUTF8(mayHaveIssues) else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var copied = 0
        forEachMatch(in: scalars) { start, match in
            result.append(contentsOf: scalars[copied..<start])
            switch match {
            case .form(let form):
                result.append(contentsOf: form.standard.unicodeScalars)
                copied = start + form.written.unicodeScalars.count
            case .phrase(let phrase):
                result.append(contentsOf: phrase.simplified)
                copied = start + phrase.written.count
            case .character(let simplified):
                result.append(simplified)
                copied = start + 1
            }
        }
        result.append(contentsOf: scalars[copied...])
        return String(result)
    }
}
