import QingdanKit
import QingdanYAML
import Testing

@Suite struct FixerTests {
    static func fix(_ range: Range<Int>, _ replacement: String) -> SourceFix {
        SourceFix(title: "t", range: range, replacement: replacement)
    }

    @Test func fixesApplyInOrderAndOverlapsWaitForTheNextRound() {
        let text = Array("0123456789".utf8)
        let (result, applied) = Fixer.apply(
            [Self.fix(6..<8, "x"), Self.fix(1..<3, "ab"), Self.fix(2..<4, "zz"), Self.fix(9..<9, "+")], to: text)
        #expect(String(decoding: result, as: UTF8.self) == "0ab345x8+9")
        #expect(applied == [0, 1, 3])
    }

    @Test func aFixIsAppliedWholeOrNotAtAll() {
        let text = Array("abcdef".utf8)
        let split = SourceFix(
            title: "t", edits: [SourceEdit(range: 0..<1, replacement: "A"), SourceEdit(range: 4..<5, replacement: "E")])
        let (result, applied) = Fixer.apply([Self.fix(4..<6, "--"), split], to: text)
        // The split fix comes first (its first edit is first), so the one it overlaps waits.
        #expect(String(decoding: result, as: UTF8.self) == "AbcdEf")
        #expect(applied == [1])
        // An edit past the end is never applied.
        #expect(Fixer.apply([Self.fix(5..<9, "x")], to: text).applied.isEmpty)
    }

    @Test func twoInsertionsAtOnePlaceAreNotBothApplied() {
        let (result, applied) = Fixer.apply([Self.fix(2..<2, "x"), Self.fix(2..<2, "y")], to: Array("abcd".utf8))
        #expect(String(decoding: result, as: UTF8.self) == "abxcd")
        #expect(applied == [0])
    }
}

@Suite struct UnifiedDiffTests {
    @Test func equalTextsHaveNoDiff() {
        #expect(UnifiedDiff.of(Array("a\nb\n".utf8), Array("a\nb\n".utf8), path: "f").isEmpty)
    }

    @Test func hunksCarryThreeLinesOfContextAndJoinWhenClose() {
        let lines = (1...20).map { "line \($0)\n" }
        let old = lines.joined()
        var changed = lines
        changed[4] = "line five\n"
        changed[8] = "line nine\n"
        changed.remove(at: 17)
        let new = changed.joined()
        let diff = UnifiedDiff.of(Array(old.utf8), Array(new.utf8), path: "f.yaml")
        #expect(
            diff == """
                --- a/f.yaml
                +++ b/f.yaml
                @@ -2,11 +2,11 @@
                 line 2
                 line 3
                 line 4
                -line 5
                +line five
                 line 6
                 line 7
                 line 8
                -line 9
                +line nine
                 line 10
                 line 11
                 line 12
                @@ -15,6 +15,5 @@
                 line 15
                 line 16
                 line 17
                -line 18
                 line 19
                 line 20

                """)
    }

    @Test func aMissingFinalLineBreakIsMarked() {
        let diff = UnifiedDiff.of(Array("a\nb".utf8), Array("a\nc".utf8), path: "f")
        #expect(
            diff
                == "--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n"
        )
        let added = UnifiedDiff.of([], Array("x\n".utf8), path: "f")
        #expect(added == "--- a/f\n+++ b/f\n@@ -0,0 +1 @@\n+x\n")
    }

    /// Every diff of random texts, applied to the old text as patch(1) would, gives the new one.
    @Test func randomDiffsApplyToTheirTexts() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let old = (0..<Int.random(in: 0...30, using: &generator)).map { _ in
                "\(Int.random(in: 0...3, using: &generator))\n"
            }
            var new = old
            for _ in 0..<Int.random(in: 0...5, using: &generator) {
                let choice = Int.random(in: 0...2, using: &generator)
                if choice == 0, !new.isEmpty {
                    new.remove(at: Int.random(in: 0..<new.count, using: &generator))
                } else if choice == 1 {
                    new.insert("n\n", at: Int.random(in: 0...new.count, using: &generator))
                } else if !new.isEmpty {
                    new[Int.random(in: 0..<new.count, using: &generator)] = "c\n"
                }
            }
            let diff = UnifiedDiff.of(Array(old.joined().utf8), Array(new.joined().utf8), path: "f")
            #expect((old == new) == diff.isEmpty)
            #expect(Self.patch(old, with: diff) == new, "\(old) → \(new):\n\(diff)")
        }
    }

    /// Applies a unified diff of whole lines, checking every context and removed line.
    static func patch(_ old: [String], with diff: String) -> [String]? {
        var result: [String] = []
        var position = 0
        for line in diff.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2) where !line.isEmpty {
            if line.hasPrefix("@@ -") {
                let oldRange = line.dropFirst(4).prefix { $0 != " " }.split(separator: ",")
                let start = Int(oldRange[0])!
                let count = oldRange.count > 1 ? Int(oldRange[1])! : 1
                let first = count == 0 ? start : start - 1
                guard first >= position else { return nil }
                result += old[position..<first]
                position = first
            } else if line.hasPrefix("+") {
                result.append(line.dropFirst() + "\n")
            } else {
                guard position < old.count, old[position] == line.dropFirst() + "\n" else { return nil }
                if line.hasPrefix(" ") { result.append(old[position]) }
                position += 1
            }
        }
        return result + old[position...]
    }
}
