import Foundation
import QingdanCore
import QingdanKit
import QingdanPluginAPI
import QingdanTestSupport
import QingdanYAML
import Synchronization
import Testing

@testable import QingdanLSP

/// A server wired to collect what it sends.
final class Harness: Sendable {
    final class Log: Sendable {
        let sent = Mutex<[JSONValue]>([])
        let exits = Mutex<[Int32]>([])
    }

    let log = Log()
    let server: LanguageServer
    let checker: Checker

    /// The debounce delay is an hour: tests run the waiting checks with `published(for:)`.
    init(debounce: Duration = .seconds(3600)) {
        let library = TestPacks.bundled
        let today = CivilDate(year: 2025, month: 6, day: 1)!
        let plain = Checker(library: library, settings: .init(today: today))
        let checker = Checker(
            library: library,
            settings: .init(today: today, suppressor: Suppressor(today: today, knownRules: plain.knownRuleIDs)))
        self.checker = checker
        let log = self.log
        server = LanguageServer(
            configuration: .init(checker: checker, documentation: RuleDocumentation(base: nil), debounce: debounce),
            send: { bytes in
                let value = try! JSONValue.parse(bytes)
                log.sent.withLock { $0.append(value) }
            },
            onExit: { code in log.exits.withLock { $0.append(code) } })
    }

    func send(_ json: String) async {
        await server.handle(message: Array(json.utf8))
    }

    /// The diagnostics published for `uri` once the checks waiting for their debounce delay
    /// have run (run now: a timer does not fire on time while the whole suite loads the machine;
    /// Tests/Tools/lsp_client_test.py times the real delay).
    func published(for uri: String) async -> [JSONValue] {
        await server.runPendingChecks()
        return take().filter {
            $0["method"] == .string("textDocument/publishDiagnostics") && $0["params"]?["uri"] == .string(uri)
        }
    }

    func take() -> [JSONValue] {
        log.sent.withLock { list in
            defer { list = [] }; return list
        }
    }

    func initialize() async {
        await send(#"{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"capabilities":{}}}"#)
        _ = take()
    }

    func open(_ uri: String, _ text: String) async -> [JSONValue] {
        let message = JSONValue.object([
            "jsonrpc": .string("2.0"), "method": .string("textDocument/didOpen"),
            "params": .object([
                "textDocument": .object([
                    "uri": .string(uri), "languageId": .string("yaml"), "version": .int(1), "text": .string(text),
                ])
            ]),
        ])
        await server.handle(message: message.serialized)
        return take().last?["params"]?["diagnostics"]?.arrayValue ?? []
    }

    func request(_ method: String, _ params: JSONValue) async -> JSONValue? {
        let message = JSONValue.object([
            "jsonrpc": .string("2.0"), "id": .int(7), "method": .string(method), "params": params,
        ])
        await server.handle(message: message.serialized)
        return take().last { $0["id"] == .int(7) }?["result"]
    }
}

let villageFiling = """
    qingdan: 1
    region:
      code: "210311104202"
      name: 鞍山市千山区某镇某某村
      level: village
    as_of: 2024-03-01

    signboards:
      outside:
        - name: 中国共产党鞍山市千山区某镇某某村委员会
          kind: party_organization
          orientation: vertical
          background: white
          text_color: red
        - name: 某某村村委会
          kind: villagers_committee
          orientation: vertical
      inside:
        - {name: 某某村便民服務站, kind: other}

    """

/// `text` with `edits` (protocol ranges over its UTF-16 positions) applied, last first.
func applying(_ edits: [JSONValue], to text: String) -> String {
    var bytes = Array(text.utf8)
    let sorted = edits.sorted {
        (Position(json: $0["range"]?["start"]) ?? .init(line: 0, character: 0))
            > (Position(json: $1["range"]?["start"]) ?? .init(line: 0, character: 0))
    }
    for edit in sorted {
        let index = LineIndex(bytes: bytes)
        let range = TextRange(json: edit["range"])!
        let start = index.byteOffset(of: range.start)
        let end = index.byteOffset(of: range.end)
        bytes.replaceSubrange(start..<end, with: Array((edit["newText"]?.stringValue ?? "").utf8))
    }
    return String(decoding: bytes, as: UTF8.self)
}

@Suite struct LanguageServerTests {
    let uri = "file:///tmp/qingdan-lsp-test/village.yaml"

    @Test func diagnosticsAreThoseOfCheck() async throws {
        let harness = Harness()
        await harness.initialize()
        let diagnostics = await harness.open(uri, villageFiling)
        let library = TestPacks.bundled
        let checker = Checker(library: library, settings: .init(today: CivilDate(year: 2025, month: 6, day: 1)!))
        let report = checker.check(SourceFile(path: "/tmp/qingdan-lsp-test/village.yaml", text: villageFiling))
        #expect(diagnostics.compactMap { $0["code"]?.stringValue } == report.findings.map(\.ruleID.rawValue))
        #expect(diagnostics.contains { $0["code"] == .string("CN-NAME-SCRIPT") })
        let script = try #require(diagnostics.first { $0["code"] == .string("CN-NAME-SCRIPT") })
        #expect(script["source"] == .string("qingdan"))
        #expect(script["message"]?.stringValue?.contains("依据：") == true)
        #expect(script["codeDescription"]?["href"]?.stringValue == "qingdan:explain/CN-NAME-SCRIPT")
        // The flow item's name on line 19, as UTF-16 positions.
        #expect(TextRange(json: script["range"])?.start.line == 18)
    }

    @Test func theInsertedWaiverSuppressesTheFinding() async throws {
        let harness = Harness()
        await harness.initialize()
        let diagnostics = await harness.open(uri, villageFiling)
        let abbreviation = try #require(diagnostics.first { $0["code"] == .string("CN-NAME-ABBREVIATION") })
        let actions = try #require(
            await harness.request(
                "textDocument/codeAction",
                .object([
                    "textDocument": .object(["uri": .string(uri)]), "range": abbreviation["range"]!,
                    "context": .object(["diagnostics": .array([abbreviation])]),
                ]))?.arrayValue)
        let waiver = try #require(
            actions.first { $0["title"]?.stringValue == "添加豁免（写明理由）：CN-NAME-ABBREVIATION" })
        let edits = try #require(waiver["edit"]?["changes"]?[uri]?.arrayValue)
        let waived = applying(edits, to: villageFiling)
        #expect(waived.contains("    # qingdan: allow CN-NAME-ABBREVIATION reason=\"请写明理由及批准文件\"\n    - name: 某某村村委会"))
        let library = TestPacks.bundled
        let today = CivilDate(year: 2025, month: 6, day: 1)!
        let checker = Checker(
            library: library,
            settings: .init(
                today: today,
                suppressor: Suppressor(
                    today: today,
                    knownRules: Checker(library: library, settings: .init(today: today)).knownRuleIDs)))
        let report = checker.check(SourceFile(path: "village.yaml", text: waived))
        #expect(!report.findings.contains { $0.ruleID.rawValue == "CN-NAME-ABBREVIATION" })
        #expect(report.suppressed.contains { $0.finding.ruleID.rawValue == "CN-NAME-ABBREVIATION" })
        #expect(!report.findings.contains { $0.ruleID.rawValue.hasPrefix("waiver.") })
    }

    @Test func hoverShowsTheRuleAndItsBasis() async throws {
        let harness = Harness()
        await harness.initialize()
        let diagnostics = await harness.open(uri, villageFiling)
        let script = try #require(diagnostics.first { $0["code"] == .string("CN-NAME-SCRIPT") })
        let start = try #require(TextRange(json: script["range"])?.start)
        let hover = await harness.request(
            "textDocument/hover",
            .object([
                "textDocument": .object(["uri": .string(uri)]),
                "position": .object(["line": .int(start.line), "character": .int(start.character + 1)]),
            ]))
        let text = try #require(hover?["contents"]?["value"]?.stringValue)
        #expect(text.contains("CN-NAME-SCRIPT"))
        #expect(text.contains("依据："))
        #expect(text.contains("> "))
        #expect(text.contains("文件状态"))

        // On a rule id in a waiver comment.
        let waived = villageFiling.replacingFirst(
            "    - name: 某某村村委会", with: "    # qingdan: allow CN-NAME-ABBREVIATION reason=\"待更换\"\n    - name: 某某村村委会")
        _ = await harness.open(uri, waived)
        let onWaiver = await harness.request(
            "textDocument/hover",
            .object([
                "textDocument": .object(["uri": .string(uri)]),
                "position": .object(["line": .int(14), "character": .int(25)]),
            ]))
        #expect(onWaiver?["contents"]?["value"]?.stringValue?.contains("标牌名称写全称") == true)
    }

    @Test func aFixBecomesAWorkspaceEditInUTF16() throws {
        let harness = Harness()
        let analysis = DocumentAnalysis(
            source: SourceFile(path: "village.yaml", text: villageFiling), checker: harness.checker, encoding: .utf16,
            workspace: nil)
        // A finding with a fix on 務 (a byte range) in the flow item of line 19.
        let bytes = Array(villageFiling.utf8)
        let wu = Array("務".utf8)
        let start = try #require((0...(bytes.count - 3)).first { Array(bytes[$0..<($0 + 3)]) == wu })
        var placed = try #require(analysis.placed.first { $0.finding.ruleID.rawValue == "CN-NAME-SCRIPT" })
        var finding = placed.finding
        finding.fix = SourceFix(title: "把「務」改为「务」", range: start..<(start + 3), replacement: "务")
        placed = DocumentAnalysis.Placed(finding: finding, range: placed.range, bytes: placed.bytes)
        let actions = CodeActions.actions(for: [placed], in: analysis)
        let fix = try #require(actions.first)
        #expect(fix.title == "把「務」改为「务」")
        #expect(fix.preferred)
        #expect(
            fix.edits.map(\.range) == [
                TextRange(start: Position(line: 18, character: 19), end: Position(line: 18, character: 20))
            ])
        #expect(applying(fix.edits.map(\.json), to: villageFiling).contains("{name: 某某村便民服务站, kind: other}"))
        // The waiver action comes after the fix.
        #expect(actions.last?.title == "添加豁免（写明理由）：CN-NAME-SCRIPT")
    }

    @Test func theChecksFixesAreOfferedFirst() async throws {
        let harness = Harness()
        await harness.initialize()
        let diagnostics = await harness.open(uri, villageFiling)
        for (code, expected) in [
            ("CN-NAME-SCRIPT", "{name: 某某村便民服务站, kind: other}"), ("CN-NAME-ABBREVIATION", "- name: 某某村村民委员会"),
        ] {
            let diagnostic = try #require(diagnostics.first { $0["code"] == .string(code) })
            let actions = try #require(
                await harness.request(
                    "textDocument/codeAction",
                    .object([
                        "textDocument": .object(["uri": .string(uri)]), "range": diagnostic["range"]!,
                        "context": .object(["diagnostics": .array([diagnostic])]),
                    ]))?.arrayValue)
            let fix = try #require(actions.first)
            #expect(fix["isPreferred"] == .bool(true), "\(code)")
            #expect(fix["diagnostics"]?.arrayValue?.first?["code"] == .string(code))
            let edits = try #require(fix["edit"]?["changes"]?[uri]?.arrayValue)
            #expect(applying(edits, to: villageFiling).contains(expected), "\(code)")
        }
    }

    @Test func changesAreCheckedAfterTheDebounce() async throws {
        let harness = Harness()
        await harness.initialize()
        _ = await harness.open(uri, villageFiling)
        // An incremental change: 務 → 务 on line 19.
        let change = JSONValue.object([
            "jsonrpc": .string("2.0"), "method": .string("textDocument/didChange"),
            "params": .object([
                "textDocument": .object(["uri": .string(uri), "version": .int(2)]),
                "contentChanges": .array([
                    .object([
                        "range": TextRange(
                            start: Position(line: 18, character: 19), end: Position(line: 18, character: 20)
                        ).json,
                        "text": .string("务"),
                    ])
                ]),
            ]),
        ])
        await harness.server.handle(message: change.serialized)
        #expect(harness.take().isEmpty)
        let published = await harness.published(for: uri)
        let diagnostics = try #require(published.last?["params"]?["diagnostics"]?.arrayValue)
        #expect(published.last?["params"]?["version"] == .int(2))
        #expect(!diagnostics.contains { $0["code"] == .string("CN-NAME-SCRIPT") })
    }

    @Test func aVillageIsCheckedAgainstItsOpenCountyFiling() async throws {
        let harness = Harness()
        await harness.initialize()
        let villageURI = "file:///tmp/qingdan-lsp-test/filings/village.yaml"
        let alone = await harness.open(villageURI, try Repository.read("Tests/Fixtures/lsp/village.yaml"))
        #expect(alone.contains { $0["code"] == .string("YB-TASK-ADMISSION-UNCHECKED") })
        #expect(!alone.contains { $0["code"] == .string("YB-TASK-ADMISSION") })
        let county = await harness.open(
            "file:///tmp/qingdan-lsp-test/filings/district.yaml", try Repository.read("Examples/yubei/district.yaml"))
        #expect(county.isEmpty)
        let published = await harness.published(for: villageURI)
        let diagnostics = try #require(published.last?["params"]?["diagnostics"]?.arrayValue)
        let admission = try #require(diagnostics.first { $0["code"] == .string("YB-TASK-ADMISSION") })
        #expect(
            admission["relatedInformation"]?.arrayValue?.first?["location"]?["uri"]
                == .string("file:///tmp/qingdan-lsp-test/filings/district.yaml"))
        #expect(!diagnostics.contains { $0["code"] == .string("YB-TASK-ADMISSION-UNCHECKED") })
    }

    @Test func aDuplicateKeyNamesItsFirstPlace() async throws {
        let harness = Harness()
        await harness.initialize()
        let diagnostics = await harness.open(uri, "qingdan: 1\nregion:\n  code: \"500112\"\n  code: \"500113\"\n")
        let duplicate = try #require(diagnostics.first)
        #expect(duplicate["code"] == .string("yaml.duplicate-key"))
        #expect(TextRange(json: duplicate["range"])?.start == Position(line: 3, character: 2))
        let related = try #require(duplicate["relatedInformation"]?.arrayValue?.first)
        #expect(TextRange(json: related["location"]?["range"])?.start == Position(line: 2, character: 2))
        #expect(related["location"]?["uri"] == .string(uri))
    }

    @Test func malformedMessagesGetErrorsAndTheServerGoesOn() async throws {
        let harness = Harness()
        await harness.send(#"{"jsonrpc":"2.0","id":1,"method":"textDocument/hover","params":{}}"#)
        #expect(harness.take().first?["error"]?["code"] == .int(-32002))
        await harness.initialize()
        for bad in ["{", "[1,2]", "\"text\"", #"{"id":{"a":1},"method":"x"}"#, "{\"a\":\"\u{1}\"}", "\u{FF}"] {
            await harness.send(bad)
            let answer = harness.take()
            #expect(answer.count == 1, "\(bad)")
            #expect(answer.first?["error"]?["code"]?.intValue.map { $0 == -32700 || $0 == -32600 } == true)
        }
        await harness.send(#"{"jsonrpc":"2.0","id":"x","method":"workspace/unknown"}"#)
        #expect(harness.take().first?["error"]?["code"] == .int(-32601))
        await harness.send(#"{"jsonrpc":"2.0","method":"workspace/unknown"}"#)
        #expect(harness.take().isEmpty)
        await harness.send(#"{"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"position":1}}"#)
        #expect(harness.take().first?["error"]?["code"] == .int(-32602))
        // Closing clears the diagnostics.
        _ = await harness.open(uri, villageFiling)
        await harness.send(
            #"{"jsonrpc":"2.0","method":"textDocument/didClose","params":{"textDocument":{"uri":"\#(uri)"}}}"#)
        #expect(harness.take().first?["params"]?["diagnostics"] == .array([]))
        await harness.send(#"{"jsonrpc":"2.0","id":3,"method":"shutdown"}"#)
        #expect(harness.take().first?["result"] == .null)
        await harness.send(#"{"jsonrpc":"2.0","method":"exit"}"#)
        #expect(harness.log.exits.withLock { $0 } == [0])
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
