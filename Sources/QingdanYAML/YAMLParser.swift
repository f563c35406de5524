import CYAML

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns a source file into a located `YAMLTree` straight from libyaml's event stream.
///
/// Filings are plain data, so the parser refuses what plain data never needs: anchors and
/// aliases (the door for "billion laughs" documents), tags other than the core ones, keys that
/// are not scalars, duplicate keys and streams of more than one document.
public enum YAMLParser {
    /// The tree of `source`. Typing slips (`TypingSlips`) are thrown, all of them, in place of
    /// libyaml's error; in a file libyaml reads anyway, the slips its tree confirms are thrown
    /// too, or with `keepingSlips` kept in the tree's `typingSlips` (a filing's checks then judge
    /// the rest of it).
    public static func parse(
        _ source: SourceFile, limits: ParseLimits = .default, keepingSlips: Bool = false
    ) throws(YAMLProblem) -> YAMLTree {
        try refuseUnreadable(source, limits: limits)
        var builder = TreeBuilder(source: source, limits: limits)
        var result: Result<YAMLTree, YAMLProblem>!
        var slips: [TypingSlips.Slip] = []
        source.bytes.withUnsafeBufferPointer { buffer in
            slips = TypingSlips.scan(buffer, from: source.byteOrderMarkLength)
            result = builder.run(buffer)
        }
        guard !slips.isEmpty else { return try result.get() }
        // Typing slips are reported together, in place of the error libyaml meets at the first
        // of them (which it words for what follows the slip, often on the next line); an error
        // before every slip is reported too. A file libyaml reads is refused only for the slips
        // its tree confirms.
        switch result! {
        case .success(let tree):
            let confirmed = TypingSlips.confirmed(slips, by: tree)
            guard !confirmed.isEmpty else { return tree }
            let problems = TypingSlips.problems(confirmed, in: source)
            guard keepingSlips else { throw TypingSlips.combined(problems) }
            return tree.keeping(problems)
        case .failure(let problem):
            let problems = TypingSlips.problems(slips, in: source)
            guard problem.code == .syntax else { throw problem }
            throw TypingSlips.combined(problem.location < problems[0].location ? [problem] + problems : problems)
        }
    }

    /// Refuses text that is not UTF-8 as YAML and JSON are refused (a CSV table read as text).
    public static func refuseNonUTF8(_ source: SourceFile, limits: ParseLimits) throws(YAMLProblem) {
        try refuseUnreadable(source, limits: limits)
        var iterator = source.bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return
            case .error: throw invalidUTF8(source, at: offset)
            }
        }
    }

    /// What refuses a file before any syntax is read, the same for YAML and JSON: a byte order
    /// mark or NUL pattern of another encoding, a file over the size limit, a file with no bytes
    /// but a byte order mark.
    static func refuseUnreadable(_ source: SourceFile, limits: ParseLimits) throws(YAMLProblem) {
        if let foreign = EncodingSniffer.foreignByteOrderMark(source.bytes)
            ?? EncodingSniffer.unmarkedUTF16(source.bytes)
        {
            throw YAMLProblem(
                code: .encoding, location: .start,
                message: "文件是 \(foreign.rawValue) 编码，申报文件要用 UTF-8",
                hint: foreign.isUTF16
                    ? "用编辑器“另存为”UTF-8，或加 --encoding utf-16 读取"
                    : "用编辑器“另存为”UTF-8 编码后再检查")
        }
        let maxBytes = min(limits.maxFileBytes, ParseLimits.largestFile)
        guard source.bytes.count <= maxBytes else {
            throw YAMLProblem(
                code: .limit, location: .start,
                message: "文件有 \(source.bytes.count) 字节，超过上限 \(maxBytes) 字节",
                hint: "申报文件通常只有几 KB；如确需检查更大的文件，用 --max-file-size 调高上限")
        }
        if source.bytes.count == source.byteOrderMarkLength {
            throw YAMLProblem(
                code: .empty, location: .start, message: "文件是空的",
                hint: "申报文件至少要写 `qingdan: 1` 和 `region:`")
        }
        if let offset = source.strayByteOrderMarkOffset {
            throw YAMLProblem(
                code: .syntax, location: source.location(ofByteOffset: offset),
                message: "文件中间有字节顺序标记（BOM，U+FEFF）",
                hint: "删去这个看不见的字符；它常因两个文件首尾相接（各带一个 BOM）或从别处粘贴文字带入")
        }
    }

    /// A file that is not valid UTF-8 at `offset`, naming GB18030 when the bytes look like it.
    static func invalidUTF8(_ source: SourceFile, at offset: Int) -> YAMLProblem {
        let looksGB = EncodingSniffer.looksLikeGB18030(source.bytes)
        return YAMLProblem(
            code: .encoding, location: source.location(ofByteOffset: offset),
            message: looksGB ? "文件不是 UTF-8 编码，看起来是 GB18030/GBK" : "文件含有无效的 UTF-8 字节",
            hint: looksGB
                ? "用编辑器“另存为”UTF-8，或加 --encoding gb18030 读取"
                : "用编辑器“另存为”UTF-8 编码后再检查")
    }
}

/// Consumes libyaml events and fills the flat node storage of a `YAMLTree`.
private struct TreeBuilder {
    let source: SourceFile
    let limits: ParseLimits
    var records: [NodeRecord] = []
    var scalarBytes: [UInt8] = []
    var members: [Int32] = []
    /// Members of the collections still open, innermost last.
    var pending: [Int32] = []
    var openCollections: [(node: Int32, firstPending: Int)] = []
    var rootID: Int32 = -1
    var documents = 0

    init(source: SourceFile, limits: ParseLimits) {
        self.source = source
        self.limits = limits
        records.reserveCapacity(source.bytes.count / 12)
        scalarBytes.reserveCapacity(source.bytes.count)
        members.reserveCapacity(source.bytes.count / 12)
    }

    mutating func run(_ buffer: UnsafeBufferPointer<UInt8>) -> Result<YAMLTree, YAMLProblem> {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            return .failure(
                YAMLProblem(
                    code: .limit, location: .start, message: "内存不足，无法开始解析",
                    hint: "关闭其他程序，或用 --jobs 减少同时检查的文件数"))
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                return .failure(problem(from: parser))
            }
            let outcome = handle(event)
            let type = event.type
            yaml_event_delete(&event)
            switch outcome {
            case .failure(let problem): return .failure(problem)
            case .success where type == YAML_STREAM_END_EVENT:
                guard rootID >= 0 else {
                    return .failure(
                        YAMLProblem(
                            code: .empty, location: .start, message: "文件里没有内容（只有空白或注释）",
                            hint: "申报文件至少要写 `qingdan: 1` 和 `region:`"))
                }
                return .success(
                    YAMLTree(
                        source: source, records: records, scalarBytes: scalarBytes,
                        members: members, rootID: rootID))
            case .success: continue
            }
        }
    }

    mutating func handle(_ event: yaml_event_t) -> Result<Void, YAMLProblem> {
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                return .failure(
                    YAMLProblem(
                        code: .multipleDocuments, location: location(event.start_mark),
                        message: "一个文件只能有一个 YAML 文档，这里开始了第 \(documents) 个",
                        hint: "删去多余的 `---` 分隔行，或把各文档拆成单独的文件"))
            }
            return .success(())
        case YAML_ALIAS_EVENT:
            return .failure(anchorProblem(event.start_mark, alias: true))
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            if scalar.anchor != nil { return .failure(anchorProblem(event.start_mark, alias: false)) }
            var style: YAMLNode.ScalarStyle
            switch scalar.style {
            case YAML_PLAIN_SCALAR_STYLE: style = .plain
            case YAML_LITERAL_SCALAR_STYLE, YAML_FOLDED_SCALAR_STYLE: style = .block
            default: style = .quoted
            }
            if let tag = scalar.tag {
                let name = String(cString: tag)
                guard name == "tag:yaml.org,2002:str" || name == "!" else {
                    return .failure(tagProblem(name, event.start_mark))
                }
                style = .quoted
            }
            let length = Int(scalar.length)
            guard length <= limits.maxScalarBytes else {
                return .failure(
                    YAMLProblem(
                        code: .limit, location: location(event.start_mark),
                        message: "一个值长 \(length) 字节，超过上限 \(limits.maxScalarBytes) 字节",
                        hint: "申报中的名称和说明不会这么长；检查是否漏写了引号或误贴了大段内容"))
            }
            let payloadStart = Int32(scalarBytes.count)
            if length > 0, let value = scalar.value {
                scalarBytes.append(contentsOf: UnsafeBufferPointer(start: value, count: length))
            }
            return addNode(
                kind: .scalar, style: style, event: event,
                payloadStart: payloadStart, payloadCount: Int32(length))
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            let isMapping = event.type == YAML_MAPPING_START_EVENT
            let anchor = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
            if anchor != nil { return .failure(anchorProblem(event.start_mark, alias: false)) }
            if let tag = isMapping ? event.data.mapping_start.tag : event.data.sequence_start.tag {
                let name = String(cString: tag)
                guard name == (isMapping ? "tag:yaml.org,2002:map" : "tag:yaml.org,2002:seq") else {
                    return .failure(tagProblem(name, event.start_mark))
                }
            }
            if let parent = openCollections.last, records[Int(parent.node)].kind == .mapping,
                (pending.count - parent.firstPending) % 2 == 0
            {
                return .failure(
                    YAMLProblem(
                        code: .complexKey, location: location(event.start_mark),
                        message: "键必须是文本，不能是\(isMapping ? "映射" : "列表")",
                        hint: "检查这一行的缩进和冒号：键要写成 `名称: 值`"))
            }
            guard openCollections.count < limits.maxDepth else {
                return .failure(
                    YAMLProblem(
                        code: .limit, location: location(event.start_mark),
                        message: "嵌套超过 \(limits.maxDepth) 层",
                        hint: "申报文件的嵌套不超过 5 层；检查缩进是否写错（确需更深时用 --max-depth 调高上限）"))
            }
            let result = addNode(
                kind: isMapping ? .mapping : .sequence, style: .notScalar, event: event,
                payloadStart: 0, payloadCount: 0)
            if case .success = result {
                openCollections.append((Int32(records.count - 1), pending.count))
            }
            return result
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            return closeCollection(event)
        default:
            return .success(())
        }
    }

    /// Records a node and attaches it to the innermost open collection (collections are
    /// attached when they open, so node ids follow document order).
    mutating func addNode(
        kind: YAMLNode.Kind, style: YAMLNode.ScalarStyle, event: yaml_event_t,
        payloadStart: Int32, payloadCount: Int32
    ) -> Result<Void, YAMLProblem> {
        guard records.count < limits.maxNodes else {
            return .failure(.tooManyNodes(limits, at: location(event.start_mark)))
        }
        let start = packed(event.start_mark)
        let end = kind == .scalar ? packed(event.end_mark) : start
        records.append(
            NodeRecord(
                kind: kind, style: style, start: start, end: end,
                payloadStart: payloadStart, payloadCount: payloadCount))
        let id = Int32(records.count - 1)
        if openCollections.isEmpty { rootID = id } else { pending.append(id) }
        return .success(())
    }

    mutating func closeCollection(_ event: yaml_event_t) -> Result<Void, YAMLProblem> {
        let (node, firstPending) = openCollections.removeLast()
        let isMapping = records[Int(node)].kind == .mapping
        if isMapping, let problem = duplicateKeyProblem(keysFrom: firstPending) {
            return .failure(problem)
        }
        let payloadStart = Int32(members.count)
        members.append(contentsOf: pending[firstPending...])
        records[Int(node)].payloadStart = payloadStart
        records[Int(node)].payloadCount = Int32(pending.count - firstPending)
        records[Int(node)].end = packed(event.end_mark)
        pending.removeSubrange(firstPending...)
        return .success(())
    }

    func duplicateKeyProblem(keysFrom firstPending: Int) -> YAMLProblem? {
        // Nearly every mapping repeats no key: find that out without collecting its keys.
        guard mayRepeatKey(from: firstPending) else { return nil }
        return DuplicateKeys.problem(
            keys: stride(from: firstPending, to: pending.count, by: 2).map { pending[$0] }, records: records,
            scalarBytes: scalarBytes, locate: problemLocation)
    }

    /// Whether two keys of the mapping whose keys are `pending[first]`, `pending[first + 2]` …
    /// may be the same: false only when no two scalar payloads of up to 32 keys are equal.
    func mayRepeatKey(from first: Int) -> Bool {
        let keyCount = (pending.count - first + 1) / 2
        guard keyCount > 1 else { return false }
        guard keyCount <= 32 else { return true }
        return pending.withUnsafeBufferPointer { keys in
            records.withUnsafeBufferPointer { records in
                scalarBytes.withUnsafeBufferPointer { bytes in
                    guard let base = bytes.baseAddress else { return true }
                    for later in stride(from: first + 2, to: keys.count, by: 2) {
                        let second = records[Int(keys[later])]
                        guard second.kind == .scalar else { return true }
                        for earlier in stride(from: first, to: later, by: 2) {
                            let one = records[Int(keys[earlier])]
                            guard one.kind == .scalar else { return true }
                            if one.payloadCount == second.payloadCount,
                                memcmp(
                                    base + Int(one.payloadStart), base + Int(second.payloadStart),
                                    Int(one.payloadCount)) == 0
                            {
                                return true
                            }
                        }
                    }
                    return false
                }
            }
        }
    }

    /// Lines, columns and character indexes are below the byte count, which `parse` holds under
    /// `ParseLimits.largestFile` (Int32.max), so the conversions below never truncate.
    @inline(__always)
    func packed(_ mark: yaml_mark_t) -> PackedLocation {
        PackedLocation(
            line: Int32(truncatingIfNeeded: mark.line + 1), column: Int32(truncatingIfNeeded: mark.column + 1),
            character: Int32(truncatingIfNeeded: mark.index))
    }

    /// Where a problem is, with its byte offset found by walking from the start (once per file).
    func location(_ mark: yaml_mark_t) -> SourceLocation {
        problemLocation(packed(mark))
    }

    func problemLocation(_ packed: PackedLocation) -> SourceLocation {
        let offset = source.bytes.withUnsafeBufferPointer {
            CharacterOffsets.byteOffset(
                ofCharacter: Int(packed.character), in: $0, from: source.byteOrderMarkLength, character: 0)
        }
        return SourceLocation(line: Int(packed.line), column: Int(packed.column), offset: offset)
    }

    func anchorProblem(_ mark: yaml_mark_t, alias: Bool) -> YAMLProblem {
        YAMLProblem(
            code: .alias, location: location(mark),
            message: alias ? "不允许使用别名（*名称）" : "不允许使用锚点（&名称）",
            hint: "申报文件和规则包不使用锚点和别名；把内容直接写出来")
    }

    func tagProblem(_ tag: String, _ mark: yaml_mark_t) -> YAMLProblem {
        YAMLProblem(
            code: .tag, location: location(mark), message: "不支持 YAML 标签「\(tag)」",
            hint: "去掉标签；要让值按文本读，给它加引号")
    }

    func problem(from parser: yaml_parser_t) -> YAMLProblem {
        let english = parser.problem.map { String(cString: $0) } ?? "unknown error"
        if parser.error == YAML_READER_ERROR {
            let offset = Int(parser.problem_offset)
            let location = source.location(ofByteOffset: offset)
            if english.contains("UTF-8") || english.contains("Unicode") {
                return YAMLParser.invalidUTF8(source, at: offset)
            }
            if english.contains("control characters") {
                let byte = offset < source.bytes.count ? source.bytes[offset] : 0
                return YAMLProblem(
                    code: .syntax, location: location,
                    message: "文件含有不可见的控制字符（0x\(String(byte, radix: 16, uppercase: true))）",
                    hint: "删去这个字符；它常由复制粘贴带入")
            }
            return YAMLProblem(
                code: .syntax, location: location, message: "读取失败：文件里有无法读取的字符",
                hint: "用编辑器“另存为”UTF-8 编码的纯文本后再检查")
        }
        let report = SyntaxMessages.Report(
            problem: english, context: parser.context.map { String(cString: $0) },
            location: location(parser.problem_mark),
            contextLocation: parser.context == nil ? nil : location(parser.context_mark))
        let (message, hint, location) = SyntaxMessages.explain(report, in: source)
        return YAMLProblem(code: .syntax, location: location, message: message, hint: hint)
    }
}

/// Two equal keys in one mapping, found the same way for YAML and JSON: pairwise for the few keys
/// of most mappings, by hashing for larger ones, so a mapping costs time linear in its keys.
enum DuplicateKeys {
    static func problem(
        keys: [Int32], records: [NodeRecord], scalarBytes: [UInt8], locate: (PackedLocation) -> SourceLocation
    ) -> YAMLProblem? {
        guard keys.count > 1 else { return nil }
        func text(_ id: Int32) -> ArraySlice<UInt8> {
            let record = records[Int(id)]
            return scalarBytes[Int(record.payloadStart)..<Int(record.payloadStart + record.payloadCount)]
        }
        func duplicate(first: Int32, second: Int32) -> YAMLProblem {
            let firstLocation = locate(records[Int(first)].start)
            let name = String(decoding: text(second), as: UTF8.self)
            return YAMLProblem(
                code: .duplicateKey, location: locate(records[Int(second)].start),
                message: "键「\(name)」重复出现，第一次在第 \(firstLocation.line) 行第 \(firstLocation.column) 列",
                hint: "同一个映射里每个键只能写一次；合并两处内容或删去一处",
                related: firstLocation)
        }
        if keys.count <= 32 {
            for later in 1..<keys.count {
                for earlier in 0..<later
                where records[Int(keys[earlier])].payloadCount == records[Int(keys[later])].payloadCount
                    && text(keys[earlier]) == text(keys[later])
                {
                    return duplicate(first: keys[earlier], second: keys[later])
                }
            }
            return nil
        }
        var seen: [ArraySlice<UInt8>: Int32] = [:]
        for key in keys {
            let bytes = text(key)
            if let first = seen[bytes] { return duplicate(first: first, second: key) }
            seen[bytes] = key
        }
        return nil
    }
}
