#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Typing slips of hand-written YAML found by one byte scan of each line's start, every one in
/// a file rather than libyaml's first error: a full-width colon after a key (`name：某村`), a
/// full-width space or a tab as indentation, a full-width list dash or comment sign. Only the
/// start of a line where a key or a list item may begin is looked at; block scalars, quoted
/// scalars that run over lines, flow collections, comments and the continuation lines of plain
/// values are skipped, so a colon inside a value (`content: 时间：每月1日`) is never a slip.
enum TypingSlips {
    /// One slip: its code, the byte offset of the offending characters, what replaces them when
    /// that is certain, and the byte offset where the node it starts begins (for `confirmed`).
    struct Slip: Equatable {
        var code: FindingCode
        var offset: Int
        var length: Int
        var replacement: String?
        var nodeStart: Int
        /// The key the slip belongs to, when the line is a key line.
        var key: String?
    }

    /// The most slips one file reports: a file with more has its first hundred fixed first.
    static let limit = 100

    /// The slips of `bytes` (UTF-8, after any byte order mark at `start`).
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> [Slip] {
        guard let base = bytes.baseAddress, mayHaveSlip(base, count: bytes.count, from: start) else { return [] }
        var scanner = Scanner(base: base, count: bytes.count)
        scanner.run(from: start)
        return scanner.slips
    }

    /// Whether some line starts the way a slip does: a tab or full-width space in its indentation,
    /// a full-width dash or `＃`, or an ASCII key followed by `：`. Nearly every file has none, and
    /// this loop, with no state, is all it costs; a file with one is scanned again with the state
    /// that tells a slip from text (block scalars, quotes, flow collections, continued values).
    static func mayHaveSlip(_ base: UnsafePointer<UInt8>, count: Int, from start: Int) -> Bool {
        var index = start
        while index < count {
            while index < count && base[index] == 0x20 { index += 1 }
            guard index < count else { return false }
            var byte = base[index]
            // Dashes of list items, `- - `.
            while byte == 0x2D && index + 1 < count && base[index + 1] == 0x20 {
                index += 2
                while index < count && base[index] == 0x20 { index += 1 }
                guard index < count else { return false }
                byte = base[index]
            }
            if byte == 0x09 { return true }
            if byte == 0xE2 || byte == 0xE3 || byte == 0xEF {
                // U+3000, `—` (U+2014), `－` (U+FF0D), `＃` (U+FF03); not the quotes and ellipses
                // that text lines start with.
                if index + 2 < count {
                    let second = base[index + 1]
                    let third = base[index + 2]
                    if byte == 0xE3 && second == 0x80 && third == 0x80 { return true }
                    if byte == 0xE2 && second == 0x80 && third == 0x94 { return true }
                    if byte == 0xEF && second == 0xBC && (third == 0x8D || third == 0x83) { return true }
                }
            } else if (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte == 0x5F {
                index += 1
                while index < count {
                    let key = base[index]
                    guard (key | 0x20) >= 0x61 && (key | 0x20) <= 0x7A || (key >= 0x30 && key <= 0x39) || key == 0x5F
                    else { break }
                    index += 1
                }
                while index < count && base[index] == 0x20 { index += 1 }
                if index + 2 < count && base[index] == 0xEF && base[index + 1] == 0xBC && base[index + 2] == 0x9A {
                    return true
                }
            }
            guard index < count, let newline = memchr(base + index, 0x0A, count - index) else { return false }
            index = base.distance(to: newline.assumingMemoryBound(to: UInt8.self)) + 1
        }
        return false
    }

    /// What a content line is, for deciding where an indentation slip belongs.
    private struct LineShape {
        enum Kind: Equatable {
            case key
            case item
            case other
        }

        var kind: Kind
        /// The column (0-based) of the line's first dash or key.
        var indent: Int
        /// The column of the key, after any dashes; the indent when there is no key.
        var keyColumn: Int
        /// Whether the line ends after its key or dash, so that the next lines may be its value.
        var opensBlock: Bool
    }

    private struct Scanner {
        let base: UnsafePointer<UInt8>
        let count: Int
        var slips: [Slip] = []
        /// Lines indented by more spaces than this belong to a block scalar.
        var blockScalarParent: Int?
        /// The quote that a scalar opened and did not close on its line.
        var openQuote: UInt8?
        var flowDepth = 0
        /// A plain value ran to the end of the previous line: lines indented by more spaces
        /// continue it.
        var plainValueParent: Int?
        /// The last content line indented by spaces only.
        var previous: LineShape?
        /// Indentation slips since then, waiting for the next such line to tell their fixes.
        var pending: [(slip: Int, shape: LineShape, indentation: Range<Int>)] = []
        var pendingPrevious: LineShape?

        init(base: UnsafePointer<UInt8>, count: Int) {
            self.base = base
            self.count = count
        }

        mutating func run(from start: Int) {
            var lineStart = start
            while lineStart < count && slips.count < TypingSlips.limit {
                let newline = memchr(base + lineStart, 0x0A, count - lineStart)
                var end = newline.map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? count
                let next = end + 1
                if end > lineStart && base[end - 1] == 0x0D { end -= 1 }
                line(lineStart, end)
                lineStart = next
            }
            resolvePending(next: nil)
        }

        func isFullWidthSpace(_ index: Int, _ end: Int) -> Bool {
            index + 3 <= end && base[index] == 0xE3 && base[index + 1] == 0x80 && base[index + 2] == 0x80
        }

        func isFullWidthColon(_ index: Int, _ end: Int) -> Bool {
            index + 3 <= end && base[index] == 0xEF && base[index + 1] == 0xBC && base[index + 2] == 0x9A
        }

        /// `－` (U+FF0D) or `—` (U+2014), each three bytes.
        func isFullWidthDash(_ index: Int, _ end: Int) -> Bool {
            guard index + 3 <= end else { return false }
            return (base[index] == 0xEF && base[index + 1] == 0xBC && base[index + 2] == 0x8D)
                || (base[index] == 0xE2 && base[index + 1] == 0x80 && base[index + 2] == 0x94)
        }

        func isFullWidthHash(_ index: Int, _ end: Int) -> Bool {
            index + 3 <= end && base[index] == 0xEF && base[index + 1] == 0xBC && base[index + 2] == 0x83
        }

        func isKeyStart(_ byte: UInt8) -> Bool {
            (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F
        }

        func isKeyByte(_ byte: UInt8) -> Bool { isKeyStart(byte) || (byte >= 0x30 && byte <= 0x39) }

        /// Whether `index` is the end of the line or a space or tab.
        func isBreakOrBlank(_ index: Int, _ end: Int) -> Bool {
            index >= end || base[index] == 0x20 || base[index] == 0x09
        }

        /// What a full-width colon whose value starts at `after` becomes, when that is certain:
        /// the value must read afterwards as the text it was. Not when it would start a comment,
        /// a block or flow collection, an anchor, alias, tag or reserved indicator, a list item or
        /// another key, or become null (`~`, `null`), or when a ` #` or `: ` later in the line
        /// would cut it short.
        func colonReplacement(_ after: Int, _ end: Int) -> String? {
            if isBreakOrBlank(after, end) {
                let value = skippingBlanks(after, end)
                if value >= end || base[value] == 0x23 { return ":" }
            }
            let value = skippingBlanks(after, end)
            switch base[value] {
            case 0x23, 0x7C, 0x3E, 0x26, 0x2A, 0x21, 0x25, 0x40, 0x60, 0x5B, 0x7B, 0x7E: return nil
            case 0x2D, 0x3F, 0x3A:
                if value + 1 >= end || base[value + 1] == 0x20 { return nil }
            default: break
            }
            var index = value
            while index + 1 < end {
                if (base[index] == 0x20 || base[index] == 0x09) && base[index + 1] == 0x23 { return nil }
                if base[index] == 0x3A && (base[index + 1] == 0x20 || base[index + 1] == 0x09) { return nil }
                index += 1
            }
            var last = end
            while last > value && (base[last - 1] == 0x20 || base[last - 1] == 0x09 || base[last - 1] == 0x0D) {
                last -= 1
            }
            let word = String(decoding: UnsafeBufferPointer(start: base + value, count: last - value), as: UTF8.self)
            if ["null", "Null", "NULL"].contains(word) || (last > value && base[last - 1] == 0x3A) { return nil }
            return isBreakOrBlank(after, end) ? ":" : ": "
        }

        mutating func line(_ start: Int, _ end: Int) {
            if let quote = openQuote {
                if let close = closingQuote(quote, from: start, end) {
                    openQuote = nil
                    if flowDepth > 0 { scanFlow(from: close + 1, end) }
                }
                return
            }
            if flowDepth > 0 {
                scanFlow(from: start, end)
                return
            }
            var index = start
            while index < end && base[index] == 0x20 { index += 1 }
            let spaces = index - start
            let slipStart = index
            var hasTab = false
            var hasFullWidthSpace = false
            var width = spaces
            while index < end {
                if base[index] == 0x09 {
                    hasTab = true
                    index += 1
                } else if isFullWidthSpace(index, end) {
                    hasFullWidthSpace = true
                    index += 3
                } else if base[index] == 0x20 {
                    index += 1
                } else {
                    break
                }
                width += 1
            }
            // Blank and comment lines say nothing about structure.
            if index >= end || base[index] == 0x23 { return }
            // YAML indents by spaces only: a line indented by more spaces than a block scalar's
            // parent is its text, and so is the next line of a plain value.
            if let parent = blockScalarParent {
                if spaces > parent { return }
                blockScalarParent = nil
            }
            if let parent = plainValueParent {
                if spaces > parent { return }
                plainValueParent = nil
            }
            let indentSlip = hasTab || hasFullWidthSpace
            var shape = LineShape(kind: .other, indent: width, keyColumn: width, opensBlock: false)
            var cursor = index
            var lineSlips: [Slip] = []
            // List dashes, `- ` or a full-width one, maybe nested (`- - a`).
            while cursor < end {
                if base[cursor] == 0x2D && isBreakOrBlank(cursor + 1, end) {
                    cursor += 1
                } else if isFullWidthDash(cursor, end), isBreakOrBlank(cursor + 3, end),
                    startsKey(skippingBlanks(cursor + 3, end), end)
                {
                    lineSlips.append(
                        Slip(code: .fullWidthDash, offset: cursor, length: 3, replacement: "-", nodeStart: cursor))
                    cursor += 3
                } else {
                    break
                }
                shape.kind = .item
                let before = cursor
                cursor = skippingBlanks(cursor, end)
                shape.keyColumn += 1 + cursor - before
            }
            if cursor >= end || base[cursor] == 0x23 {
                // A dash alone: the item's value is on the next lines.
                shape.opensBlock = true
                finish(shape, spaces: spaces, indentSlip: indentSlip ? (slipStart, index, hasTab) : nil, lineSlips)
                return
            }
            if shape.kind == .other && isFullWidthHash(cursor, end) {
                // `＃ 说明` where a key could begin: a comment typed with a full-width sign.
                slips.append(Slip(code: .fullWidthHash, offset: cursor, length: 3, replacement: "#", nodeStart: cursor))
                return
            }
            var valueStart: Int?
            if isKeyStart(base[cursor]) {
                var keyEnd = cursor + 1
                while keyEnd < end && isKeyByte(base[keyEnd]) { keyEnd += 1 }
                var colon = keyEnd
                while colon < end && base[colon] == 0x20 { colon += 1 }
                if colon < end && base[colon] == 0x3A && isBreakOrBlank(colon + 1, end) {
                    valueStart = colon + 1
                } else if isFullWidthColon(colon, end) {
                    let after = colon + 3
                    let key = String(
                        decoding: UnsafeBufferPointer(start: base + cursor, count: keyEnd - cursor), as: UTF8.self)
                    lineSlips.append(
                        Slip(
                            code: .fullWidthColon, offset: colon, length: 3,
                            replacement: colonReplacement(after, end), nodeStart: cursor, key: key))
                    valueStart = after
                }
            }
            if let valueStart {
                if shape.kind == .other { shape.kind = .key }
                let value = skippingBlanks(valueStart, end)
                shape.opensBlock = value >= end || base[value] == 0x23
                self.value(at: value, end, parent: shape.keyColumn, onSlipLine: indentSlip)
            } else if shape.kind == .item {
                value(at: cursor, end, parent: shape.indent, onSlipLine: indentSlip)
            } else {
                // Neither a key nor an item: a quoted key, or text (the value of the key above, or
                // something libyaml will judge).
                if base[cursor] == 0x22 || base[cursor] == 0x27 || base[cursor] == 0x5B || base[cursor] == 0x7B {
                    value(at: cursor, end, parent: shape.indent)
                } else if !indentSlip {
                    // Text on a line of its own goes on over the lines indented as far.
                    plainValueParent = max(spaces - 1, 0)
                }
            }
            finish(shape, spaces: spaces, indentSlip: indentSlip ? (slipStart, index, hasTab) : nil, lineSlips)
        }

        /// Records a content line: its indentation slip, if it has one and is a key or an item
        /// (anything else may be text that libyaml reads as part of a value), and its slips.
        mutating func finish(
            _ shape: LineShape, spaces: Int, indentSlip: (start: Int, end: Int, hasTab: Bool)?, _ lineSlips: [Slip]
        ) {
            if let indentSlip {
                if shape.kind != .other {
                    if pending.isEmpty { pendingPrevious = previous }
                    pending.append((slips.count, shape, indentSlip.start..<indentSlip.end))
                    slips.append(
                        Slip(
                            code: indentSlip.hasTab ? .tabIndent : .fullWidthIndent, offset: indentSlip.start,
                            length: indentSlip.end - indentSlip.start, replacement: nil, nodeStart: indentSlip.start))
                } else {
                    resolvePending(next: nil)
                    previous = nil
                }
            } else {
                resolvePending(next: shape)
                previous = shape
            }
            slips += lineSlips
        }

        /// A tab or full-width indentation becomes spaces only where YAML allows no other
        /// indentation: between two siblings at the same indentation, the first of which has a
        /// value (so it is no parent), or as the first child of a line that opens a block when
        /// the next line is the child's sibling and the slip line opens no block of its own.
        /// Several slip lines in a row get a fix only when they are indented alike and open no
        /// block.
        mutating func resolvePending(next: LineShape?) {
            defer {
                pending.removeAll()
                pendingPrevious = nil
            }
            guard let first = pending.first, let previous = pendingPrevious, let next else { return }
            if pending.count > 1 {
                let bytes = UnsafeBufferPointer(start: base, count: count)
                guard
                    pending.allSatisfy({
                        bytes[$0.indentation].elementsEqual(bytes[first.indentation]) && !$0.shape.opensBlock
                    })
                else { return }
            }
            var fixed: Int?
            for (_, shape, _) in pending {
                let column: Int?
                switch (shape.kind, next.kind) {
                case (.key, .key):
                    if !previous.opensBlock && previous.keyColumn == next.indent && next.indent > 0 {
                        column = next.indent
                    } else if previous.opensBlock && !shape.opensBlock && next.indent > previous.keyColumn {
                        column = next.indent
                    } else {
                        column = nil
                    }
                case (.item, .item):
                    if previous.kind == .item && !previous.opensBlock && previous.indent == next.indent {
                        column = next.indent
                    } else if previous.kind == .key && previous.opensBlock && !shape.opensBlock
                        && next.indent >= previous.keyColumn
                    {
                        column = next.indent
                    } else {
                        column = nil
                    }
                default:
                    column = nil
                }
                guard let column, fixed == nil || fixed == column else { return }
                fixed = column
            }
            guard let fixed else { return }
            for (slip, _, _) in pending { slips[slip].replacement = String(repeating: " ", count: fixed) }
        }

        func skippingBlanks(_ index: Int, _ end: Int) -> Int {
            var index = index
            while index < end && (base[index] == 0x20 || base[index] == 0x09) { index += 1 }
            return index
        }

        /// Whether a key and its colon start at `index` (after a full-width dash, to be sure it is one).
        func startsKey(_ index: Int, _ end: Int) -> Bool {
            guard index < end, isKeyStart(base[index]) else { return false }
            var cursor = index + 1
            while cursor < end && isKeyByte(base[cursor]) { cursor += 1 }
            while cursor < end && base[cursor] == 0x20 { cursor += 1 }
            return (cursor < end && base[cursor] == 0x3A && isBreakOrBlank(cursor + 1, end))
                || isFullWidthColon(cursor, end)
        }

        /// A value starting at `index`: a block scalar, a quoted scalar or a flow collection may
        /// run over the following lines.
        mutating func value(at index: Int, _ end: Int, parent: Int, onSlipLine: Bool = false) {
            guard index < end else { return }
            switch base[index] {
            case 0x7C, 0x3E:  // | >
                blockScalarParent = parent
            case 0x22, 0x27:
                if closingQuote(base[index], from: index + 1, end) == nil { openQuote = base[index] }
            case 0x5B, 0x7B:  // [ {
                scanFlow(from: index, end)
            case 0x23:
                break
            default:
                // A line indented by a slip has no column YAML would give it: what follows is
                // judged afresh.
                if !onSlipLine { plainValueParent = parent }
            }
        }

        /// The index of the quote that closes a scalar opened by `quote`, on this line.
        func closingQuote(_ quote: UInt8, from index: Int, _ end: Int) -> Int? {
            var cursor = index
            while cursor < end {
                let byte = base[cursor]
                if quote == 0x22 && byte == 0x5C {
                    cursor += 2
                    continue
                }
                if byte == quote {
                    if quote == 0x27 && cursor + 1 < end && base[cursor + 1] == 0x27 {
                        cursor += 2
                        continue
                    }
                    return cursor
                }
                cursor += 1
            }
            return nil
        }

        /// Brackets of a flow collection, skipping quoted scalars and comments.
        mutating func scanFlow(from index: Int, _ end: Int) {
            var cursor = index
            while cursor < end {
                switch base[cursor] {
                case 0x5B, 0x7B: flowDepth += 1
                case 0x5D, 0x7D: flowDepth = max(0, flowDepth - 1)
                case 0x22, 0x27:
                    let quote = base[cursor]
                    guard let close = closingQuote(quote, from: cursor + 1, end) else {
                        openQuote = quote
                        return
                    }
                    cursor = close
                case 0x23 where cursor == index || base[cursor - 1] == 0x20 || base[cursor - 1] == 0x09:
                    return
                default: break
                }
                cursor += 1
            }
        }
    }
}

extension TypingSlips {
    /// The problems of `slips`, located in one pass over the file, each with its message, hint
    /// and, when it is certain, its fix.
    static func problems(_ slips: [Slip], in source: SourceFile) -> [YAMLProblem] {
        var problems: [YAMLProblem] = []
        problems.reserveCapacity(slips.count)
        var line = 1
        var lineStart = 0
        var scanned = 0
        let bytes = source.bytes
        for slip in slips.sorted(by: { $0.offset < $1.offset }) {
            while scanned < slip.offset {
                if bytes[scanned] == 0x0A {
                    line += 1
                    lineStart = scanned + 1
                }
                scanned += 1
            }
            var column = 1
            var cursor = max(lineStart, source.byteOrderMarkLength)
            while cursor < slip.offset {
                cursor += UTF8Width.of(leadByte: bytes[cursor])
                column += 1
            }
            let location = SourceLocation(line: line, column: column, offset: slip.offset)
            problems.append(problem(slip, at: location))
        }
        return problems
    }

    static func problem(_ slip: Slip, at location: SourceLocation) -> YAMLProblem {
        let range = slip.offset..<(slip.offset + slip.length)
        let key = slip.key.map { "「\($0)」" } ?? ""
        switch slip.code {
        case .fullWidthColon:
            return YAMLProblem(
                code: slip.code, location: location, message: "键\(key)后面用了全角冒号「：」",
                hint: "键和值之间要用半角冒号「:」加一个空格，例如「\(slip.key ?? "name"): 值」",
                fix: slip.replacement.map {
                    SourceFix(title: "把全角冒号「：」改为半角冒号「:」", range: range, replacement: $0)
                })
        case .fullWidthDash:
            return YAMLProblem(
                code: slip.code, location: location, message: "列表项前用了全角的短横线",
                hint: "列表项要以半角减号「-」加一个空格开头",
                fix: SourceFix(title: "把全角短横线改为半角减号「-」", range: range, replacement: "-"))
        case .fullWidthHash:
            return YAMLProblem(
                code: slip.code, location: location, message: "注释用了全角的「＃」",
                hint: "注释要以半角「#」开头；用了全角「＃」，这一行会被当作内容来读",
                fix: SourceFix(title: "把「＃」改为「#」", range: range, replacement: "#"))
        case .tabIndent:
            let spaces = slip.replacement.map { "这一行应缩进 \($0.count) 个空格" }
            return YAMLProblem(
                code: slip.code, location: location, message: "用了 Tab 缩进",
                hint: "YAML 不能用 Tab 缩进，只能用空格；" + (spaces ?? "同一层的键要从同一列开始，下一层比上一层多缩进两个空格"),
                fix: slip.replacement.map {
                    SourceFix(title: "把 Tab 缩进改为 \($0.count) 个空格", range: range, replacement: $0)
                })
        default:
            let spaces = slip.replacement.map { "这一行应缩进 \($0.count) 个空格" }
            return YAMLProblem(
                code: slip.code, location: location, message: "用了全角空格「　」缩进",
                hint: "YAML 只能用半角空格缩进，全角空格会被当作键名的一部分；"
                    + (spaces ?? "同一层的键要从同一列开始，下一层比上一层多缩进两个空格"),
                fix: slip.replacement.map {
                    SourceFix(title: "把全角空格缩进改为 \($0.count) 个半角空格", range: range, replacement: $0)
                })
        }
    }

    /// The slips that a tree libyaml built without error confirms: those that begin a plain
    /// scalar (the key `name：某村` or `　　name`, the item `－ name`). A tab libyaml accepted is
    /// no slip.
    ///
    /// Slips on the next lines of a plain scalar that a confirmed slip starts are confirmed too:
    /// `code：1`, `name：某村` under `region:` are one text to libyaml.
    static func confirmed(_ slips: [Slip], by tree: YAMLTree) -> [Slip] {
        var plain: [Range<Int>] = []
        for record in tree.records where record.kind == .scalar && record.style == .plain {
            plain.append(
                tree.byteOffset(
                    ofCharacter: record.start.character)..<tree.byteOffset(ofCharacter: record.end.character))
        }
        plain.sort { $0.lowerBound < $1.lowerBound }
        var confirmedStarts = Set<Int>()
        var confirmed: [Slip] = []
        for slip in slips.sorted(by: { $0.offset < $1.offset }) where slip.code != .tabIndent {
            // The last plain scalar starting at or before the slip's node.
            var low = 0
            var high = plain.count
            while low < high {
                let middle = (low + high) / 2
                if plain[middle].lowerBound <= slip.nodeStart { low = middle + 1 } else { high = middle }
            }
            guard low > 0 else { continue }
            let scalar = plain[low - 1]
            if scalar.lowerBound == slip.nodeStart {
                confirmedStarts.insert(scalar.lowerBound)
                confirmed.append(slip)
            } else if scalar.contains(slip.nodeStart) && confirmedStarts.contains(scalar.lowerBound) {
                confirmed.append(slip)
            }
        }
        return confirmed
    }

    /// One problem carrying all of `problems` (which is not empty).
    static func combined(_ problems: [YAMLProblem]) -> YAMLProblem {
        var first = problems[0]
        first.others = Array(problems.dropFirst())
        return first
    }
}
