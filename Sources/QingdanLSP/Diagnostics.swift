import QingdanCore
import QingdanPluginAPI
import QingdanReporters
import QingdanYAML

/// One document checked: the report `qingdan check` gives for its text, each finding placed as
/// a protocol range.
struct DocumentAnalysis: Sendable {
    struct Placed: Sendable {
        let finding: Finding
        let range: TextRange
        /// The byte range the finding covers in the document.
        let bytes: Range<Int>
    }

    let index: LineIndex
    let report: FileReport
    let placed: [Placed]
    /// The county filing a village was checked against, when one was found.
    let district: WorkspaceFilings.County?
    /// The bytes inside quoted and block scalars, where a `#` is text.
    let textSpans: [Range<Int>]
    /// The other place a file's syntax problem names (the first of two equal keys, the start of
    /// the construct a syntax error is in), as a range.
    let syntaxRelated: (code: FindingCode, range: TextRange)?

    init(source: SourceFile, checker: Checker, encoding: PositionEncoding, workspace: WorkspaceFilings?) {
        index = LineIndex(bytes: source.bytes, encoding: encoding)
        let parsed = checker.parse(source)
        var county: WorkspaceFilings.County?
        if let header = parsed.header, let workspace { county = workspace.county(for: header, near: source.path) }
        district = county
        report = checker.check(parsed: parsed, district: county?.filing)
        let tree = try? parsed.tree.get()
        textSpans = tree?.textSpans() ?? []
        if case .failure(let problem) = parsed.tree, let related = problem.related {
            let start = Self.offset(of: related, in: index, source: source)
            syntaxRelated = (problem.code, index.range(ofBytes: start..<start))
        } else {
            syntaxRelated = nil
        }
        let ends = tree.map(Self.nodeEnds) ?? [:]
        let index = self.index
        placed = report.findings.map { finding in
            let start = Self.offset(of: finding.location, in: index, source: source)
            let end = Self.end(from: start, nodeEnds: ends, index: index)
            return Placed(finding: finding, range: index.range(ofBytes: start..<end), bytes: start..<end)
        }
    }

    /// The byte offset of a location; the location's line and column when its offset does not
    /// fall on that line (a finding placed without one).
    static func offset(of location: SourceLocation, in index: LineIndex, source: SourceFile) -> Int {
        let offset = min(max(location.offset, 0), index.bytes.count)
        let line = max(location.line - 1, 0)
        if index.position(ofByte: offset).line == line { return offset }
        guard line < index.lineCount else { return index.bytes.count }
        var cursor = index.lineStart(line)
        if line == 0 { cursor = max(cursor, source.byteOrderMarkLength) }
        let end = index.lineEnd(line)
        for _ in 1..<max(location.column, 1) where cursor < end {
            cursor = min(cursor + LineIndex.width(leadByte: index.bytes[cursor]), end)
        }
        return cursor
    }

    /// Where a finding's range ends: the end of the scalar that starts where it does (on its first
    /// line), else the end of the line's content before any comment; never an empty range on a
    /// line with text.
    static func end(from start: Int, nodeEnds: [Int: (end: Int, isScalar: Bool)], index: LineIndex) -> Int {
        let line = index.position(ofByte: start).line
        let lineEnd = index.lineEnd(line)
        if let node = nodeEnds[start], node.isScalar, node.end > start { return min(node.end, lineEnd) }
        var end = lineEnd
        // Drop a trailing comment (a `#` after a space) and trailing spaces.
        var cursor = start
        while cursor < lineEnd {
            if index.bytes[cursor] == UInt8(ascii: "#"), cursor > start,
                index.bytes[cursor - 1] == 0x20 || index.bytes[cursor - 1] == 0x09
            {
                end = cursor
                break
            }
            cursor += 1
        }
        while end > start, index.bytes[end - 1] == 0x20 || index.bytes[end - 1] == 0x09 { end -= 1 }
        if end == start, start < lineEnd { end = min(start + LineIndex.width(leadByte: index.bytes[start]), lineEnd) }
        return end
    }

    /// For each byte offset at which a node starts, where it ends: a mapping or list wins over
    /// the scalar that starts at the same place (an item and the key of its first pair), so a
    /// finding about an item covers its line.
    static func nodeEnds(_ tree: YAMLTree) -> [Int: (end: Int, isScalar: Bool)] {
        var ends: [Int: (end: Int, isScalar: Bool)] = [:]
        var stack = [tree.root]
        while let node = stack.popLast() {
            let range = node.byteRange
            if node.isScalar {
                if ends[range.lowerBound] == nil { ends[range.lowerBound] = (range.upperBound, true) }
            } else {
                ends[range.lowerBound] = (range.upperBound, false)
                if node.isMapping {
                    for pair in node.pairs {
                        stack.append(pair.key)
                        stack.append(pair.value)
                    }
                } else {
                    stack.append(contentsOf: node.items)
                }
            }
        }
        return ends
    }

    /// The diagnostics to publish.
    func diagnostics(library: PackLibrary, documentation: RuleDocumentation, uri: String) -> [JSONValue] {
        placed.map { diagnostic($0, library: library, documentation: documentation, uri: uri) }
    }

    func diagnostic(_ item: Placed, library: PackLibrary, documentation: RuleDocumentation, uri: String)
        -> JSONValue
    {
        let finding = item.finding
        var message = finding.message
        if let citation = finding.citation { message += "\n依据：\(citation)" }
        if let hint = finding.hint { message += "\n建议：\(hint)" }
        let code = finding.ruleID.rawValue
        let title = finding.basis == nil ? nil : library.rule(id: code)?.title
        var related: [JSONValue] = []
        if let district, Self.readsDistrict(finding, library: library) {
            related.append(
                .object([
                    "location": .object([
                        "uri": .string(district.uri),
                        "range": TextRange(start: Position(line: 0, character: 0), end: Position(line: 0, character: 0))
                            .json,
                    ]),
                    "message": .string("对照的县级申报：\(district.name)（\(district.asOfText)）"),
                ]))
        }
        if let (relatedCode, range) = syntaxRelated, relatedCode == finding.ruleID {
            related.append(
                .object([
                    "location": .object(["uri": .string(uri), "range": range.json]),
                    "message": .string(relatedCode == .duplicateKey ? "第一次出现的位置" : "相关位置"),
                ]))
        }
        return .object([
            "range": item.range.json,
            "severity": .int(Self.severity(finding.severity)),
            "code": .string(code),
            "codeDescription": .object(["href": .string(documentation.href(code: code, ruleTitle: title))]),
            "source": .string("qingdan"),
            "message": .string(message),
            "relatedInformation": related.isEmpty ? nil : .array(related),
            "data": .object(["uri": .string(uri), "fingerprint": .string(finding.fingerprint)]),
        ])
    }

    /// Whether a finding's rule judges the filing against its county's (准入: tasks against the
    /// county's lists).
    static func readsDistrict(_ finding: Finding, library: PackLibrary) -> Bool {
        guard finding.basis != nil, let rule = library.rule(id: finding.ruleID.rawValue) else { return false }
        return rule.kind.name == "tasks.admitted"
    }

    /// LSP's DiagnosticSeverity: 1 error, 2 warning, 3 information.
    static func severity(_ severity: Severity) -> Int {
        switch severity {
        case .error: 1
        case .warning: 2
        case .info: 3
        }
    }

    /// The findings whose range meets `range`.
    func findings(in range: TextRange) -> [Placed] {
        placed.filter { $0.range.overlaps(range) }
    }
}
