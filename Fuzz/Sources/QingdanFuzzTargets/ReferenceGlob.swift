/// `Glob`'s documented semantics written the plain way, for the glob fuzzer to compare against:
/// a memoised recursive match over Unicode scalars, straight from the pattern text, sharing no
/// code with `Glob` (which tokenises and steps a set of positions). Quadratic in time and memory,
/// so for short inputs only.
///
/// - `*` matches any scalars but `/`, none included; `?` one scalar but `/`;
/// - a run of two or more `*` matches any scalars, `/` included; followed by `/`, the run and the
///   `/` may also match nothing (`a/**/b` matches `a/b`);
/// - a leading `./` is dropped from pattern and path;
/// - a pattern without `/` is matched against the path's last segment.
enum ReferenceGlob {
    static func matches(_ patternText: String, _ pathText: String) -> Bool {
        var pattern = Array(patternText.unicodeScalars)
        var path = Array(pathText.unicodeScalars)
        if pattern.starts(with: ["." as Unicode.Scalar, "/"]) { pattern.removeFirst(2) }
        if path.starts(with: ["." as Unicode.Scalar, "/"]) { path.removeFirst(2) }
        if !pattern.contains("/"), let slash = path.lastIndex(of: "/") { path = Array(path[(slash + 1)...]) }
        var memo = [Bool?](repeating: nil, count: (pattern.count + 1) * (path.count + 1))

        func match(_ p: Int, _ t: Int) -> Bool {
            let key = p * (path.count + 1) + t
            if let known = memo[key] { return known }
            let result: Bool
            if p == pattern.count {
                result = t == path.count
            } else if pattern[p] == "*" {
                var end = p
                while end < pattern.count && pattern[end] == "*" { end += 1 }
                if end - p == 1 {
                    result = match(end, t) || (t < path.count && path[t] != "/" && match(p, t + 1))
                } else {
                    result =
                        match(end, t) || (t < path.count && match(p, t + 1))
                        || (end < pattern.count && pattern[end] == "/" && match(end + 1, t))
                }
            } else if t == path.count {
                result = false
            } else if pattern[p] == "?" {
                result = path[t] != "/" && match(p + 1, t + 1)
            } else {
                result = pattern[p] == path[t] && match(p + 1, t + 1)
            }
            memo[key] = result
            return result
        }
        return match(0, 0)
    }
}
