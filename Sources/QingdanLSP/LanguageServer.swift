import QingdanCore
import QingdanKit
import QingdanPluginAPI
import QingdanYAML

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The language server: LSP 3.17 over JSON-RPC. Documents are checked by the same `Checker` as
/// `qingdan check` (pack chosen by region code, the schema, the rules in force, inline waivers),
/// a village against its county's filing in the workspace; diagnostics are published when a
/// document opens and `debounce` after its last change.
public actor LanguageServer {
    public struct Configuration: Sendable {
        public var checker: Checker
        public var documentation: RuleDocumentation
        /// How long after the last change a document is checked again.
        public var debounce: Duration

        public init(checker: Checker, documentation: RuleDocumentation, debounce: Duration = .milliseconds(300)) {
            self.checker = checker
            self.documentation = documentation
            self.debounce = debounce
        }
    }

    /// JSON-RPC and LSP error codes.
    enum ErrorCode: Int {
        case parseError = -32700
        case invalidRequest = -32600
        case methodNotFound = -32601
        case invalidParams = -32602
        case internalError = -32603
        case serverNotInitialized = -32002
    }

    struct Document {
        var path: String
        var bytes: [UInt8]
        var version: Int?
        /// Counts changes, so that a check scheduled before the last one is dropped.
        var generation = 0
        var analysis: DocumentAnalysis?
        var analysedGeneration = -1
    }

    let configuration: Configuration
    private let send: @Sendable ([UInt8]) -> Void
    private let onExit: @Sendable (Int32) -> Void
    private var initialized = false
    public private(set) var shutdownRequested = false
    private var encoding = PositionEncoding.utf16
    private var documentation: RuleDocumentation
    private var workspace: WorkspaceFilings?
    private var documents: [String: Document] = [:]
    /// Documents whose check waits for the debounce delay, with the generation it is for.
    private var pending: [String: Int] = [:]

    /// `send` writes one message's body; `onExit` ends the process with a status.
    public init(
        configuration: Configuration, send: @escaping @Sendable ([UInt8]) -> Void,
        onExit: @escaping @Sendable (Int32) -> Void
    ) {
        self.configuration = configuration
        self.send = send
        self.onExit = onExit
        documentation = configuration.documentation
    }

    var library: PackLibrary { configuration.checker.library }

    /// Reads messages from standard input until it ends or `exit` arrives, answering on standard
    /// output; never returns.
    public static func runOnStandardIO(configuration: Configuration) -> Never {
        let connection = StandardIOConnection()
        let (frames, continuation) = AsyncStream<MessageFramer.Frame>.makeStream()
        let server = LanguageServer(
            configuration: configuration, send: { connection.send($0) }, onExit: { exit($0) })
        Task {
            for await frame in frames { await server.handle(frame) }
            // The client went away without `exit`: 0 only after `shutdown`, as for `exit`.
            exit(await server.shutdownRequested ? 0 : 1)
        }
        connection.readFrames { continuation.yield($0) }
        continuation.finish()
        while true { sleep(60) }
    }

    public func handle(_ frame: MessageFramer.Frame) async {
        switch frame {
        case .message(let bytes): await handle(message: bytes)
        case .badHeader(let problem): respond(error: .parseError, message: "无法读取的消息头：\(problem)", id: .null)
        }
    }

    public func handle(message bytes: [UInt8]) async {
        let message: JSONValue
        do {
            message = try JSONValue.parse(bytes)
        } catch {
            respond(error: .parseError, message: "消息不是正确的 JSON：\(error.message)", id: .null)
            return
        }
        guard message.isObject else {
            respond(error: .invalidRequest, message: "消息应是一个 JSON 对象（不支持批量请求）", id: .null)
            return
        }
        let id = message["id"]
        if let id, !Self.isValidID(id) {
            respond(error: .invalidRequest, message: "请求的 id 应是数字或字符串", id: .null)
            return
        }
        guard let method = message["method"]?.stringValue else {
            // A response to a request of ours (none is sent), or a request without its method.
            if let id, message["result"] == nil, message["error"] == nil {
                respond(error: .invalidRequest, message: "请求缺少 method", id: id)
            }
            return
        }
        let params = message["params"] ?? .null
        if let id {
            request(method, params: params, id: id)
        } else {
            notification(method, params: params)
        }
    }

    static func isValidID(_ id: JSONValue) -> Bool {
        switch id {
        case .number, .string, .null: true
        default: false
        }
    }

    // MARK: Requests

    private func request(_ method: String, params: JSONValue, id: JSONValue) {
        if method == "initialize" {
            guard !initialized else {
                return respond(error: .invalidRequest, message: "服务器已经初始化过", id: id)
            }
            return respond(result: initialize(params), id: id)
        }
        guard initialized else {
            return respond(error: .serverNotInitialized, message: "服务器尚未初始化：先发送 initialize", id: id)
        }
        guard !shutdownRequested else {
            return respond(error: .invalidRequest, message: "服务器已收到 shutdown，只接受 exit", id: id)
        }
        switch method {
        case "shutdown":
            shutdownRequested = true
            respond(result: .null, id: id)
        case "textDocument/hover":
            guard let (uri, position) = Self.place(params) else { return invalidParams(id) }
            respond(result: hover(uri: uri, at: position), id: id)
        case "textDocument/completion":
            guard let (uri, position) = Self.place(params) else { return invalidParams(id) }
            // A space typed opens the list only after `key: `, not in indentation.
            let bySpace = params["context"]?["triggerCharacter"]?.stringValue == " "
            respond(result: completion(uri: uri, at: position, valuesOnly: bySpace), id: id)
        case "textDocument/codeAction":
            guard let uri = params["textDocument"]?["uri"]?.stringValue, let range = TextRange(json: params["range"])
            else { return invalidParams(id) }
            respond(result: codeActions(uri: uri, range: range), id: id)
        default:
            respond(error: .methodNotFound, message: "不支持的方法：\(method)", id: id)
        }
    }

    private func invalidParams(_ id: JSONValue) {
        respond(error: .invalidParams, message: "参数不完整：需要 textDocument.uri 和位置", id: id)
    }

    static func place(_ params: JSONValue) -> (String, Position)? {
        guard let uri = params["textDocument"]?["uri"]?.stringValue, let position = Position(json: params["position"])
        else { return nil }
        return (uri, position)
    }

    private func initialize(_ params: JSONValue) -> JSONValue {
        initialized = true
        let offered = params["capabilities"]?["general"]?["positionEncodings"]?.arrayValue?.compactMap(\.stringValue)
        encoding = PositionEncoding.negotiate(offered)
        var folders = (params["workspaceFolders"]?.arrayValue ?? []).compactMap {
            $0["uri"]?.stringValue.flatMap(FileURI.path(of:))
        }
        if folders.isEmpty, let root = params["rootUri"]?.stringValue.flatMap(FileURI.path(of:)) { folders = [root] }
        if folders.isEmpty, let root = params["rootPath"]?.stringValue { folders = [root] }
        workspace = WorkspaceFilings(folders: folders, checker: configuration.checker)
        if let base = params["initializationOptions"]?["documentation"]?.stringValue {
            documentation = RuleDocumentation(base: base)
        }
        return .object([
            "capabilities": .object([
                "positionEncoding": .string(encoding.rawValue),
                "textDocumentSync": .object([
                    "openClose": .bool(true), "change": .int(2), "save": .object(["includeText": .bool(false)]),
                ]),
                "hoverProvider": .bool(true),
                "completionProvider": .object([
                    "triggerCharacters": .array([.string(" ")]), "resolveProvider": .bool(false),
                ]),
                "codeActionProvider": .object(["codeActionKinds": .array([.string("quickfix")])]),
            ]),
            "serverInfo": .object(["name": .string("qingdan"), "version": .string(ToolVersion.current)]),
        ])
    }

    // MARK: Notifications

    private func notification(_ method: String, params: JSONValue) {
        if method == "exit" { return onExit(shutdownRequested ? 0 : 1) }
        guard initialized, !shutdownRequested else { return }
        let uri = params["textDocument"]?["uri"]?.stringValue
        switch method {
        case "textDocument/didOpen":
            guard let uri, let text = params["textDocument"]?["text"]?.stringValue else { return }
            let path = FileURI.path(of: uri) ?? uri
            documents[uri] = Document(
                path: path, bytes: Array(text.utf8), version: params["textDocument"]?["version"]?.intValue)
            workspace?.setOpen(SourceFile(path: path, text: text), path: path, uri: uri)
            publish(uri)
        case "textDocument/didChange":
            guard let uri, var document = documents[uri] else { return }
            for change in params["contentChanges"]?.arrayValue ?? [] {
                guard let text = change["text"]?.stringValue else { continue }
                if let range = TextRange(json: change["range"]) {
                    let index = LineIndex(bytes: document.bytes, encoding: encoding)
                    let start = index.byteOffset(of: range.start)
                    let end = max(start, index.byteOffset(of: range.end))
                    document.bytes.replaceSubrange(start..<end, with: Array(text.utf8))
                } else {
                    document.bytes = Array(text.utf8)
                }
            }
            document.version = params["textDocument"]?["version"]?.intValue ?? document.version
            document.generation += 1
            documents[uri] = document
            workspace?.setOpen(
                SourceFile(path: document.path, bytes: document.bytes), path: document.path, uri: uri)
            schedule(uri, generation: document.generation)
        case "textDocument/didSave":
            guard let uri, documents[uri] != nil else { return }
            recheck(uri)
        case "textDocument/didClose":
            guard let uri, let document = documents.removeValue(forKey: uri) else { return }
            pending[uri] = nil
            workspace?.setOpen(nil, path: document.path, uri: uri)
            sendNotification(
                "textDocument/publishDiagnostics", .object(["uri": .string(uri), "diagnostics": .array([])]))
        case "workspace/didChangeWatchedFiles":
            for uri in documents.keys.sorted() { recheck(uri) }
        default:
            // `initialized`, `$/cancelRequest`, `$/setTrace` and anything unknown: nothing to do.
            break
        }
    }

    /// Checks `uri` after the debounce delay unless it changes again before.
    private func schedule(_ uri: String, generation: Int) {
        pending[uri] = generation
        let delay = configuration.debounce
        Task {
            try? await Task.sleep(for: delay)
            self.publishIfCurrent(uri, generation: generation)
        }
    }

    /// Checks `uri` again after the debounce delay though its text did not change (a filing it
    /// is checked against did).
    private func recheck(_ uri: String) {
        documents[uri]?.analysedGeneration = -1
        if let document = documents[uri] { schedule(uri, generation: document.generation) }
    }

    private func publishIfCurrent(_ uri: String, generation: Int) {
        guard let document = documents[uri], document.generation == generation, pending[uri] == generation else {
            return
        }
        publish(uri)
    }

    /// Runs the checks waiting for their debounce delay now (for tests, which cannot rely on a
    /// timer firing on time on a loaded machine).
    func runPendingChecks() {
        for uri in pending.keys.sorted() where documents[uri] != nil { publish(uri) }
    }

    /// Checks `uri` now and publishes its diagnostics; a county filing's change also rechecks
    /// the other open filings (its villages).
    private func publish(_ uri: String) {
        pending[uri] = nil
        guard let analysis = analysis(of: uri), let document = documents[uri] else { return }
        sendNotification(
            "textDocument/publishDiagnostics",
            .object([
                "uri": .string(uri),
                "version": document.version.map { .int($0) },
                "diagnostics": .array(analysis.diagnostics(library: library, documentation: documentation, uri: uri)),
            ]))
        // Only the filings below county level are checked against another: two county filings
        // open together do not recheck each other.
        if analysis.report.header?.agreedRegion?.level == .county {
            for (other, document) in documents.sorted(by: { $0.key < $1.key }) where other != uri {
                if let level = document.analysis?.report.header?.region?.level, level > .county { recheck(other) }
            }
        }
    }

    /// The analysis of the document's current text, checking it when it changed since.
    private func analysis(of uri: String) -> DocumentAnalysis? {
        guard var document = documents[uri] else { return nil }
        if let analysis = document.analysis, document.analysedGeneration == document.generation { return analysis }
        let analysis = DocumentAnalysis(
            source: SourceFile(path: document.path, bytes: document.bytes), checker: configuration.checker,
            encoding: encoding, workspace: workspace)
        document.analysis = analysis
        document.analysedGeneration = document.generation
        documents[uri] = document
        return analysis
    }

    // MARK: Features

    private func hover(uri: String, at position: Position) -> JSONValue {
        guard let analysis = analysis(of: uri) else { return .null }
        let line = analysis.index.lineText(position.line)
        if let word = Hover.waiverRuleID(in: line, at: position.character, encoding: encoding) {
            let range = TextRange(
                start: Position(line: position.line, character: word.start),
                end: Position(line: position.line, character: word.end))
            if let rule = library.rule(id: word.id) {
                return Self.hoverResult(Hover.markdown(for: rule, documentation: documentation), range: range)
            }
            if FindingCode(word.id).isWaivable == false {
                return Self.hoverResult("`\(word.id)` 是输入或格式问题的代码，不能豁免", range: range)
            }
        }
        let here = analysis.placed.filter { $0.range.contains(position) }
        guard let first = here.first else { return .null }
        let text = here.map { item in
            Hover.markdown(
                for: item.finding,
                rule: item.finding.basis == nil ? nil : library.rule(id: item.finding.ruleID.rawValue),
                documentation: documentation)
        }.joined(separator: "\n\n---\n\n")
        return Self.hoverResult(text, range: first.range)
    }

    static func hoverResult(_ markdown: String, range: TextRange) -> JSONValue {
        .object([
            "contents": .object(["kind": .string("markdown"), "value": .string(markdown)]), "range": range.json,
        ])
    }

    private func completion(uri: String, at position: Position, valuesOnly: Bool) -> JSONValue {
        guard let document = documents[uri] else { return .null }
        let index = LineIndex(bytes: document.bytes, encoding: encoding)
        let items = Completion.items(at: position, in: index, format: library.format).filter {
            $0.isValue || !valuesOnly
        }
        return .object([
            "isIncomplete": .bool(false),
            "items": .array(
                items.map { item in
                    .object([
                        "label": .string(item.label),
                        // Property for keys, EnumMember for values.
                        "kind": .int(item.isValue ? 20 : 10),
                        "detail": .string(item.detail),
                        "labelDetails": .object(["description": .string(item.detail)]),
                        "documentation": item.documentation.map {
                            .object(["kind": .string("markdown"), "value": .string($0)])
                        },
                        "insertText": .string(item.insertText),
                    ])
                }),
        ])
    }

    private func codeActions(uri: String, range: TextRange) -> JSONValue {
        guard let analysis = analysis(of: uri) else { return .array([]) }
        let actions = CodeActions.actions(for: analysis.findings(in: range), in: analysis)
        return .array(
            actions.map { action in
                CodeActions.json(
                    action, uri: uri,
                    diagnostic: analysis.diagnostic(
                        action.finding, library: library, documentation: documentation, uri: uri))
            })
    }

    // MARK: Sending

    private func respond(result: JSONValue, id: JSONValue) {
        send(JSONValue.object(["jsonrpc": .string("2.0"), "id": id, "result": result]).serialized)
    }

    private func respond(error code: ErrorCode, message: String, id: JSONValue) {
        send(
            JSONValue.object([
                "jsonrpc": .string("2.0"), "id": id,
                "error": .object(["code": .int(code.rawValue), "message": .string(message)]),
            ]).serialized)
    }

    private func sendNotification(_ method: String, _ params: JSONValue) {
        send(JSONValue.object(["jsonrpc": .string("2.0"), "method": .string(method), "params": params]).serialized)
    }
}
