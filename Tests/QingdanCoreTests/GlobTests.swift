import QingdanCore
import Testing

@Suite struct GlobTests {
    @Test(arguments: [
        ("*.yaml", "Examples/yubei/district.yaml", true), ("*.yaml", "district.yml", false),
        ("yubei/*.yaml", "yubei/district.yaml", true), ("yubei/*.yaml", "yubei/sub/district.yaml", false),
        ("**/district.yaml", "district.yaml", true), ("**/district.yaml", "a/b/district.yaml", true),
        ("a/**", "a/b/c.yaml", true), ("a/**/c.yaml", "a/c.yaml", true), ("a/**/c.yaml", "a/x/y/c.yaml", true),
        ("a/**/c.yaml", "a/x/y/d.yaml", false), ("村?.yaml", "村1.yaml", true), ("村?.yaml", "村12.yaml", false),
        ("draft-*", "draft-2024.yaml", true), ("a*b*c", "aXbYc", true), ("a*b*c", "aXbY", false),
        ("***.yaml", "x.yaml", true), ("a/*", "a/b/c", false),
    ])
    func matchesAsDocumented(pattern: String, path: String, matches: Bool) {
        #expect(Glob(pattern).matches(path) == matches, "\(pattern) ~ \(path)")
    }

    /// Found by fuzz-glob (Fuzz/Regressions/glob/): the `*.ext` shortcut let `*` match no less
    /// than one character and compared Characters (canonically equivalent, `/` with a combining
    /// mark not a `/`), where the matcher compares Unicode scalars and `*` may match nothing.
    @Test(arguments: [
        ("*", "", true), ("*district.yaml", "district.yaml", true), ("*.yaml", "a/.yaml", true),
        ("*.\u{E9}", "a.e\u{301}", false), ("*.e\u{301}", "a.\u{E9}", false), ("*\u{301}", "a/\u{301}", true),
        ("./\u{301}*", "\u{301}x", true), ("a/\u{301}*", "a/\u{301}x", true), ("b", "a/\u{301}/b", true),
    ])
    func shortcutAgreesWithTheMatcher(pattern: String, path: String, matches: Bool) {
        #expect(Glob(pattern).matches(path) == matches, "\(pattern.debugDescription) ~ \(path.debugDescription)")
    }

    /// `*a*a*a…b` against a long run of `a` backtracked exponentially, and a long run of `*`
    /// recursed until the stack overflowed; both are linear now.
    @Test func hostilePatternsTakeLinearTime() {
        let pattern = String(repeating: "*a", count: 40) + "b"
        let text = String(repeating: "a", count: 5_000)
        #expect(!Glob(pattern).matches(text))
        #expect(Glob(String(repeating: "*", count: 100_000) + "x").matches(text + "x"))
        #expect(!Glob(String(repeating: "**/", count: 300) + "z").matches(String(repeating: "a/", count: 300) + "y"))
    }
}
