/// A path pattern: `*` matches within one path segment, `**` across segments, `?` one character.
/// A pattern without `/` matches the last segment (`*.yaml` matches at any depth).
public struct Glob: Sendable, CustomStringConvertible {
    public let pattern: String
    private let tokens: [Token]
    private let matchesLastSegment: Bool
    /// For a pattern `*.ext` (the common case), the suffix to test instead of matching.
    private let suffix: String?

    public init(_ pattern: String) {
        self.pattern = pattern
        // Unicode scalars throughout, as the matcher reads them: a `/` or `*` followed by a
        // combining mark is still a separator or a star (as Characters, it is neither).
        var text = Substring(pattern).unicodeScalars
        if text.starts(with: Glob.dotSlash) { text.removeFirst(2) }
        tokens = Glob.tokens(Array(text))
        matchesLastSegment = !text.contains("/")
        let rest = text.dropFirst()
        suffix =
            text.first == "*" && !rest.contains(where: { $0 == "*" || $0 == "?" || $0 == "/" }) ? String(rest) : nil
    }

    private static let dotSlash: [Unicode.Scalar] = [".", "/"]

    public var description: String { pattern }

    public func matches(_ path: String) -> Bool {
        if let suffix {
            // `*` matches within the last segment, nothing included; the suffix has no `/`.
            return path.utf8.reversed().starts(with: suffix.utf8.reversed())
        }
        var subject = Substring(path).unicodeScalars
        if subject.starts(with: Glob.dotSlash) { subject.removeFirst(2) }
        if matchesLastSegment, let slash = subject.lastIndex(of: "/") {
            subject = subject[subject.index(after: slash)...]
        }
        return Glob.match(tokens, subject)
    }

    /// One step of a pattern.
    enum Token: Equatable, Sendable {
        case literal(Unicode.Scalar)
        /// `?`: one character, not `/`.
        case one
        /// `*`: any characters within a segment.
        case star
        /// `**`: any characters, across segments; `**/` may also match nothing at all.
        case globstar(slashFollows: Bool)
    }

    static func tokens(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "*" {
                var end = index
                while end < scalars.count, scalars[end] == "*" { end += 1 }
                if end - index >= 2 {
                    tokens.append(.globstar(slashFollows: end < scalars.count && scalars[end] == "/"))
                } else if tokens.last != .star {
                    tokens.append(.star)
                }
                index = end
            } else {
                tokens.append(scalar == "?" ? .one : .literal(scalar))
                index += 1
            }
        }
        return tokens
    }

    /// Whether `text` matches: the set of pattern positions reachable after each character,
    /// in time proportional to pattern × text (no backtracking, no recursion).
    static func match(_ tokens: [Token], _ text: Substring.UnicodeScalarView) -> Bool {
        var active = [Bool](repeating: false, count: tokens.count + 1)
        var next = active
        active[0] = true
        close(&active, tokens)
        for character in text {
            for index in next.indices { next[index] = false }
            var any = false
            for index in tokens.indices where active[index] {
                switch tokens[index] {
                case .literal(let scalar) where scalar == character: next[index + 1] = true
                case .one where character != "/": next[index + 1] = true
                case .star where character != "/", .globstar: next[index] = true
                default: continue
                }
                any = true
            }
            guard any else { return false }
            swap(&active, &next)
            close(&active, tokens)
        }
        return active[tokens.count]
    }

    /// Adds the positions reachable without a character: past a `*` or `**` (zero characters),
    /// and past a whole `**/` (no directory).
    private static func close(_ active: inout [Bool], _ tokens: [Token]) {
        for index in tokens.indices where active[index] {
            switch tokens[index] {
            case .star: active[index + 1] = true
            case .globstar(let slashFollows):
                active[index + 1] = true
                if slashFollows, index + 2 <= tokens.count { active[index + 2] = true }
            default: break
            }
        }
    }
}
