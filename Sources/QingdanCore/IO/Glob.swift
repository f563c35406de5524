/// A path pattern: `*` matches within one path segment, `**` across segments, `?` one character.
/// A pattern without `/` matches the last segment (`*.yaml` matches at any depth).
public struct Glob: Sendable, CustomStringConvertible {
    public let pattern: String
    private let scalars: [Unicode.Scalar]
    private let matchesLastSegment: Bool
    /// For a pattern `*.ext` (the common case), the suffix to test instead of matching.
    private let suffix: String?

    public init(_ pattern: String) {
        self.pattern = pattern
        var text = pattern
        if text.hasPrefix("./") { text.removeFirst(2) }
        scalars = Array(text.unicodeScalars)
        matchesLastSegment = !text.contains("/")
        let rest = text.dropFirst()
        suffix = text.first == "*" && !rest.contains(where: { "*?/".contains($0) }) ? String(rest) : nil
    }

    public var description: String { pattern }

    public func matches(_ path: String) -> Bool {
        if let suffix {
            return path.utf8.count > suffix.utf8.count && path.hasSuffix(suffix) && !path.hasSuffix("/" + suffix)
        }
        var subject = path
        if subject.hasPrefix("./") { subject.removeFirst(2) }
        if matchesLastSegment, let slash = subject.lastIndex(of: "/") {
            subject = String(subject[subject.index(after: slash)...])
        }
        return Glob.match(scalars[...], Array(subject.unicodeScalars)[...])
    }

    private static func match(_ pattern: ArraySlice<Unicode.Scalar>, _ text: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = pattern.first else { return text.isEmpty }
        if first == "*" {
            let doubled = pattern.dropFirst().first == "*"
            var rest = pattern.dropFirst(doubled ? 2 : 1)
            if doubled, rest.first == "/" {
                // `**/` also matches no directory at all.
                if match(rest.dropFirst(), text) { return true }
            } else if doubled {
                rest = pattern.dropFirst(2)
            }
            var index = text.startIndex
            while true {
                if match(rest, text[index...]) { return true }
                guard index < text.endIndex, doubled || text[index] != "/" else { return false }
                index += 1
            }
        }
        guard let character = text.first else { return false }
        if first == "?" ? character != "/" : first == character {
            return match(pattern.dropFirst(), text.dropFirst())
        }
        return false
    }
}
