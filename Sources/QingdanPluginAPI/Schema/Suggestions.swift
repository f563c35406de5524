/// "Did you mean" for misspelt keys, option names, ids and choices.
public enum Suggestions {
    /// The candidate closest to `word`, if it is close enough to be a plausible typo.
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        let target = Array(word.lowercased().unicodeScalars)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(target, Array(candidate.lowercased().unicodeScalars))
            if distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        guard let best else { return nil }
        let allowed = max(1, min(target.count, best.candidate.unicodeScalars.count) / 3)
        return best.distance <= allowed ? best.candidate : nil
    }

    /// Levenshtein distance with adjacent transpositions counted as one edit.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousRow = [Int](0...b.count)
        var beforePreviousRow = previousRow
        var row = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            row[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                row[j] = min(previousRow[j] + 1, row[j - 1] + 1, previousRow[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    row[j] = min(row[j], beforePreviousRow[j - 2] + 1)
                }
            }
            beforePreviousRow = previousRow
            previousRow = row
        }
        return previousRow[b.count]
    }

    /// A hint naming the closest candidate, or listing them all when none is close.
    public static func hint(for word: String, among candidates: [String], listing noun: String) -> String {
        if let match = closest(to: word, in: candidates) {
            return "是否想写「\(match)」？"
        }
        return "可以写的\(noun)：\(candidates.joined(separator: "、"))"
    }
}
