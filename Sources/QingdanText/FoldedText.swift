/// Chinese text with the variations that do not change its meaning folded away, for matching
/// names across drafters' typing habits:
///
/// - full-width ASCII forms (`ＡＢＣ１２３`) become ASCII, and ASCII letters lower case;
/// - every kind of space (including the ideographic space U+3000) and every quotation mark is dropped;
/// - bracket styles (`（）`, `【】`, `〔〕`, `［］`, `「」`, `『』`, `()`, `[]`) become `(` and `)`;
/// - interpuncts (`·`, `・`, `•`, `‧`) become `·`, and dashes become `-`.
///
/// Matching works on the UTF-8 bytes: UTF-8 is self-synchronising, so a byte match of two
/// folded strings is always a match of whole characters.
public struct FoldedText: Hashable, Sendable, CustomStringConvertible {
    public let bytes: [UInt8]

    public init(_ text: some StringProtocol) {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let folded = FoldedText.fold(scalar) { scalars.append(folded) }
        }
        bytes = Array(String(scalars).utf8)
    }

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    public var description: String { String(decoding: bytes, as: UTF8.self) }
    public var isEmpty: Bool { bytes.isEmpty }

    /// Whether `other` occurs in this text.
    public func contains(_ other: FoldedText) -> Bool {
        let needle = other.bytes
        guard !needle.isEmpty else { return true }
        guard needle.count <= bytes.count else { return false }
        let first = needle[0]
        var start = 0
        let last = bytes.count - needle.count
        while start <= last {
            if bytes[start] == first {
                var index = 1
                while index < needle.count && bytes[start + index] == needle[index] { index += 1 }
                if index == needle.count { return true }
            }
            start += 1
        }
        return false
    }

    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        switch value {
        case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x3000, 0x2000...0x200B, 0x202F, 0x205F, 0xFEFF:
            return nil
        case 0x22, 0x27, 0x2018, 0x2019, 0x201C, 0x201D, 0xFF02, 0xFF07, 0x300C, 0x300D, 0x300E, 0x300F:
            // Quotation marks, including the corner brackets used as quotes.
            return nil
        case 0x28, 0x5B, 0xFF08, 0xFF3B, 0x3010, 0x3014, 0x3016, 0xFF5B, 0x7B:
            return "("
        case 0x29, 0x5D, 0xFF09, 0xFF3D, 0x3011, 0x3015, 0x3017, 0xFF5D, 0x7D:
            return ")"
        case 0xB7, 0x30FB, 0x2022, 0x2027, 0xFF65:
            return "·"
        case 0x2010...0x2015, 0x2212, 0xFF0D:
            return "-"
        case 0xFF01...0xFF5E:
            return Unicode.Scalar(value - 0xFEE0).map(lowercased)
        case 0x41...0x5A:
            return lowercased(scalar)
        default:
            return scalar
        }
    }

    private static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        (0x41...0x5A).contains(scalar.value) ? Unicode.Scalar(scalar.value + 0x20)! : scalar
    }
}

extension FoldedText {
    /// This text with every occurrence of `other` taken out.
    public func removing(_ other: FoldedText) -> FoldedText {
        guard !other.isEmpty, contains(other) else { return self }
        var result: [UInt8] = []
        var index = 0
        let needle = other.bytes
        while index < bytes.count {
            if index + needle.count <= bytes.count, bytes[index..<index + needle.count].elementsEqual(needle) {
                index += needle.count
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return FoldedText(bytes: result)
    }
}
