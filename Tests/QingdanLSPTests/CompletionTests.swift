import QingdanLSP
import QingdanPluginAPI
import Testing

@Suite struct CompletionTests {
    let format = FilingFormat.standard

    func items(_ text: String) -> [Completion.Item] {
        // The cursor is at `|`.
        let marker = text.utf8.firstIndex(of: UInt8(ascii: "|"))!
        let offset = text.utf8.distance(from: text.utf8.startIndex, to: marker)
        var bytes = Array(text.utf8)
        bytes.remove(at: offset)
        let index = LineIndex(bytes: bytes)
        return Completion.items(at: index.position(ofByte: offset), in: index, format: format)
    }

    @Test func topLevelKeys() {
        let labels = items("qingdan: 1\nreg|").map(\.label)
        #expect(labels.contains("region"))
        #expect(labels.contains("signboards"))
        #expect(!labels.contains("qingdan"))
    }

    @Test func keysUnderSignboards() {
        let found = items("qingdan: 1\nsignboards:\n  |")
        #expect(found.map(\.label) == ["outside", "inside"])
        #expect(found.first?.detail.isEmpty == false)
    }

    @Test func keysOfAnOutsideItem() {
        let text = """
            signboards:
              outside:
                - name: 某某村党群服务中心
                  |
            """
        let labels = items(text).map(\.label)
        #expect(labels.contains("kind"))
        #expect(labels.contains("orientation"))
        #expect(!labels.contains("name"))
        // A new item's first key.
        let first = items("signboards:\n  outside:\n    - name: 甲\n    - |").map(\.label)
        #expect(first.contains("name"))
        // An indentless list.
        #expect(items("signboards:\n  outside:\n  - name: 甲\n    |").map(\.label).contains("kind"))
    }

    @Test func choiceValuesWithTheirChineseNames() {
        let text = """
            signboards:
              outside:
                - name: 某某村党组织
                  kind: pa|
            """
        let found = items(text)
        let party = found.first { $0.label == "party_organization" }
        #expect(party?.detail == "村党组织")
        #expect(found.contains { $0.label == "villagers_committee" && $0.detail == "村民委员会" })
        #expect(items("region:\n  code: \"500112\"\n  level: |").contains { $0.label == "county" })
        // Right after the colon, the value brings its space.
        #expect(items("region:\n  level:|").first { $0.label == "county" }?.insertText == " county")
    }

    @Test func noCompletionInsideText() {
        #expect(items("region:\n  name: 重庆|").isEmpty)
        #expect(items("tasks:\n  - name: 协助开展社会救助\n    note: {a: |").isEmpty)
    }

    @Test func contextFromIndentation() {
        let bytes = Array("signboards:\n  outside:\n    - name: 甲\n      kind: other\n      ".utf8)
        let index = LineIndex(bytes: bytes)
        let context = Completion.context(at: Position(line: 4, character: 6), in: index)
        #expect(
            context
                == .key(
                    path: [Completion.Step("signboards"), Completion.Step("outside", intoItem: true)],
                    present: ["name", "kind"]))
    }
}
