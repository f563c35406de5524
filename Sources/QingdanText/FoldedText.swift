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
            self.init(
                bytes: FoldedText.fold(Scalars(text))
                    ?? FoldedText.fold(String(decoding: text, as: UTF8.self).unicodeScalars))
            return
        }
        self.init(bytes: Array(text))
    }

    /// The scalars of well-formed UTF-8, decoded without making a String; nil at the first
    /// malformed sequence (String's decoding then repairs it).
    private struct Scalars: Sequence, IteratorProtocol {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0
        var malformed = false

        init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func next() -> Unicode.Scalar? {
            guard index < bytes.count else { return nil }
            let lead = bytes[index]
            let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0
            guard length > 0, index + length <= bytes.count else { return fail() }
            var value = length == 1 ? UInt32(lead) : UInt32(lead) & (0xFF >> (length + 1))
            for offset in 1..<length {
                let byte = bytes[index + offset]
                guard byte & 0xC0 == 0x80 else { return fail() }
                value = value << 6 | UInt32(byte & 0x3F)
            }
            index += length
            guard let scalar = Unicode.Scalar(value), value >= [0, 0, 0x80, 0x800, 0x10000][length] else {
                return fail()
            }
            return scalar
        }

        private mutating func fail() -> Unicode.Scalar? {
            malformed = true
            index = bytes.count
            return nil
        }
    }

    /// The folded bytes of well-formed UTF-8, or nil when it is malformed.
    private static func fold(_ scalars: Scalars) -> [UInt8]? {
        var scalars = scalars
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.bytes.count)
        while let scalar = scalars.next() { append(fold(scalar), to: &bytes) }
        return scalars.malformed ? nil : bytes
    }

    /// The UTF-8 bytes of `scalars` with every foldable character folded.
    private static func fold(_ scalars: some Sequence<Unicode.Scalar>) -> [UInt8] {
        var bytes: [UInt8] = []
        for scalar in scalars { append(fold(scalar), to: &bytes) }
        return bytes
    }

    private static func append(_ scalar: Unicode.Scalar?, to bytes: inout [UInt8]) {
        guard let folded = scalar else { return }
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
        // memchr finds each candidate for one byte of the needle; memcmp compares the whole. The
        // byte is the third when there is one: in Chinese text a character's first byte is one of
        // a few (E4 to E9), its last of sixty-four, so far fewer candidates are false.
        return bytes.withUnsafeBufferPointer { haystack in
            other.bytes.withUnsafeBufferPointer { needle in
                let base = haystack.baseAddress!, anchor = needle.count >= 3 ? 2 : 0
                let anchorByte = Int32(needle[anchor])
                var position = anchor
                let last = haystack.count - needle.count + anchor
                while position <= last {
                    guard let found = memchr(base + position, anchorByte, last - position + 1) else { return false }
                    position = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + position - anchor, needle.baseAddress!, needle.count) == 0 { return true }
                    position += 1
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

    /// The two texts one after the other (folding works character by character, so this is the
    /// folded form of the two written together).
    public static func + (first: FoldedText, second: FoldedText) -> FoldedText {
        FoldedText(bytes: first.bytes + second.bytes)
    }

    /// This text with every occurrence of each of `words` taken out, in turn: the same as
    /// removing them one after another, without a copy for each word that does not occur.
    public func removing(each words: [FoldedText]) -> FoldedText {
        var result = self
        for word in words { result = result.removing(word) }
        return result
    }

    /// This text without the characters `scalars` holds (each a single scalar).
    public func removing(scalars: Set<Unicode.Scalar>) -> FoldedText {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let length = FoldedText.scalarLength(bytes[index])
            let end = min(index + length, bytes.count)
            let scalar = Unicode.Scalar(FoldedText.decode(bytes[index..<end]))
            if scalar.map({ !scalars.contains($0) }) ?? true { result.append(contentsOf: bytes[index..<end]) }
            index = end
        }
        return FoldedText(bytes: result)
    }

    /// How many characters (scalars) the text holds: what `description.count` gives for the
    /// Chinese text it is used on, without breaking it into grapheme clusters.
    public var scalarCount: Int { bytes.count { $0 & 0xC0 != 0x80 } }

    /// The pairs of adjacent scalars, each as the two scalar values in one number.
    public var scalarPairs: [UInt64] {
        var pairs: [UInt64] = []
        pairs.reserveCapacity(bytes.count / 2)
        var previous: UInt64?
        var index = 0
        while index < bytes.count {
            let end = min(index + FoldedText.scalarLength(bytes[index]), bytes.count)
            let value = UInt64(FoldedText.decode(bytes[index..<end]))
            if let previous { pairs.append(previous << 32 | value) }
            previous = value
            index = end
        }
        return pairs
    }

    static func scalarLength(_ lead: UInt8) -> Int { lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4 }

    /// The value of one UTF-8 sequence (the folded bytes are well-formed).
    static func decode(_ sequence: ArraySlice<UInt8>) -> UInt32 {
        guard let lead = sequence.first else { return 0 }
        guard sequence.count > 1 else { return UInt32(lead) }
        var value = UInt32(lead) & (0xFF >> (sequence.count + 1))
        for byte in sequence.dropFirst() { value = value << 6 | UInt32(byte & 0x3F) }
        return value
    }
}
