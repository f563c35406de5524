/// Which key or item a wrongly indented line should line up with, worked out from the lines
/// around the one libyaml stopped at. Said only where the document allows one place: a key
/// between its sibling's column and the column of the level above, a list item's dash out of
/// line with the item before it.
enum IndentationAdvice {
    /// The parts of a line that say where it sits.
    struct Shape {
        /// Spaces before the first dash or key.
        var indent: Int
        /// The column (0-based) of the dash, for an item line.
        var dash: Int?
        /// The key and its column (after any dash), for a `key:` line.
        var key: String?
        var keyColumn: Int
        /// Whether nothing follows the key's colon (the next lines may be its value).
        var opensBlock: Bool
    }

    static func shape(of line: String) -> Shape? {
        let scalars = Array(line.unicodeScalars)
        var index = 0
        while index < scalars.count && scalars[index] == " " { index += 1 }
        guard index < scalars.count, scalars[index] != "#", scalars[index] != "\t" else { return nil }
        var shape = Shape(indent: index, dash: nil, key: nil, keyColumn: index, opensBlock: false)
        if scalars[index] == "-" && (index + 1 == scalars.count || scalars[index + 1] == " ") {
            shape.dash = index
            index += 1
            while index < scalars.count && scalars[index] == " " { index += 1 }
            shape.keyColumn = index
            if index == scalars.count { shape.opensBlock = true }
        }
        var end = index
        while end < scalars.count, scalars[end].isASCII,
            scalars[end].properties.isAlphabetic || ("0"..."9").contains(scalars[end]) || scalars[end] == "_"
        {
            end += 1
        }
        if end > index && end < scalars.count && scalars[end] == ":"
            && (end + 1 == scalars.count || scalars[end + 1] == " ")
        {
            shape.key = String(String.UnicodeScalarView(scalars[index..<end]))
            var rest = end + 1
            while rest < scalars.count && scalars[rest] == " " { rest += 1 }
            shape.opensBlock = rest == scalars.count || scalars[rest] == "#"
        }
        return shape
    }

    /// The message and hint for the line `number` of `source`, when its indentation is what is wrong.
    static func advice(line number: Int, in source: SourceFile) -> (message: String, hint: String)? {
        guard let text = source.lineText(number), let line = shape(of: text) else { return nil }
        // The content lines above, nearest first.
        var above: [Shape] = []
        var current = number - 1
        while current >= 1 && above.count < 200 {
            if let text = source.lineText(current), let shape = shape(of: text) { above.append(shape) }
            current -= 1
        }
        guard let previous = above.first else { return nil }
        if let dash = line.dash {
            // The item before it in the same list: the nearest item line whose item the lines
            // between belong to.
            guard let item = above.first(where: { $0.dash != nil || $0.indent <= dash }), let itemDash = item.dash,
                itemDash != dash
            else { return nil }
            let parent = above.first { $0.indent < itemDash && $0.dash == nil && $0.opensBlock }
            guard let parent, parent.indent < dash, let key = parent.key else { return nil }
            return (
                "这一项的「- 」与上一项没有对齐",
                "「\(key)」的各项要从同一列开始：把「- 」移到第 \(itemDash + 1) 列（前面 \(itemDash) 个空格），与上一项对齐"
            )
        }
        guard let key = line.key, !previous.opensBlock, let sibling = previous.key, line.indent != previous.keyColumn
        else { return nil }
        // The level above the sibling: its item's dash, or the key whose block it is in.
        let levelAbove =
            previous.dash
            ?? above.dropFirst().first { $0.keyColumn < previous.keyColumn || ($0.dash ?? .max) < previous.keyColumn }
            .map { $0.dash ?? $0.keyColumn } ?? -1
        guard line.indent > levelAbove else { return nil }
        return (
            "「\(key)」的缩进与上一行的「\(sibling)」不一致",
            "同一层的键要从同一列开始：「\(key)」应与「\(sibling)」对齐，从第 \(previous.keyColumn + 1) 列开始（前面 \(previous.keyColumn) 个空格）"
        )
    }
}
