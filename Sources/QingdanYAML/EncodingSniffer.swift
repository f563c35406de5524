/// Recognises encodings that are not UTF-8, so the error can name what the file looks like.
public enum EncodingSniffer {
    public enum Guess: String, Sendable {
        case utf16LittleEndian = "UTF-16LE"
        case utf16BigEndian = "UTF-16BE"
        case utf32LittleEndian = "UTF-32LE"
        case utf32BigEndian = "UTF-32BE"
        case gb18030 = "GB18030/GBK"

        var isUTF16: Bool { self == .utf16LittleEndian || self == .utf16BigEndian }
    }

    /// An encoding announced by a byte order mark other than UTF-8's.
    public static func foreignByteOrderMark(_ bytes: [UInt8]) -> Guess? {
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return .utf32LittleEndian }
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return .utf32BigEndian }
        if bytes.starts(with: [0xFF, 0xFE]) { return .utf16LittleEndian }
        if bytes.starts(with: [0xFE, 0xFF]) { return .utf16BigEndian }
        return nil
    }

    /// UTF-16 without a byte order mark shows up as NUL bytes beside ASCII text.
    public static func unmarkedUTF16(_ bytes: [UInt8]) -> Guess? {
        let sample = bytes.prefix(256)
        guard sample.count >= 4 else { return nil }
        var evenZeros = 0, oddZeros = 0
        for (index, byte) in sample.enumerated() where byte == 0 {
            if index % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
        }
        let half = sample.count / 2
        // A few zero bytes on the other side are Chinese characters such as 一 (U+4E00).
        if oddZeros * 3 > half && evenZeros * 8 < oddZeros { return .utf16LittleEndian }
        if evenZeros * 3 > half && oddZeros * 8 < evenZeros { return .utf16BigEndian }
        return nil
    }

    /// True when the bytes that are not ASCII read as GB18030 double-byte (or four-byte)
    /// characters throughout: the usual encoding of a file saved by a Chinese Windows editor.
    public static func looksLikeGB18030(_ bytes: [UInt8]) -> Bool {
        var index = 0
        var multiByte = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 { index += 1; continue }
            guard (0x81...0xFE).contains(byte), index + 1 < bytes.count else { return false }
            let second = bytes[index + 1]
            if (0x40...0xFE).contains(second), second != 0x7F {
                index += 2
            } else if (0x30...0x39).contains(second), index + 3 < bytes.count,
                (0x81...0xFE).contains(bytes[index + 2]), (0x30...0x39).contains(bytes[index + 3])
            {
                index += 4
            } else {
                return false
            }
            multiByte += 1
        }
        return multiByte > 0
    }
}
