import Foundation
import Testing

@testable import QingdanYAML

private let root: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
}()

private func slips(_ text: String) -> [TypingSlips.Slip] {
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { TypingSlips.scan($0, from: 0) }
}

private func problems(_ source: SourceFile) -> [YAMLProblem] {
    do {
        _ = try YAMLParser.parse(source)
        return []
    } catch {
        return error.all
    }
}

private func problems(_ text: String) -> [YAMLProblem] { problems(SourceFile(path: "t.yaml", text: text)) }

private func fixture(_ name: String) throws -> SourceFile {
    let path = root + "/Tests/Fixtures/slips/" + name
    return SourceFile(path: path, bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path))))
}

/// The file with every fix of `problems` applied.
private func applyingFixes(_ problems: [YAMLProblem], to bytes: [UInt8]) -> [UInt8] {
    var result = bytes
    let edits = problems.compactMap(\.fix).flatMap(\.edits).sorted { $0.range.lowerBound > $1.range.lowerBound }
    for edit in edits { result.replaceSubrange(edit.range, with: Array(edit.replacement.utf8)) }
    return result
}

@Suite struct TypingSlipTests {
    @Test func everyFullWidthColonAfterAKeyIsReportedAtTheColon() throws {
        let source = try fixture("village-slips.yaml")
        let found = problems(source)
        #expect(
            found.map(\.code) == [
                .fullWidthColon, .fullWidthColon, .fullWidthColon, .fullWidthDash, .fullWidthHash, .fullWidthColon,
            ])
        #expect(found.map(\.location.line) == [5, 7, 11, 14, 20, 22])
        #expect(found[0].location.column == 7)
        #expect(found[0].message == "键「name」后面用了全角冒号「：」")
        #expect(found.allSatisfy { $0.fix != nil })
        // `name：重庆…` gains a space, `as_of： 2024-06-30` keeps the one it has.
        #expect(found[0].fix?.edits.first?.replacement == ": ")
        #expect(found[1].fix?.edits.first?.replacement == ":")
        let fixed = SourceFile(path: "fixed.yaml", bytes: applyingFixes(found, to: source.bytes))
        #expect(problems(fixed).isEmpty)
        let tree = try YAMLParser.parse(fixed)
        #expect(tree.root["region"]?["name"]?.text == "重庆市渝北区龙溪街道某某村")
        #expect(tree.root["signboards"]?["outside"]?.count == 2)
        #expect(tree.root["facility"]?["households"]?.text == "860")
    }

    @Test func aMessageIsChineseOnly() throws {
        for problem in problems(try fixture("village-slips.yaml")) + problems("a:\n  b: 1\n c: 2\n") {
            #expect(!problem.message.contains("libyaml"))
            #expect(!problem.message.contains("相关位置"))
        }
    }

    @Test func colonsInValuesQuotesCommentsAndBlocksAreNoSlips() throws {
        let source = try fixture("village-clean-tricky.yaml")
        #expect(source.bytes.withUnsafeBufferPointer { TypingSlips.scan($0, from: 0) }.isEmpty)
        #expect(problems(source).isEmpty)
    }

    @Test(arguments: [
        "content: 时间：每月1日\n",
        "name: \"name：x\"\n",
        "name: 'a''b\n  kind：x'\n",
        "# name：注释\nqingdan: 1\n",
        "a: 1  # b：注释\n",
        "note: |\n  kind：文字\n  - name：文字\nnext: 1\n",
        "note: >\n  kind：文字\n",
        "list:\n  - |\n    name：文字\n  - b\n",
        "- a: |\n    name：文字\n  b: 1\n",
        "tags: [a, \"b：c\",\n  d：e]\n",
        "map: {a: 1,\n  b：2}\n",
        "a: 第一行\n  name：续写\n",
        "a:\n  第一行\n  name：续写\n",
        "- 协助开展人口普查：每十年一次\n",
        "- 2023：完成\n",
        "- \"引号\n  name：在引号里\"\n",
        "a: \"转义\\\"\n  name：仍在引号里\"\n",
        "key: value\n\n   \n\t\n",
        "a: — 破折号开头的值\n",
        "a:\n  — 破折号开头的文字\n",
        "a: ＃不是注释\n",
    ])
    func noSlipInValidOrTextualPlaces(text: String) {
        #expect(slips(text).filter { $0.code != .tabIndent }.isEmpty, "\(text)")
    }

    @Test func itemKeysAndNestedDashesAreChecked() {
        #expect(slips("- name：某某\n").map(\.code) == [.fullWidthColon])
        #expect(slips("a:\n  - - name：某某\n").map(\.code) == [.fullWidthColon])
        #expect(slips("a:\n  —\u{20}name: 某某\n").map(\.code) == [.fullWidthDash])
        #expect(slips("a:\n  name ：某某\n").map(\.code) == [.fullWidthColon])
    }

    @Test func aSlipThatLibyamlReadsIsStillReported() {
        // `- name：某某` is a list of one text to libyaml; `　　name` a key with spaces in its name.
        #expect(problems("tasks:\n  - name：协助开展社会救助\n").map(\.code) == [.fullWidthColon])
        #expect(problems("region:\n  code: \"1\"\n\u{3000}\u{3000}name: 某村\n").map(\.code) == [.fullWidthIndent])
        #expect(problems("qingdan：1\n").map(\.code) == [.fullWidthColon])
    }

    @Test func aTabBetweenSiblingsBecomesTheirIndentation() throws {
        let source = try fixture("tabs.yaml")
        let found = problems(source)
        #expect(found.map(\.code) == [.tabIndent, .tabIndent])
        #expect(found.map(\.location.line) == [5, 9])
        #expect(found[0].fix?.edits.first?.replacement == "  ")
        #expect(found[0].hint.contains("这一行应缩进 2 个空格"))
        // `signboards:` then `\toutside: []` and nothing after: any indentation would do.
        #expect(found[1].fix == nil)
    }

    @Test func aTabFixNeedsCertainty() {
        // The first child of a key whose next line is its sibling.
        #expect(slips("a:\n\tb: 1\n  c: 2\n").first?.replacement == "  ")
        // The slip line opens a block: the next line may be its child.
        #expect(slips("a:\n\tb:\n    c: 2\n").first?.replacement == nil)
        // Items between items.
        #expect(slips("l:\n  - a: 1\n\t- a: 2\n  - a: 3\n").first?.replacement == "  ")
        // A key after an item's key.
        #expect(slips("l:\n  - a: 1\n\tb: 2\n  - a: 3\n").first?.replacement == nil)
        // Two slip lines alike between siblings.
        #expect(slips("a:\n  x: 0\n\tb: 1\n\tc: 2\n  d: 3\n").map(\.replacement) == ["  ", "  "])
        // Two slip lines indented differently.
        #expect(slips("a:\n  x: 0\n\tb: 1\n\t\tc: 2\n  d: 3\n").map(\.replacement) == [nil, nil])
        // A previous line at another indentation.
        #expect(slips("a:\n  x:\n    y: 1\n\tb: 1\n  d: 3\n").first?.replacement == nil)
    }

    @Test func fullWidthSpaceIndentationIsFoundAndFixedBetweenSiblings() throws {
        let found = problems(try fixture("full-width-space.yaml"))
        #expect(found.map(\.code) == [.fullWidthIndent])
        #expect(found[0].location == SourceLocation(line: 4, column: 1, offset: 42))
        #expect(found[0].fix?.edits == [SourceEdit(range: 42..<48, replacement: "  ")])
    }

    @Test func anErrorBeforeEverySlipIsReportedToo() {
        let found = problems("a: \"x\" y\nb：1\n")
        #expect(found.map(\.code) == [.syntax, .fullWidthColon])
    }

    @Test func aByteOrderMarkDoesNotMoveColumns() {
        let found = problems(SourceFile(path: "t.yaml", bytes: [0xEF, 0xBB, 0xBF] + Array("name：某村\n".utf8)))
        #expect(found.first?.location == SourceLocation(line: 1, column: 5, offset: 7))
    }

    /// Every filing, example and pack in the repository, and a generated corpus, has no slip: the
    /// scan finds nothing where libyaml and the checks find the files well formed.
    @Test func theRepositoryHasNoSlips() throws {
        var directories = ["Examples", "Tests/Filings", "Rules", "Tests/PluginFixture", "Tests/ProvincePlugin"].map {
            root + "/" + $0
        }
        let corpus = NSTemporaryDirectory() + "qingdan-slips-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: corpus) }
        for mix in ["benchmark", "office"] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", root + "/Benchmarks/corpus.py", corpus + "/" + mix, "300", "--mix", mix]
            process.standardOutput = FileHandle.nullDevice
            if (try? process.run()) != nil {
                process.waitUntilExit()
                if process.terminationStatus == 0 { directories.append(corpus + "/" + mix) }
            }
        }
        var files = 0
        for directory in directories {
            guard let walker = FileManager.default.enumerator(atPath: directory) else { continue }
            for case let name as String in walker where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
                let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: directory + "/" + name)))
                let found = bytes.withUnsafeBufferPointer { TypingSlips.scan($0, from: 0) }
                #expect(found.isEmpty, "\(directory)/\(name): \(found)")
                files += 1
            }
        }
        #expect(files > 500)
    }
}

extension TypingSlipTests {
    @Test func aFileReportsAtMostAHundredSlips() {
        let text = String(repeating: "key：值\n", count: 10_000)
        #expect(problems(text).count == TypingSlips.limit)
    }
}

extension TypingSlipTests {
    @Test func slipsOnTheLinesOfOneTextAreAllReported() {
        // libyaml reads the three lines as one text, the value of `region`.
        let text = "qingdan: 1\nregion:\n  code：\"500112101100\"\n  name：某村\n  level：village\n"
        #expect(problems(text).map(\.location.line) == [3, 4, 5])
        let kept = try? YAMLParser.parse(SourceFile(path: "t.yaml", text: text), keepingSlips: true)
        #expect(kept?.typingSlips.count == 3)
        #expect(kept?.root["qingdan"]?.text == "1")
    }
}

extension TypingSlipTests {
    /// Slips typed at random places of real filings: the scan stays in bounds, every problem is
    /// at a place of the file, and every fix replaces bytes of the file with edits that do not
    /// overlap.
    @Test func randomSlipsInRealFilingsStayInBounds() throws {
        var generator = SplitMix(seed: 14)
        let inserts = ["：", "\t", "\u{3000}", "－ ", "＃", "\"", "|\n", "[", "- ", "\n", "：\n  "]
        var checked = 0
        for name in ["Examples/yubei/village.yaml", "Examples/haicang/district.yaml", "Examples/anshan/village.yaml"] {
            guard let data = FileManager.default.contents(atPath: root + "/" + name) else { continue }
            let original = Array(data)
            for _ in 0..<300 {
                var bytes = original
                for _ in 0..<Int(generator.next() % 4 + 1) {
                    // At a character boundary.
                    var at = Int(generator.next() % UInt64(bytes.count))
                    while at > 0 && bytes[at] & 0xC0 == 0x80 { at -= 1 }
                    bytes.insert(contentsOf: Array(inserts[Int(generator.next() % UInt64(inserts.count))].utf8), at: at)
                }
                let source = SourceFile(path: "t.yaml", bytes: bytes)
                for problem in problems(source) {
                    #expect(problem.location.offset <= bytes.count)
                    let edits = (problem.fix?.edits ?? []).sorted { $0.range.lowerBound < $1.range.lowerBound }
                    for edit in edits { #expect(edit.range.upperBound <= bytes.count) }
                    for (one, next) in zip(edits, edits.dropFirst()) {
                        #expect(one.range.upperBound <= next.range.lowerBound)
                    }
                }
                checked += 1
            }
        }
        #expect(checked >= 300)
    }
}

extension TypingSlipTests {
    /// The prefilter says yes for every slip the scan finds, and no for text that only looks
    /// like one further into a line.
    @Test func thePrefilterLetsEverySlipThrough() {
        for text in [
            "a：1\n", "  - b ：1\n", "\tc: 1\n", "\u{3000}d: 1\n", "- － e: 1\n", "—\u{20}f: 1\n", "＃ 注释\n",
            "x: 1\n  - - g：1\n",
        ] {
            let found = Array(text.utf8).withUnsafeBufferPointer {
                TypingSlips.mayHaveSlip($0.baseAddress!, count: $0.count, from: 0)
            }
            #expect(found, "\(text)")
        }
        for text in ["content: 时间：每月1日\n", "note: |\n  “引号”开头\n  …省略\n", "a: 1 # b：注释\n", "名称：某村\n"] {
            let found = Array(text.utf8).withUnsafeBufferPointer {
                TypingSlips.mayHaveSlip($0.baseAddress!, count: $0.count, from: 0)
            }
            #expect(!found, "\(text)")
        }
    }
}
