import QingdanPluginAPI
import QingdanYAML

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A waiver written in a filing as a comment:
///
///     # qingdan: allow YB-CERT-COUNT reason="经区政府同意暂保留" until=2025-12-31
///     - name: 农户种养殖情况证明
///
/// A comment on a line of its own applies to the next line with content; a comment at the end
/// of a line applies to that line. The reason is required; `until` is optional.
public struct InlineWaiver: Sendable, Equatable {
    public let rules: [String]
    public let reason: String?
    public let until: CivilDate?
    /// `until` as written, when it is not a valid date.
    public let invalidUntil: String?
    /// What is wrong with the comment's wording (an unknown key such as `untill=`, a quote
    /// never closed): such a comment waives nothing, so a slip cannot drop its expiry.
    public let wordingProblem: String?
    /// Where the comment is.
    public let location: SourceLocation
    /// The line whose findings it waives.
    public let targetLine: Int

    static let marker = Array("qingdan:".utf8)

    /// Every waiver comment in a parsed file. Only real YAML comments count: a `#` inside a
    /// quoted or block scalar (`YAMLTree.textSpans`) is text, however it looks.
    public static func scan(_ tree: YAMLTree) -> [InlineWaiver] {
        let source = tree.source
        let bytes = source.bytes
        guard containsDirective(bytes) else { return [] }
        let spans = tree.textSpans()
        var nextSpan = 0
        var waivers: [InlineWaiver] = []
        var pendingFullLine: [(comment: String, location: SourceLocation)] = []
        var lineStart = source.byteOrderMarkLength
        var line = 1
        while lineStart <= bytes.count {
            var lineEnd = lineStart
            // A line ends at LF, CR LF or a lone CR (old Mac files), as YAML's lines do.
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A, bytes[lineEnd] != 0x0D { lineEnd += 1 }
            let nextLine =
                lineEnd + (lineEnd + 1 < bytes.count && bytes[lineEnd] == 0x0D && bytes[lineEnd + 1] == 0x0A ? 2 : 1)
            let content = bytes[lineStart..<lineEnd]
            let firstNonSpace = content.firstIndex { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }
            let isBlank = firstNonSpace == nil
            // Spans wholly before this line are done with.
            while nextSpan < spans.count, spans[nextSpan].upperBound <= lineStart { nextSpan += 1 }
            if let hash = commentStart(content, outside: spans[nextSpan...]) {
                let text = String(decoding: bytes[(hash + 1)..<lineEnd], as: UTF8.self)
                let column = String(decoding: bytes[lineStart..<hash], as: UTF8.self).unicodeScalars.count + 1
                let location = SourceLocation(line: line, column: column, offset: hash)
                if let body = body(of: text) {
                    if hash == firstNonSpace {
                        pendingFullLine.append((body, location))
                    } else {
                        waivers.append(parse(body, location: location, target: line))
                    }
                }
            }
            let isCommentOnly =
                firstNonSpace.map { bytes[$0] == UInt8(ascii: "#") && !inside($0, spans[nextSpan...]) }
                ?? false
            if !isBlank && !isCommentOnly {
                waivers += pendingFullLine.map { parse($0.comment, location: $0.location, target: line) }
                pendingFullLine.removeAll()
            }
            line += 1
            lineStart = nextLine
        }
        // Comments with nothing below them still count (as unused).
        waivers += pendingFullLine.map { parse($0.comment, location: $0.location, target: line) }
        return waivers
    }

    /// Whether some `#` is followed (after spaces) by `qingdan:`: a quick test that lets the
    /// line-by-line scan skip the files without a directive, which is nearly all of them.
    private static func containsDirective(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            var index = 0
            while index < buffer.count {
                guard let hash = memchr(base + index, Int32(UInt8(ascii: "#")), buffer.count - index) else {
                    return false
                }
                index = base.distance(to: hash.assumingMemoryBound(to: UInt8.self))
                var next = index + 1
                while next < buffer.count && (buffer[next] == 0x20 || buffer[next] == 0x09) { next += 1 }
                if next + marker.count <= buffer.count {
                    var matched = true
                    for offset in 0..<marker.count where buffer[next + offset] != marker[offset] {
                        matched = false
                        break
                    }
                    if matched { return true }
                }
                index += 1
            }
            return false
        }
    }

    /// The offset of the `#` that starts a comment on this line: at the line's start or after a
    /// space or tab, and in none of `spans` (sorted, none ending before the line).
    private static func commentStart(_ line: ArraySlice<UInt8>, outside spans: ArraySlice<Range<Int>>) -> Int? {
        var previous: UInt8 = 0x20
        for index in line.indices {
            let byte = line[index]
            if byte == UInt8(ascii: "#"), previous == 0x20 || previous == 0x09, !inside(index, spans) {
                return index
            }
            previous = byte
        }
        return nil
    }

    /// Whether byte `offset` lies in one of `spans` (sorted; the first ends after `offset`'s line
    /// starts, so the few that share the line are all that is looked at).
    private static func inside(_ offset: Int, _ spans: ArraySlice<Range<Int>>) -> Bool {
        for span in spans {
            if span.lowerBound > offset { return false }
            if span.contains(offset) { return true }
        }
        return false
    }

    /// The text after `qingdan:` when the comment is a Qingdan directive.
    private static func body(of comment: String) -> String? {
        let trimmed = comment.drop { $0 == " " || $0 == "\t" }
        guard trimmed.hasPrefix("qingdan:") else { return nil }
        return String(trimmed.dropFirst("qingdan:".count))
    }

    static func parse(_ body: String, location: SourceLocation, target: Int) -> InlineWaiver {
        var rest = Substring(body)
        func skipSpaces() { rest = rest.drop { $0 == " " || $0 == "\t" || $0 == "\r" } }
        func word() -> Substring {
            skipSpaces()
            let token = rest.prefix { $0 != " " && $0 != "\t" && $0 != "\r" }
            rest = rest.dropFirst(token.count)
            return token
        }
        var rules: [String] = []
        var reason: String?
        var untilText: String?
        var wordingProblem: String?
        if word() == "allow" {
            let ruleWord = word()
            if !ruleWord.contains("=") {
                rules = ruleWord.split(separator: ",").map(String.init)
            } else {
                rest = ruleWord + rest
            }
            while true {
                skipSpaces()
                guard let equals = rest.firstIndex(of: "=") else { break }
                let key = rest[..<equals]
                rest = rest[rest.index(after: equals)...]
                let value: String
                if let open = rest.first,
                    let close = (["\"": "\"", "“": "”", "「": "」"] as [Character: Character])[open]
                {
                    let afterOpen = rest.dropFirst()
                    let end = afterOpen.firstIndex(of: close) ?? afterOpen.endIndex
                    if end == afterOpen.endIndex, wordingProblem == nil {
                        wordingProblem = "\(key) 的引号「\(open)」没有配对的「\(close)」"
                    }
                    value = String(afterOpen[..<end])
                    rest = end < afterOpen.endIndex ? afterOpen[afterOpen.index(after: end)...] : ""
                } else {
                    value = String(word())
                }
                if (key == "reason" && reason != nil) || (key == "until" && untilText != nil), wordingProblem == nil {
                    wordingProblem = "\(key) 写了两次"
                }
                if key == "reason" {
                    reason = value
                } else if key == "until" {
                    untilText = value
                } else if wordingProblem == nil {
                    wordingProblem = "「\(key)」不是豁免注释的写法（只有 reason 和 until）"
                }
            }
        }
        let until = untilText.flatMap { CivilDate($0) }
        return InlineWaiver(
            rules: rules, reason: reason?.allSatisfy(\.isWhitespace) == true ? nil : reason, until: until,
            invalidUntil: until == nil ? untilText : nil, wordingProblem: wordingProblem, location: location,
            targetLine: target)
    }

    /// A waiver for no rule in particular (`allow` alone, `allow all`, `allow *`).
    public var isBlanket: Bool { rules.isEmpty || rules.contains { $0 == "all" || $0 == "*" } }
}
