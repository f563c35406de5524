/// A unified diff (`diff -u`) of two texts by lines, as `patch` and `git apply` read it: Myers'
/// shortest edit script, hunks with three lines of context, and `\ No newline at end of file`
/// where a text does not end in one. Texts are bytes, so a line keeps its own ending (`\r\n`).
public enum UnifiedDiff {
    /// The diff of `old` into `new` under the names `a/…` and `b/…`; empty when they are equal.
    public static func of(_ old: [UInt8], _ new: [UInt8], path: String, context: Int = 3) -> String {
        guard old != new else { return "" }
        let a = lines(old)
        let b = lines(new)
        let script = editScript(a, b)
        var output = "--- a/\(path)\n+++ b/\(path)\n"
        for hunk in hunks(script, context: context) {
            let oldCount = hunk.filter { $0.kind != .insert }.count
            let newCount = hunk.filter { $0.kind != .delete }.count
            let oldStart = hunk.first { $0.kind != .insert }.map { $0.old + 1 } ?? (hunk.first!.old)
            let newStart = hunk.first { $0.kind != .delete }.map { $0.new + 1 } ?? (hunk.first!.new)
            output += "@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@\n"
            for step in hunk {
                let (marker, line): (String, ArraySlice<UInt8>) =
                    switch step.kind {
                    case .keep: (" ", a[step.old])
                    case .delete: ("-", a[step.old])
                    case .insert: ("+", b[step.new])
                    }
                output += marker + String(decoding: line, as: UTF8.self)
                if line.last != 0x0A { output += "\n\\ No newline at end of file\n" }
            }
        }
        return output
    }

    private static func range(_ start: Int, _ count: Int) -> String {
        count == 1 ? "\(start)" : "\(start),\(count)"
    }

    /// The lines of `text`, each with its line break.
    static func lines(_ text: [UInt8]) -> [ArraySlice<UInt8>] {
        var lines: [ArraySlice<UInt8>] = []
        var start = 0
        for index in text.indices where text[index] == 0x0A {
            lines.append(text[start...index])
            start = index + 1
        }
        if start < text.count { lines.append(text[start...]) }
        return lines
    }

    struct Step: Equatable {
        enum Kind { case keep, delete, insert }
        let kind: Kind
        /// The line's index in the old text (for an insertion: the old line it comes before).
        let old: Int
        /// The line's index in the new text (for a deletion: the new line it comes before).
        let new: Int
    }

    /// Myers' O((N+M)D) shortest edit script: fixes change few lines, so D is small.
    static func editScript(_ a: [ArraySlice<UInt8>], _ b: [ArraySlice<UInt8>]) -> [Step] {
        let n = a.count
        let m = b.count
        let offset = n + m + 1
        var frontier = [Int](repeating: 0, count: 2 * offset + 1)
        var trace: [[Int]] = []
        var found = false
        for depth in 0...(n + m) {
            trace.append(frontier)
            for diagonal in stride(from: -depth, through: depth, by: 2) {
                var x =
                    diagonal == -depth
                        || (diagonal != depth && frontier[offset + diagonal - 1] < frontier[offset + diagonal + 1])
                    ? frontier[offset + diagonal + 1] : frontier[offset + diagonal - 1] + 1
                var y = x - diagonal
                while x < n, y < m, a[x] == b[y] {
                    x += 1
                    y += 1
                }
                frontier[offset + diagonal] = x
                if x >= n && y >= m {
                    found = true
                    break
                }
            }
            if found { break }
        }
        // Walk back from the end through the frontiers saved before each round.
        var steps: [Step] = []
        var x = n
        var y = m
        for depth in stride(from: trace.count - 1, through: 0, by: -1) {
            let saved = trace[depth]
            let diagonal = x - y
            let previous =
                diagonal == -depth || (diagonal != depth && saved[offset + diagonal - 1] < saved[offset + diagonal + 1])
                ? diagonal + 1 : diagonal - 1
            let previousX = saved[offset + previous]
            let previousY = previousX - previous
            while x > previousX, y > previousY {
                x -= 1
                y -= 1
                steps.append(Step(kind: .keep, old: x, new: y))
            }
            if depth > 0 {
                if x == previousX {
                    steps.append(Step(kind: .insert, old: x, new: previousY))
                } else {
                    steps.append(Step(kind: .delete, old: previousX, new: y))
                }
            }
            x = previousX
            y = previousY
        }
        return steps.reversed()
    }

    /// The changes of `script` with `context` kept lines around each, runs closer than twice
    /// that joined into one hunk.
    static func hunks(_ script: [Step], context: Int) -> [[Step]] {
        let changed = script.indices.filter { script[$0].kind != .keep }
        var hunks: [[Step]] = []
        var index = 0
        while index < changed.count {
            let start = max(changed[index] - context, 0)
            var end = changed[index]
            while index + 1 < changed.count, changed[index + 1] - end <= 2 * context {
                index += 1
                end = changed[index]
            }
            hunks.append(Array(script[start...min(end + context, script.count - 1)]))
            index += 1
        }
        return hunks
    }
}
