/// libyaml marks places by character (Unicode scalar) index; reports give byte offsets. Rather
/// than convert at every event, a tree keeps the byte offset of every 64th character and converts
/// a node's place only when a report asks for it.
enum CharacterOffsets {
    static let stride = 64

    /// The byte offset of characters 0, 64, 128, … of `buffer`, counting from byte `start`
    /// (after a byte-order mark).
    static func checkpoints(in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> [Int32] {
        var checkpoints: [Int32] = []
        guard let base = buffer.baseAddress, start < buffer.count else { return checkpoints }
        checkpoints.reserveCapacity(buffer.count / stride + 1)
        let count = buffer.count
        var next = 0, character = 0, byte = start
        while byte < count {
            // Eight bytes at a time while the next checkpoint is not among them: a byte leads a
            // character unless it is a continuation byte (bit 7 set and bit 6 clear).
            if byte &+ 8 <= count {
                let word = UnsafeRawPointer(base + byte).loadUnaligned(as: UInt64.self)
                // One bit per continuation byte, summed by a multiplication (the baseline x86-64
                // target has no popcount instruction).
                let continuations = (word & ~(word << 1) & 0x8080_8080_8080_8080) >> 7
                let leads = 8 &- Int((continuations &* 0x0101_0101_0101_0101) >> 56)
                if character &+ leads <= next {
                    character &+= leads
                    byte &+= 8
                    continue
                }
            }
            let end = Swift.min(byte &+ 8, count)
            while byte < end {
                if base[byte] & 0xC0 != 0x80 {
                    if character == next {
                        checkpoints.append(Int32(truncatingIfNeeded: byte))
                        next &+= stride
                    }
                    character &+= 1
                }
                byte &+= 1
            }
        }
        return checkpoints
    }

    /// The byte offset of character `target`, walking forward from `byte`, which is the start of
    /// character `character`. The end of the buffer when there is no such character.
    static func byteOffset(
        ofCharacter target: Int, in buffer: UnsafeBufferPointer<UInt8>, from byte: Int, character: Int
    ) -> Int {
        var byte = byte, character = character
        while byte < buffer.count {
            if buffer[byte] & 0xC0 != 0x80 {
                if character == target { break }
                character += 1
            }
            byte += 1
        }
        return byte
    }
}
