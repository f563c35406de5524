import QingdanPluginAPI

/// Completion of keys and choice values from the filing format (the format as a value, with the
/// keys plugins add), at the mapping the cursor's indentation puts it in.
public enum Completion {
    public struct Item: Sendable, Equatable {
        public let label: String
        /// The Chinese meaning: the key's title, the value's name.
        public let detail: String
        public let documentation: String?
        public let insertText: String
        public let isValue: Bool
    }

    /// What the cursor is on: a key being written in the mapping at `path`, or the value of `key`
    /// in that mapping.
    public enum Context: Sendable, Equatable {
        case key(path: [Step], present: Set<String>)
        case value(path: [Step], key: String)
    }

    /// One key on the way from the root; `intoItem` when the path goes on inside an item of the
    /// list it holds.
    public struct Step: Sendable, Equatable {
        public let key: String
        public let intoItem: Bool

        public init(_ key: String, intoItem: Bool = false) {
            self.key = key
            self.intoItem = intoItem
        }
    }

    /// The items for the cursor at `position` in `index`'s document.
    public static func items(at position: Position, in index: LineIndex, format: FilingFormat) -> [Item] {
        guard let context = context(at: position, in: index) else { return [] }
        let found = items(for: context, format: format)
        // Right after the colon (`kind:|`) a value needs its space.
        let cursor = index.byteOffset(of: position)
        guard case .value = context, cursor > 0, index.bytes[cursor - 1] == UInt8(ascii: ":") else { return found }
        return found.map {
            Item(
                label: $0.label, detail: $0.detail, documentation: $0.documentation, insertText: " " + $0.insertText,
                isValue: true)
        }
    }

    public static func items(for context: Context, format: FilingFormat) -> [Item] {
        switch context {
        case .key(let path, let present):
            guard case .object(let object)? = type(at: path, format: format) else { return [] }
            return object.properties.filter { !present.contains($0.name) }.map { property in
                var insert = property.name + ":"
                switch property.type {
                case .object, .list, .dictionary: break
                default: insert += " "
                }
                return Item(
                    label: property.name, detail: property.title + (property.required ? "（必填）" : ""),
                    documentation: property.summary, insertText: insert, isValue: false)
            }
        case .value(let path, let key):
            guard case .object(let object)? = type(at: path, format: format), let property = object.property(key)
            else { return [] }
            switch property.type {
            case .choice(let values):
                return values.map { value in
                    let name = format.valueNames[value] ?? RegionLevel(rawValue: value)?.chineseName ?? value
                    return Item(
                        label: value, detail: name, documentation: property.summary, insertText: value, isValue: true)
                }
            case .boolean:
                return [("true", "是"), ("false", "否")].map {
                    Item(label: $0.0, detail: $0.1, documentation: property.summary, insertText: $0.0, isValue: true)
                }
            default:
                return []
            }
        }
    }

    /// The type of the mapping `path` leads to.
    static func type(at path: [Step], format: FilingFormat) -> SchemaType? {
        var type = format.document
        for step in path {
            guard case .object(let object) = type, let property = object.property(step.key) else { return nil }
            type = property.type
            if step.intoItem {
                guard case .list(let element) = type else { return nil }
                type = element
            }
        }
        return type
    }

    /// The shape of one line of block YAML: where its `- ` markers and its key are.
    struct LineShape {
        var dashes: [Int] = []
        /// The column (in bytes: indentation is spaces) where the line's content after the
        /// markers starts.
        var contentColumn = 0
        var key: String?
        /// Whether nothing but a comment follows the key's colon (a mapping or list follows).
        var valueIsEmpty = false
        var isBlank = true
        /// The bytes after the key's colon (for the cursor's line).
        var valueStart: Int?

        init(_ line: ArraySlice<UInt8>) {
            var index = line.startIndex
            func skipSpaces() { while index < line.endIndex, line[index] == 0x20 { index += 1 } }
            skipSpaces()
            while index < line.endIndex, line[index] == UInt8(ascii: "-"),
                index + 1 == line.endIndex || line[index + 1] == 0x20
            {
                dashes.append(index - line.startIndex)
                index += 1
                skipSpaces()
            }
            contentColumn = index - line.startIndex
            guard index < line.endIndex, line[index] != UInt8(ascii: "#") else {
                isBlank = dashes.isEmpty
                return
            }
            isBlank = false
            var end = index
            while end < line.endIndex, Self.isKeyByte(line[end]) { end += 1 }
            guard end > index, end < line.endIndex, line[end] == UInt8(ascii: ":"),
                end + 1 == line.endIndex || line[end + 1] == 0x20 || line[end + 1] == 0x09
            else { return }
            key = String(decoding: line[index..<end], as: UTF8.self)
            valueStart = end + 1 - line.startIndex
            var rest = end + 1
            while rest < line.endIndex, line[rest] == 0x20 || line[rest] == 0x09 || line[rest] == 0x0D { rest += 1 }
            valueIsEmpty = rest == line.endIndex || line[rest] == UInt8(ascii: "#")
        }

        static func isKeyByte(_ byte: UInt8) -> Bool {
            (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte) || (0x30...0x39).contains(byte)
                || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
        }
    }

    /// The context of the cursor, from the line it is on and the lines above it.
    public static func context(at position: Position, in index: LineIndex) -> Context? {
        guard position.line < index.lineCount else { return nil }
        let lineStart = index.lineStart(position.line)
        let cursor = index.byteOffset(of: position)
        let prefix = index.bytes[lineStart..<cursor]
        let shape = LineShape(prefix)
        var value: String?
        if let key = shape.key, let valueStart = shape.valueStart {
            // `kind: par|`: the value of `kind`, unless it is already a flow collection or quoted.
            let typed = prefix.dropFirst(valueStart).drop { $0 == 0x20 || $0 == 0x09 }
            guard !typed.contains(where: { [UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: "#")].contains($0) })
            else { return nil }
            value = key
        } else {
            // `  out|`: a key being written, made only of key characters so far.
            let typed = prefix.dropFirst(shape.contentColumn)
            guard typed.allSatisfy(LineShape.isKeyByte) else { return nil }
        }
        var lines: [LineShape] = []
        var line = position.line - 1
        while line >= 0 {
            let start = index.lineStart(line)
            lines.append(LineShape(index.bytes[start..<index.lineEnd(line)]))
            line -= 1
        }
        let (path, present) = parentPath(column: shape.contentColumn, inItemAt: shape.dashes.last, above: lines)
        if let value { return .value(path: path, key: value) }
        return .key(path: path, present: present)
    }

    /// The keys leading to the mapping whose keys are at `column` (inside a list item whose
    /// marker is at `inItemAt`, when the line starts one), from the lines above it (nearest
    /// first); and the keys that mapping already has there.
    static func parentPath(column: Int, inItemAt dash: Int?, above lines: [LineShape]) -> ([Step], Set<String>) {
        var steps: [Step] = []
        var present: Set<String> = []
        var atFirstLevel = true
        // What the search stands at: a key at `column`, or a list marker at `column`.
        var column = column
        var isDash = false
        if let dash {
            column = dash
            isDash = true
        }
        func climb(to shape: LineShape, key: String, intoItem: Bool) {
            steps.append(Step(key, intoItem: intoItem))
            atFirstLevel = false
            if let last = shape.dashes.last {
                column = last
                isDash = true
            } else {
                column = shape.contentColumn
                isDash = false
            }
        }
        for shape in lines where !shape.isBlank {
            if column == 0 && !isDash {
                // At the top: only the keys already there are left to find.
                if atFirstLevel, shape.contentColumn == 0, shape.dashes.isEmpty, let key = shape.key {
                    present.insert(key)
                }
                if !atFirstLevel { break }
                continue
            }
            if isDash {
                if shape.dashes.contains(column) || shape.contentColumn > column { continue }
                guard let key = shape.key, shape.valueIsEmpty else { break }
                climb(to: shape, key: key, intoItem: true)
            } else {
                if shape.contentColumn > column { continue }
                if shape.contentColumn == column {
                    if atFirstLevel, let key = shape.key { present.insert(key) }
                    if let last = shape.dashes.last {
                        // The first key of the item this mapping is.
                        column = last
                        isDash = true
                        atFirstLevel = false
                    }
                    continue
                }
                guard let key = shape.key, shape.valueIsEmpty else { break }
                climb(to: shape, key: key, intoItem: false)
            }
        }
        return (steps.reversed(), present)
    }
}
