import Foundation
import QingdanCore
import Testing

@Suite struct PathSpellingTests {
    @Test(arguments: [
        ("a/b.yaml", "a/b.yaml"), ("./a/b.yaml", "a/b.yaml"), ("a//b.yaml", "a/b.yaml"), ("a/./b.yaml", "a/b.yaml"),
        ("././a/b.yaml", "a/b.yaml"), ("a/x/../b.yaml", "a/b.yaml"), ("../a.yaml", "../a.yaml"),
        ("../../a.yaml", "../../a.yaml"), ("a/../../b.yaml", "../b.yaml"),
        ("/srv//filings/./a.yaml", "/srv/filings/a.yaml"),
        ("/../a.yaml", "/a.yaml"), ("a/", "a"), ("./", "."), ("村委会/渝北.yaml", "村委会/渝北.yaml"), ("a.b/c..d", "a.b/c..d"),
    ])
    func oneSpellingForEachPath(path: String, canonical: String) {
        #expect(PathSpelling.canonical(path) == canonical)
    }

    @Test func anAbsolutePathBelowTheWorkingDirectoryIsSpelledRelative() throws {
        let directory = FileManager.default.currentDirectoryPath
        #expect(PathSpelling.canonical(directory + "/Examples/yubei/district.yaml") == "Examples/yubei/district.yaml")
        #expect(
            PathSpelling.canonical(directory + "//Examples/./yubei/district.yaml") == "Examples/yubei/district.yaml")
    }

    @Test func aFindingHasOneFingerprintHoweverItsFileIsSpelled() throws {
        let directory = FileManager.default.currentDirectoryPath
        let spellings = ["a/b.yaml", "./a/b.yaml", "a//b.yaml", "a/./b.yaml", directory + "/a/b.yaml"]
        let prints = Set(
            spellings.map {
                Finding(
                    ruleID: "YB-CERT-COUNT", topic: .waiver, severity: .error, file: $0, location: .start,
                    path: ["certificates"], message: "m", hint: "h", identity: "x"
                ).fingerprint
            })
        #expect(prints.count == 1)
    }
}
