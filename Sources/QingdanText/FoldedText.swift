#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
        if let folded = text.utf8.withContiguousStorageIfAvailable(FoldedText.init(utf8:)) {
            self = folded
        } else {
            self.init(bytes: FoldedText.fold(text.unicodeScalars))
        }
    }

    /// Folds UTF-8 text, such as a scalar's bytes in a parsed tree, without making a String
    /// first when there is nothing to fold.
    public init(utf8 text: UnsafeBufferPointer<UInt8>) {
        // Most names have nothing to fold: when no byte can begin a foldable character (ASCII
        // upper case, spaces, quotes, brackets; the UTF-8 lead bytes C2, E2, E3, EF), the folded
        // text is the text itself.
        let mayFold = FoldedText.mayFold
        for byte in text where mayFold[Int(byte)] {
            self.init(bytes: FoldedText.fold(String(decoding: text, as: UTF8.self).unicodeScalars))
            return
        }
        self.init(bytes: Array(text))
    }

    /// The UTF-8 bytes of `scalars` with every foldable character folded.
    private static func fold(_ scalars: some Sequence<Unicode.Scalar>) -> [UInt8] {
        var bytes: [UInt8] = []
        for scalar in scalars {
            guard let folded = FoldedText.fold(scalar) else { continue }
            let value = folded.value
            switch value {
            case 0..<0x80:
                bytes.append(UInt8(value))
            case 0x80..<0x800:
                bytes.append(UInt8(0xC0 | value >> 6))
                bytes.append(UInt8(0x80 | value & 0x3F))
            case 0x800..<0x10000:
                bytes.append(UInt8(0xE0 | value >> 12))
                bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
                bytes.append(UInt8(0x80 | value & 0x3F))
            default:
                bytes.append(UInt8(0xF0 | value >> 18))
                bytes.append(UInt8(0x80 | value >> 12 & 0x3F))
                bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
                bytes.append(UInt8(0x80 | value & 0x3F))
            }
        }
        return bytes
    }

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    public var description: String { String(decoding: bytes, as: UTF8.self) }

    /// Bytes that can begin a character `fold` changes.
    static let mayFold: [Bool] = (0..<256).map { value in
        let byte = UInt8(value)
        switch byte {
        case 0x20, 0x09, 0x0A, 0x0D, 0x22, 0x27, 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D, 0x41...0x5A: return true
        case 0xC2, 0xE2, 0xE3, 0xEF: return true
        default: return false
        }
    }
    public var isEmpty: Bool { bytes.isEmpty }

    /// Whether `other` occurs in this text.
    public func contains(_ other: FoldedText) -> Bool {
        guard !other.bytes.isEmpty else { return true }
        guard other.bytes.count <= bytes.count else { return false }
        // memchr finds each candidate start; memcmp compares the rest.
        return bytes.withUnsafeBufferPointer { haystack in
            other.bytes.withUnsafeBufferPointer { needle in
                let base = haystack.baseAddress!, first = Int32(needle[0])
                var start = 0
                let last = haystack.count - needle.count
                while start <= last {
                    guard let found = memchr(base + start, first, last - start + 1) else { return false }
                    let position = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + position, needle.baseAddress!, needle.count) == 0 { return true }
                    start = position + 1
                }
                return false
            }
        }
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
