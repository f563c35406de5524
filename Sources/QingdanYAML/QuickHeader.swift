extension YAMLParser {
    /// `scanHeader` for the common case, without libyaml: block-style top-level keys with simple
    /// scalar values, read line by line. Returns nil as soon as a line is anything else (flow
    /// collections, escapes, anchors, tabs, multi-line scalars…), and the caller falls back to
    /// `scanHeader`, so the two never disagree on a file this one accepts.
    public static func quickHeader(of key: String, scalars wanted: Set<String>, in bytes: [UInt8]) -> HeaderScan? {
        bytes.withUnsafeBufferPointer { buffer -> HeaderScan? in
            let keyBytes = Array(key.utf8)
            var mapping: [String: String] = [:]
            var scalars: [String: String] = [:]
            var state = 0  // 0: before the mapping, 1: inside it, 2: after it
            var childIndent = -1
            var seenKeys = Set<String>()
            var lastKeyHadValue = false
            var start = buffer.count >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF ? 3 : 0
            while start < buffer.count {
                var end = start
                while end < buffer.count && buffer[end] != 0x0A { end += 1 }
                var lineEnd = end
                if lineEnd > start && buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                defer { start = end + 1 }
                var indent = start
                while indent < lineEnd && buffer[indent] == 0x20 { indent += 1 }
                if indent < lineEnd && buffer[indent] == 0x09 { return nil }
                if indent == lineEnd || buffer[indent] == UInt8(ascii: "#") { continue }
                let depth = indent - start
                if depth > 0 && state != 1 {
                    // Lines under another top-level key are not read. A line indented under a key
                    // that has a value continues that value (a multi-line scalar), and one before
                    // any key is not a document this reader understands.
                    if seenKeys.isEmpty || lastKeyHadValue { return nil }
                    continue
                }
                guard let entry = keyValue(buffer, from: indent, to: lineEnd) else { return nil }
                if depth == 0 {
                    if state == 1 { state = 2 }
                    let name = String(decoding: buffer[entry.key], as: UTF8.self)
                    guard seenKeys.insert(name).inserted else { return nil }
                    lastKeyHadValue = entry.value != nil
                    if buffer[entry.key].elementsEqual(keyBytes) {
                        guard entry.value == nil, state == 0 else { return nil }
                        state = 1
                    } else if wanted.contains(name) {
                        guard let value = entry.value else { return nil }
                        scalars[name] = value
                    }
                } else {
                    if childIndent < 0 { childIndent = depth }
                    guard depth == childIndent, let value = entry.value else { return nil }
                    let name = String(decoding: buffer[entry.key], as: UTF8.self)
                    guard mapping[name] == nil else { return nil }
                    mapping[name] = value
                }
                if state == 2 && wanted.allSatisfy({ scalars[$0] != nil }) {
                    return HeaderScan(mapping: mapping, scalars: scalars)
                }
            }
            return state >= 1 && !mapping.isEmpty ? HeaderScan(mapping: mapping, scalars: scalars) : nil
        }
    }

    /// `key: value` or `key:` on one line; the value when it is a simple scalar. Nil when the line
    /// is anything else.
    private static func keyValue(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int)
        -> (key: Range<Int>, value: String?)?
    {
        var colon = start
        while colon < end {
            let byte = buffer[colon]
            let isKeyByte =
                (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte) || (0x30...0x39).contains(byte)
                || byte == 0x5F || byte == 0x2D
            if !isKeyByte { break }
            colon += 1
        }
        guard colon > start, colon < end, buffer[colon] == UInt8(ascii: ":") else { return nil }
        var valueStart = colon + 1
        guard valueStart == end || buffer[valueStart] == 0x20 else { return nil }
        while valueStart < end && buffer[valueStart] == 0x20 { valueStart += 1 }
        var valueEnd = end
        if valueStart == valueEnd || buffer[valueStart] == UInt8(ascii: "#") { return (start..<colon, nil) }
        let first = buffer[valueStart]
        if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            var close = valueStart + 1
            while close < valueEnd && buffer[close] != first {
                if buffer[close] == UInt8(ascii: "\\") { return nil }
                close += 1
            }
            guard close < valueEnd else { return nil }
            var after = close + 1
            while after < valueEnd && buffer[after] == 0x20 { after += 1 }
            guard after == valueEnd || (buffer[after] == UInt8(ascii: "#") && buffer[after - 1] == 0x20) else {
                return nil
            }
            return (start..<colon, String(decoding: buffer[(valueStart + 1)..<close], as: UTF8.self))
        }
        // A plain scalar: nothing that starts a collection, alias, tag, block or directive.
        if "{[&*!|>%@`-?:,]}".utf8.contains(first) { return nil }
        var index = valueStart
        while index < valueEnd {
            let byte = buffer[index]
            if byte == UInt8(ascii: "#") && buffer[index - 1] == 0x20 { valueEnd = index; break }
            if byte == UInt8(ascii: ":") && (index + 1 == valueEnd || buffer[index + 1] == 0x20) { return nil }
            index += 1
        }
        while valueEnd > valueStart && buffer[valueEnd - 1] == 0x20 { valueEnd -= 1 }
        return (start..<colon, String(decoding: buffer[valueStart..<valueEnd], as: UTF8.self))
    }
}
