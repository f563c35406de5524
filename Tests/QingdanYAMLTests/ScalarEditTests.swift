import QingdanYAML
import Testing

/// `YAMLNode.edit(changingTextTo:)`: the smallest certain edit of a scalar as written, or none.
@Suite struct ScalarEditTests {
    /// The first scalar value under `key` in `yaml`, and the text after applying its edit.
    static func apply(_ yaml: String, key: String = "name", to newText: String) throws -> String? {
        let tree = try YAMLTree.parse(SourceFile(path: "t.yaml", text: yaml))
        let node = try #require(tree.root[key])
        guard let edit = node.edit(changingTextTo: newText) else { return nil }
        var bytes = Array(yaml.utf8)
        bytes.replaceSubrange(edit.range, with: Array(edit.replacement.utf8))
        let fixed = String(decoding: bytes, as: UTF8.self)
        #expect(try YAMLTree.parse(SourceFile(path: "t.yaml", text: fixed)).root[key]?.text == newText)
        return fixed
    }

    @Test func onlyTheCharactersThatDifferAreReplaced() throws {
        let tree = try YAMLTree.parse(SourceFile(path: "t.yaml", text: "name: 某某村便民服務站  # 注释\n"))
        let edit = try #require(tree.root["name"]?.edit(changingTextTo: "某某村便民服务站"))
        #expect(edit.replacement == "务")
        #expect(edit.range == 6 + 18..<6 + 21)
        #expect(try Self.apply("name: 下畈村村委会 # 简称\n", to: "下畈村村民委员会") == "name: 下畈村村民委员会 # 简称\n")
    }

    @Test func quotedScalarsKeepTheirQuotes() throws {
        #expect(try Self.apply("name: \"黨群服務中心\"\n", to: "党群服务中心") == "name: \"党群服务中心\"\n")
        #expect(try Self.apply("name: '黨群服務中心'\n", to: "党群服务中心") == "name: '党群服务中心'\n")
        #expect(
            try Self.apply("- {name: 老年活動室, kind: other}\n".replacingOccurrences(of: "- ", with: ""), to: "老年活动室")
                == "{name: 老年活动室, kind: other}\n")
    }

    @Test func uncertainEditsAreRefused() throws {
        // Escapes, line folding and block scalars: the source is not the text.
        #expect(try Self.apply("name: \"服\\u52D9站\"\n", to: "服务站") == nil)
        #expect(try Self.apply("name: 村民\n  委員會\n", to: "村民 委员会") == nil)
        #expect(try Self.apply("name: |\n  服務站\n", to: "服务站\n") == nil)
        // What would change how the line reads: a colon and space, a comment, a quote.
        #expect(try Self.apply("name: 服务站\n", to: "服务: 站") == nil)
        #expect(try Self.apply("name: 服务站\n", to: "服务 #站") == nil)
        #expect(try Self.apply("name: \"服务站\"\n", to: "服务\"站") == nil)
        #expect(try Self.apply("name: '服务站'\n", to: "服务'站") == nil)
        #expect(try Self.apply("name: 服务站\n", to: "服务\u{2028}站") == nil)
        #expect(try Self.apply("name: 服务站\n", to: "") == nil)
        #expect(try Self.apply("name: 服务站\n", to: "服务站") == nil)
        // In quotes, punctuation is plain text.
        #expect(try Self.apply("name: \"服务站\"\n", to: "服务: 站") == "name: \"服务: 站\"\n")
    }

    @Test func editsKeepWholeCharacters() throws {
        // 務 (E5 8B 99) and 务 (E5 8A A1) share their first byte: the edit still replaces the
        // whole character, never a part of one.
        let tree = try YAMLTree.parse(SourceFile(path: "t.yaml", text: "name: 務\n"))
        let edit = try #require(tree.root["name"]?.edit(changingTextTo: "务"))
        #expect(edit.range == 6..<9)
        #expect(edit.replacement == "务")
        #expect(try Self.apply("name: 𠀀務𠀀\n", to: "𠀀务𠀀") == "name: 𠀀务𠀀\n")
    }
}
