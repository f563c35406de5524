/// Reads a `.json` filing as strict JSON (RFC 8259) into the same located `YAMLTree` the YAML
/// parser builds, so everything after parsing treats the two alike.
///
/// One forward pass over the bytes, with an explicit stack of open containers (no recursion, so
/// no nesting can overflow the stack) and the same `ParseLimits` as YAML. What JSON does not
/// allow is refused with a Chinese message naming it: trailing commas, single quotes, comments,
/// unquoted keys, `NaN`, leading zeros, raw control characters in strings, lone surrogates.
/// Escaped surrogate pairs (`"\ud840\udc00"`, as `json.dumps` writes 𠀀) decode to the character.
/// Strings become quoted scalars; numbers, `true`, `false` and `null` plain ones, with the text
/// as written, so the typed readers (`integer`, `boolean`, `isNull`) read them as YAML's.
public enum JSONParser {
    public static func parse(_ source: SourceFile, limits: ParseLimits = .default) throws(YAMLProblem) -> YAMLTree {
        try YAMLParser.refuseUnreadable(source, limits: limits)
        var reader = JSONReader(source: source, limits: limits)
        let result = source.bytes.withUnsafeBufferPointer { reader.run($0) }
        return try result.get()
    }
}

extension SourceFile {
    /// Whether a file of this name is read as JSON: its name ends `.json` (in any case).
    public static func isJSON(path: String) -> Bool {
        let suffix = path.utf8.suffix(5)
        return suffix.count == 5 && String(decoding: suffix, as: UTF8.self).lowercased() == ".json"
    }

    public var isJSON: Bool { Self.isJSON(path: path) }
}

extension YAMLTree {
    /// The tree of a filing, read by the parser its name calls for: JSON for `.json`, else YAML
    /// (`keepingSlips` as `YAMLParser.parse` has it).
    public static func parse(
        _ source: SourceFile, limits: ParseLimits = .default, keepingSlips: Bool = false
    ) throws(YAMLProblem) -> YAMLTree {
        source.isJSON
            ? try JSONParser.parse(source, limits: limits)
            : try YAMLParser.parse(source, limits: limits, keepingSlips: keepingSlips)
    }
}

/// The state of one JSON read: the tree's storage, the open containers and the cursor.
private struct JSONReader {
    let source: SourceFile
    let limits: ParseLimits
    var records: [NodeRecord] = []
    var scalarBytes: [UInt8] = []
    var members: [Int32] = []
    /// Members of the containers still open, innermost last.
    var pending: [Int32] = []
    var open: [Container] = []
    var rootID: Int32 = -1

    struct Container {
        let node: Int32
        let firstPending: Int
        let isObject: Bool
        let start: PackedLocation
    }

    /// What may come next.
    enum Expect {
        /// A value: the root, after a colon, or after a comma in an array.
        case value
        /// A value or `]` just after `[`.
        case firstItem
        /// A key or `}` just after `{`.
        case firstKey
        /// A key, after a comma in an object.
        case key
        case colon
        /// A comma or the end of the innermost container (or of the input, after the root).
        case separator
    }

    var bytes = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    var position = 0
    /// The index of the character at `position`, counted from after a byte-order mark.
    var character = 0
    var line: Int32 = 1
    /// The index of the first character of the current line.
    var lineStart = 0

    init(source: SourceFile, limits: ParseLimits) {
        self.source = source
        self.limits = limits
        records.reserveCapacity(source.bytes.count / 12)
        scalarBytes.reserveCapacity(source.bytes.count)
        members.reserveCapacity(source.bytes.count / 12)
    }

    /// Lines, columns and character indexes are below the byte count, which `parse` holds under
    /// `ParseLimits.largestFile` (Int32.max), so the conversions never truncate.
    var here: PackedLocation {
        PackedLocation(
            line: line, column: Int32(truncatingIfNeeded: character - lineStart + 1),
            character: Int32(truncatingIfNeeded: character))
    }

    mutating func run(_ buffer: UnsafeBufferPointer<UInt8>) -> Result<YAMLTree, YAMLProblem> {
        bytes = buffer
        position = source.byteOrderMarkLength
        do {
            try readDocument()
        } catch {
            return .failure(error)
        }
        return .success(
            YAMLTree(source: source, records: records, scalarBytes: scalarBytes, members: members, rootID: rootID))
    }

    mutating func readDocument() throws(YAMLProblem) {
        var expect = Expect.value
        /// The comma just read, while the next member has not begun: a closing bracket there is
        /// a trailing comma.
        var comma: PackedLocation?
        while true {
            skipWhitespace()
            guard position < bytes.count else {
                if expect == .separator && open.isEmpty { return }
                throw endOfInput(expect)
            }
            let byte = bytes[position]
            switch expect {
            case .value, .firstItem:
                if byte == UInt8(ascii: "]") && expect == .firstItem {
                    try close(byte)
                    expect = .separator
                } else if let comma, byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") {
                    throw trailingComma(comma)
                } else {
                    expect = try readValue(byte)
                    comma = nil
                }
            case .firstKey, .key:
                if byte == UInt8(ascii: "}") {
                    if let comma { throw trailingComma(comma) }
                    try close(byte)
                    expect = .separator
                } else if byte == UInt8(ascii: "\"") {
                    try readString()
                    expect = .colon
                    comma = nil
                } else {
                    throw badKey(byte)
                }
            case .colon:
                guard byte == UInt8(ascii: ":") else { throw missingColon(byte) }
                advance()
                expect = .value
            case .separator:
                guard let container = open.last else { throw extraContent() }
                if byte == UInt8(ascii: ",") {
                    comma = here
                    advance()
                    expect = container.isObject ? .key : .value
                } else if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") {
                    try close(byte)
                } else {
                    throw missingComma(byte)
                }
            }
        }
    }

    /// Reads the value starting with `byte`; what may follow it.
    mutating func readValue(_ byte: UInt8) throws(YAMLProblem) -> Expect {
        switch byte {
        case UInt8(ascii: "{"):
            try openContainer(isObject: true)
            return .firstKey
        case UInt8(ascii: "["):
            try openContainer(isObject: false)
            return .firstItem
        case UInt8(ascii: "\""):
            try readString()
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            try readNumber()
        case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
            try readLiteral()
        default:
            throw badValue(byte)
        }
        return .separator
    }

    // MARK: Cursor

    @inline(__always)
    mutating func advance(_ count: Int = 1) {
        position += count
        character += count
    }

    mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09:
                advance()
            case 0x0A:
                advance()
                newLine()
            case 0x0D:
                advance()
                if position < bytes.count && bytes[position] == 0x0A { advance() }
                newLine()
            default:
                return
            }
        }
    }

    mutating func newLine() {
        line += 1
        lineStart = character
    }

    // MARK: Nodes

    mutating func addNode(
        kind: YAMLNode.Kind, style: YAMLNode.ScalarStyle, start: PackedLocation, end: PackedLocation,
        payloadStart: Int32, payloadCount: Int32
    ) throws(YAMLProblem) {
        guard records.count < limits.maxNodes else { throw .tooManyNodes(limits, at: locate(start)) }
        records.append(
            NodeRecord(
                kind: kind, style: style, start: start, end: end, payloadStart: payloadStart,
                payloadCount: payloadCount))
        let id = Int32(records.count - 1)
        if open.isEmpty { rootID = id } else { pending.append(id) }
    }

    mutating func openContainer(isObject: Bool) throws(YAMLProblem) {
        let start = here
        guard open.count < limits.maxDepth else {
            throw YAMLProblem(
                code: .limit, location: locate(start), message: "嵌套超过 \(limits.maxDepth) 层",
                hint: "申报文件的嵌套不超过 5 层；检查括号是否写错（确需更深时用 --max-depth 调高上限）")
        }
        try addNode(
            kind: isObject ? .mapping : .sequence, style: .notScalar, start: start, end: start, payloadStart: 0,
            payloadCount: 0)
        open.append(
            Container(node: Int32(records.count - 1), firstPending: pending.count, isObject: isObject, start: start))
        advance()
    }

    /// Closes the innermost container with `bracket`, which must be the one it opened with.
    mutating func close(_ bracket: UInt8) throws(YAMLProblem) {
        guard let container = open.last else { throw extraContent() }
        guard container.isObject == (bracket == UInt8(ascii: "}")) else { throw mismatched(bracket, container) }
        open.removeLast()
        let firstPending = container.firstPending
        if container.isObject,
            let problem = DuplicateKeys.problem(
                keys: stride(from: firstPending, to: pending.count, by: 2).map { pending[$0] }, records: records,
                scalarBytes: scalarBytes, locate: locate)
        {
            throw problem
        }
        advance()
        let node = Int(container.node)
        records[node].payloadStart = Int32(members.count)
        records[node].payloadCount = Int32(pending.count - firstPending)
        records[node].end = here
        members.append(contentsOf: pending[firstPending...])
        pending.removeSubrange(firstPending...)
    }

    // MARK: Scalars

    /// A string from its opening quote, unescaped into `scalarBytes`.
    mutating func readString() throws(YAMLProblem) {
        let start = here
        let payloadStart = scalarBytes.count
        advance()
        scan: while true {
            var run = position
            while run < bytes.count {
                let byte = bytes[run]
                if byte < 0x20 || byte == 0x22 || byte == 0x5C || byte >= 0x80 { break }
                run += 1
            }
            if run > position {
                scalarBytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[position..<run]))
                advance(run - position)
            }
            guard position < bytes.count else { throw unclosedString(start) }
            let byte = bytes[position]
            switch byte {
            case 0x22:
                advance()
                break scan
            case 0x5C:
                try readEscape(stringStart: start)
            case ..<0x20:
                throw controlInString(byte)
            default:
                guard let width = utf8Width(at: position) else { throw YAMLParser.invalidUTF8(source, at: position) }
                scalarBytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[position..<position + width]))
                position += width
                character += 1
            }
        }
        let length = scalarBytes.count - payloadStart
        guard length <= limits.maxScalarBytes else {
            throw YAMLProblem(
                code: .limit, location: locate(start),
                message: "一个值长 \(length) 字节，超过上限 \(limits.maxScalarBytes) 字节",
                hint: "申报中的名称和说明不会这么长；检查是否漏写了引号或误贴了大段内容")
        }
        try addNode(
            kind: .scalar, style: .quoted, start: start, end: here, payloadStart: Int32(payloadStart),
            payloadCount: Int32(length))
    }

    /// One escape sequence from its backslash.
    mutating func readEscape(stringStart: PackedLocation) throws(YAMLProblem) {
        let start = here
        guard position + 1 < bytes.count else { throw unclosedString(stringStart) }
        let letter = bytes[position + 1]
        let simple: UInt8? =
            switch letter {
            case UInt8(ascii: "\""): 0x22
            case UInt8(ascii: "\\"): 0x5C
            case UInt8(ascii: "/"): 0x2F
            case UInt8(ascii: "b"): 0x08
            case UInt8(ascii: "f"): 0x0C
            case UInt8(ascii: "n"): 0x0A
            case UInt8(ascii: "r"): 0x0D
            case UInt8(ascii: "t"): 0x09
            default: nil
            }
        if let simple {
            scalarBytes.append(simple)
            advance(2)
            return
        }
        guard letter == UInt8(ascii: "u") else { throw invalidEscape(at: start) }
        guard let unit = hex4(at: position + 2) else {
            throw syntax(
                start, "转义「\\u」后面要有 4 个十六进制数字",
                "写成 \\u 加 4 位十六进制数（如 \\u4E2D），或直接写出这个字符")
        }
        advance(6)
        var scalar = unit
        if (0xD800...0xDBFF).contains(unit) {
            guard position + 1 < bytes.count, bytes[position] == 0x5C, bytes[position + 1] == UInt8(ascii: "u"),
                let low = hex4(at: position + 2), (0xDC00...0xDFFF).contains(low)
            else { throw loneSurrogate(unit, at: start) }
            scalar = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
            advance(6)
        } else if (0xDC00...0xDFFF).contains(unit) {
            throw loneSurrogate(unit, at: start)
        }
        appendUTF8(scalar)
    }

    mutating func appendUTF8(_ scalar: UInt32) {
        switch scalar {
        case ..<0x80:
            scalarBytes.append(UInt8(scalar))
        case ..<0x800:
            scalarBytes.append(UInt8(0xC0 | scalar >> 6))
            scalarBytes.append(UInt8(0x80 | scalar & 0x3F))
        case ..<0x10000:
            scalarBytes.append(UInt8(0xE0 | scalar >> 12))
            scalarBytes.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            scalarBytes.append(UInt8(0x80 | scalar & 0x3F))
        default:
            scalarBytes.append(UInt8(0xF0 | scalar >> 18))
            scalarBytes.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            scalarBytes.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            scalarBytes.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    func hex4(at index: Int) -> UInt32? {
        guard index + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for offset in 0..<4 {
            let byte = bytes[index + offset]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// A number as JSON's grammar has it: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`,
    /// ended by white space, a comma, a closing bracket or the end of the input.
    mutating func readNumber() throws(YAMLProblem) {
        let start = here
        let begin = position
        var index = position
        func digit(_ at: Int) -> Bool {
            at < bytes.count && bytes[at] >= UInt8(ascii: "0") && bytes[at] <= UInt8(ascii: "9")
        }
        if bytes[index] == UInt8(ascii: "-") {
            index += 1
            if index < bytes.count && bytes[index] == UInt8(ascii: "I") { throw notANumber(start) }
            guard digit(index) else { throw badNumber(start, "负号后面要有数字") }
        }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if digit(index) {
                throw syntax(
                    start, "数字「\(wordText(from: begin))」以 0 开头：JSON 的数字不能有前导零",
                    "去掉开头的 0；要保留它（如编号、区划代码），给它加双引号写成文本")
            }
        } else {
            while digit(index) { index += 1 }
        }
        if index < bytes.count && bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digit(index) else { throw badNumber(start, "小数点后面要有数字") }
            while digit(index) { index += 1 }
        }
        if index < bytes.count && (bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E")) {
            index += 1
            if index < bytes.count && (bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")) {
                index += 1
            }
            guard digit(index) else { throw badNumber(start, "指数 e 后面要有数字") }
            while digit(index) { index += 1 }
        }
        // Letters, digits and signs run on into the number (`0x1F`, `1.2.3`); anything else is
        // left for what follows a value to report.
        if index < bytes.count {
            let next = bytes[index]
            if next == UInt8(ascii: ".") || next == UInt8(ascii: "+") || next == UInt8(ascii: "-")
                || next == UInt8(ascii: "_") || (next | 0x20 >= UInt8(ascii: "a") && next | 0x20 <= UInt8(ascii: "z"))
                || digit(index)
            {
                throw badNumber(start, "不是 JSON 的数字")
            }
        }
        try addScalar(plain: begin..<index, start: start)
    }

    /// `true`, `false` or `null`.
    mutating func readLiteral() throws(YAMLProblem) {
        let start = here
        let end = wordEnd(from: position)
        let word = bytes[position..<end]
        guard word.elementsEqual("true".utf8) || word.elementsEqual("false".utf8) || word.elementsEqual("null".utf8)
        else { throw badValue(bytes[position]) }
        try addScalar(plain: position..<end, start: start)
    }

    mutating func addScalar(plain range: Range<Int>, start: PackedLocation) throws(YAMLProblem) {
        let payloadStart = Int32(scalarBytes.count)
        scalarBytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range]))
        advance(range.count)
        try addNode(
            kind: .scalar, style: .plain, start: start, end: here, payloadStart: payloadStart,
            payloadCount: Int32(range.count))
    }

    /// Bytes in the UTF-8 sequence at `index`, nil when it is not well formed (overlong forms,
    /// surrogates and values above U+10FFFF included).
    func utf8Width(at index: Int) -> Int? {
        let lead = bytes[index]
        let width: Int
        var second: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: width = 2
        case 0xE0:
            width = 3
            second = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: width = 3
        case 0xED:
            width = 3
            second = 0x80...0x9F
        case 0xF0:
            width = 4
            second = 0x90...0xBF
        case 0xF1...0xF3: width = 4
        case 0xF4:
            width = 4
            second = 0x80...0x8F
        default: return nil
        }
        guard index + width <= bytes.count, second.contains(bytes[index + 1]) else { return nil }
        for offset in 2..<width where bytes[index + offset] & 0xC0 != 0x80 { return nil }
        return width
    }

    /// Bytes that end a bare word (a number or literal): white space, the structural
    /// characters and quotes.
    static func endsAWord(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: ":"),
            UInt8(ascii: "\""), UInt8(ascii: "["), UInt8(ascii: "{"):
            return true
        default:
            return false
        }
    }

    /// The end of the bare word at `index`, at most 40 bytes on (for messages).
    func wordEnd(from index: Int) -> Int {
        var end = index
        while end < bytes.count && end - index < 40 && !Self.endsAWord(bytes[end]) && bytes[end] >= 0x20 {
            end += 1
        }
        // Not inside a character.
        while end < bytes.count && end > index && bytes[end] & 0xC0 == 0x80 { end -= 1 }
        return end
    }

    func wordText(from index: Int) -> String {
        String(decoding: bytes[index..<max(wordEnd(from: index), index)], as: UTF8.self)
    }

    // MARK: Problems

    /// The full location of a packed one (its byte offset found by walking from the start,
    /// once per file).
    func locate(_ packed: PackedLocation) -> SourceLocation {
        let offset = source.bytes.withUnsafeBufferPointer {
            CharacterOffsets.byteOffset(
                ofCharacter: Int(packed.character), in: $0, from: source.byteOrderMarkLength, character: 0)
        }
        return SourceLocation(line: Int(packed.line), column: Int(packed.column), offset: offset)
    }

    func syntax(_ at: PackedLocation, _ message: String, _ hint: String, related: PackedLocation? = nil) -> YAMLProblem
    {
        YAMLProblem(code: .syntax, location: locate(at), message: message, hint: hint, related: related.map(locate))
    }

    /// The character at `position`, for a message: `「x」`, or its code point when it is invisible.
    func shown(at index: Int) -> String {
        guard index < bytes.count else { return "文件结尾" }
        let byte = bytes[index]
        var scalar: Unicode.Scalar?
        if byte < 0x80 {
            scalar = Unicode.Scalar(byte)
        } else if let width = utf8Width(at: index) {
            scalar = String(decoding: bytes[index..<index + width], as: UTF8.self).unicodeScalars.first
        }
        guard let scalar else { return "无效字节 0x\(String(byte, radix: 16, uppercase: true))" }
        if scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format
            || scalar.properties.generalCategory == .spaceSeparator
            || scalar.properties.generalCategory == .lineSeparator
            || scalar.properties.generalCategory == .paragraphSeparator
            || scalar.value >= 0xFFFE && scalar.value <= 0xFFFF
        {
            return Self.codePoint(scalar.value)
        }
        return "「\(Character(scalar))」"
    }

    static func codePoint(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// A problem for the character at `position` that JSON never allows where it stands (comments,
    /// quotes and punctuation written in other ways), or nil when it is not one of those.
    func misplacedCharacter() -> YAMLProblem? {
        let start = here
        let byte = bytes[position]
        let next = position + 1 < bytes.count ? bytes[position + 1] : 0
        if byte == UInt8(ascii: "#")
            || byte == UInt8(ascii: "/") && (next == UInt8(ascii: "/") || next == UInt8(ascii: "*"))
        {
            return syntax(
                start, "JSON 不允许注释（\(byte == UInt8(ascii: "#") ? "#" : next == UInt8(ascii: "/") ? "//" : "/*")）",
                "删去注释；要写说明就放进一个字段，或把申报改写成 YAML（.yaml）")
        }
        if byte == UInt8(ascii: "'") {
            return syntax(start, "JSON 的字符串要用双引号，不能用单引号", "把 '…' 改成 \"…\"")
        }
        if byte < 0x20 || byte == 0x7F {
            return syntax(
                start, "文件含有不可见的控制字符（0x\(String(byte, radix: 16, uppercase: true))）",
                "删去这个字符；它常由复制粘贴带入")
        }
        guard byte >= 0x80 else { return nil }
        guard let width = utf8Width(at: position) else { return YAMLParser.invalidUTF8(source, at: position) }
        let scalar = String(decoding: bytes[position..<position + width], as: UTF8.self).unicodeScalars.first!
        let halfWidth: String? =
            switch scalar.value {
            case 0xFF0C: ","
            case 0xFF1A: ":"
            case 0x201C, 0x201D: "\""
            case 0x2018, 0x2019: "\""
            case 0xFF5B: "{"
            case 0xFF5D: "}"
            case 0xFF3B, 0x3010: "["
            case 0xFF3D, 0x3011: "]"
            default: nil
            }
        if let halfWidth {
            return syntax(
                start, "这里用了全角或中文标点「\(Character(scalar))」，JSON 的标点要用半角",
                "改成半角的「\(halfWidth)」")
        }
        if scalar.properties.generalCategory == .spaceSeparator || scalar.value == 0xFEFF {
            return syntax(
                start, "这里有 JSON 不允许的空白字符（\(Self.codePoint(scalar.value))）",
                "JSON 只认空格、Tab 和换行；删去它或换成普通空格")
        }
        return nil
    }

    func trailingComma(_ comma: PackedLocation) -> YAMLProblem {
        syntax(comma, "尾随逗号：JSON 不允许在最后一项后面写逗号", "删去这个逗号")
    }

    func badKey(_ byte: UInt8) -> YAMLProblem {
        if let problem = misplacedCharacter() { return problem }
        let start = here
        if byte == UInt8(ascii: ",") {
            return syntax(start, "多了一个逗号：这里应当是一个键", "删去多余的逗号")
        }
        if byte == UInt8(ascii: "]") { return mismatched(byte, open.last!) }
        return syntax(
            start, "键「\(wordText(from: position))」没有加引号：JSON 的键必须是双引号括起的字符串",
            "把键写成 \"键\"")
    }

    func badValue(_ byte: UInt8) -> YAMLProblem {
        if let problem = misplacedCharacter() { return problem }
        let start = here
        switch byte {
        case UInt8(ascii: ","):
            return syntax(start, "这里缺少一个值（多了一个逗号）", "删去多余的逗号，或在逗号前补上值")
        case UInt8(ascii: ":"):
            return syntax(start, "这里缺少一个值，却出现了冒号", "检查是否多写了冒号，或键值写反了")
        case UInt8(ascii: "}"), UInt8(ascii: "]"):
            guard let container = open.last else {
                return syntax(start, "这里不能出现\(shown(at: position))", "文件应以「{」开始")
            }
            if container.isObject == (byte == UInt8(ascii: "}")) {
                return syntax(start, "冒号后面缺少值", "在冒号后写上值；没有值时写 null 或 \"\"")
            }
            return mismatched(byte, container)
        case UInt8(ascii: "+"):
            return badNumber(start, "数字前不能写 +")
        case UInt8(ascii: "."):
            return badNumber(start, "小数点前要有数字")
        default:
            break
        }
        let word = wordText(from: position)
        if word == "NaN" || word == "Infinity" { return notANumber(start) }
        if ["true", "false", "null"].contains(word.lowercased()) {
            return syntax(
                start, "「\(word)」要写成小写的 \(word.lowercased())", "JSON 只认小写的 true、false 和 null")
        }
        if word.isEmpty {
            return syntax(start, "这里不能出现\(shown(at: position))", "检查这一处的括号、逗号和引号")
        }
        return syntax(
            start, "「\(word)」没有加引号：JSON 的文本必须用双引号括起来",
            "写成 \"\(word)\"；只有数字、true、false 和 null 不加引号")
    }

    func badNumber(_ start: PackedLocation, _ what: String) -> YAMLProblem {
        let begin = locate(start).offset
        return syntax(
            start, "数字「\(wordText(from: begin))」的写法不符合 JSON：\(what)",
            "写成 12、-3、0.5 或 1e3 这样的数字；它本是文本时给它加双引号")
    }

    func notANumber(_ start: PackedLocation) -> YAMLProblem {
        syntax(start, "JSON 没有 NaN 和 Infinity", "写成一个数字；没有值时写 null")
    }

    func missingColon(_ byte: UInt8) -> YAMLProblem {
        if let problem = misplacedCharacter() { return problem }
        return syntax(here, "键后面缺少冒号「:」（这里是\(shown(at: position))）", "在键和值之间写半角冒号「:」")
    }

    func missingComma(_ byte: UInt8) -> YAMLProblem {
        if let problem = misplacedCharacter() { return problem }
        return syntax(
            here, "缺少逗号：两项之间要用半角逗号「,」分隔（这里是\(shown(at: position))）",
            "在上一项后面加逗号；若是上一项没有写完，检查它的引号和括号")
    }

    func mismatched(_ bracket: UInt8, _ container: Container) -> YAMLProblem {
        let opening = container.isObject ? "{" : "["
        return syntax(
            here, "括号不配对：「\(Character(Unicode.Scalar(bracket)))」不能闭合前面的「\(opening)」",
            "「{」要用「}」闭合，「[」要用「]」闭合", related: container.start)
    }

    func extraContent() -> YAMLProblem {
        if let problem = misplacedCharacter() { return problem }
        return syntax(
            here, "顶层的值已经结束，后面还有内容（\(shown(at: position))）",
            "一个 JSON 文件只能有一个顶层值；检查是否多写或少写了括号")
    }

    func unclosedString(_ start: PackedLocation) -> YAMLProblem {
        syntax(start, "字符串没有闭合：缺少结尾的双引号", "检查这一处的引号是否成对")
    }

    func controlInString(_ byte: UInt8) -> YAMLProblem {
        let what =
            switch byte {
            case 0x0A, 0x0D: "换行"
            case 0x09: "Tab"
            default: "控制字符 0x\(String(byte, radix: 16, uppercase: true))"
            }
        return syntax(
            here, "字符串里有未转义的\(what)：JSON 的字符串不能直接含控制字符",
            byte == 0x0A || byte == 0x0D
                ? "换行写成 \\n；也可能是上一个字符串缺少结尾的双引号" : "写成转义形式（Tab 写成 \\t，其他写成 \\u00XX），或删去它")
    }

    func invalidEscape(at start: PackedLocation) -> YAMLProblem {
        syntax(
            start, "无效的转义「\\\(shown(at: position + 1).trimmingQuoteMarks)」",
            "JSON 只认 \\\" \\\\ \\/ \\b \\f \\n \\r \\t 和 \\uXXXX；要写反斜杠本身，写成 \\\\")
    }

    func loneSurrogate(_ unit: UInt32, at start: PackedLocation) -> YAMLProblem {
        let hex = String(unit, radix: 16, uppercase: true)
        let high = unit < 0xDC00
        return syntax(
            start,
            high
                ? "孤立的代理项 \\u\(hex)：高代理项后面要紧跟一个低代理项（\\uDC00–\\uDFFF）"
                : "孤立的代理项 \\u\(hex)：低代理项前面缺少高代理项（\\uD800–\\uDBFF）",
            "写完整的代理对（如 𠀀 写成 \\uD840\\uDC00），或直接写出这个字符")
    }

    func endOfInput(_ expect: Expect) -> YAMLProblem {
        if rootID < 0 {
            return YAMLProblem(
                code: .empty, location: .start, message: "文件里没有内容（只有空白）",
                hint: "申报文件至少要写 {\"qingdan\": 1, \"region\": …}")
        }
        if expect == .colon {
            return syntax(here, "文件在键后面结束了，缺少冒号和值", "补上冒号和值；文件可能没有保存完整")
        }
        if let container = open.last {
            return syntax(
                here, "「\(container.isObject ? "{" : "[")」没有闭合，文件就结束了",
                "在文件末尾补上「\(container.isObject ? "}" : "]")」，或检查中间是否少了括号、引号", related: container.start)
        }
        return syntax(
            here, "文件在这里结束了，缺少一个值",
            "补上缺少的部分；文件可能没有保存完整")
    }
}

extension String {
    /// `x` from `「x」`.
    fileprivate var trimmingQuoteMarks: String {
        hasPrefix("「") && hasSuffix("」") ? String(dropFirst().dropLast()) : self
    }
}
