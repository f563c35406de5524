import QingdanCore
import QingdanKit
import QingdanPluginAPI
import QingdanReporters
import QingdanStandardPlugins
import QingdanYAML

/// What each fuzzer feeds its input to. The same entry points replay reproducers in the test
/// suite, so a crash found once stays fixed.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// The YAML layer: parse, then visit every node and ask for its text, location and source;
    /// the same bytes also go through the JSON reader (a `.json` filing), which must not crash
    /// on whatever it refuses.
    case yaml
    /// A filing end to end: parse, validate, choose the bundled pack, run its rules, render the
    /// JSON, text and SARIF reports. Traps when the fast schema test and the validator disagree.
    case filing
    /// The pack loader: the input stands in for the Yubei pack among the bundled ones; a pack
    /// that loads has its rule examples run.
    case pack

    /// Feeds `bytes` through the target; returns whether they were accepted (parsed, checked
    /// without an input error, or loaded), so that tests can tell a seed that still reaches the
    /// deep code from one refused at the door.
    @discardableResult
    public func run(_ bytes: [UInt8]) -> Bool {
        let source = SourceFile(path: "fuzz.yaml", bytes: bytes)
        switch self {
        case .yaml:
            if let json = try? JSONParser.parse(SourceFile(path: "fuzz.json", bytes: bytes)) {
                visit(json.root, depth: 0)
            }
            guard let tree = try? YAMLParser.parse(source) else { return false }
            visit(tree.root, depth: 0)
            return true
        case .filing:
            if let tree = try? YAMLParser.parse(source) {
                let valid = SchemaValidator.validate(tree.root, against: FilingFormat.standard.document).isEmpty
                precondition(
                    FilingFormat.standard.compiled.accepts(tree.root) == valid,
                    "CompiledSchema disagrees with SchemaValidator")
            }
            let report = Self.checker.check(source)
            for format in [ReportFormat.json, .text, .sarif] {
                var reporter = format.reporter(Self.context)
                _ = Reporters.render([report], with: &reporter, toolVersion: "fuzz")
            }
            return !report.hasInputError
        case .pack:
            let text = String(decoding: bytes, as: UTF8.self)
            let files = Self.bundledFiles.map { $0.id == Self.packUnderTest ? ($0.id, $0.path, text) : $0 }
            guard let library = try? PackLibrary(source: InMemoryPackSource(files: files), registry: Self.registry),
                let pack = library.pack(id: Self.packUnderTest)
            else { return false }
            for rule in pack.pack.rules {
                for example in rule.examples { _ = Checker.run(rule, on: example.filing) }
            }
            return true
        }
    }

    /// Walks the tree the way checks and reporters read it.
    private func visit(_ node: YAMLNode, depth: Int) {
        _ = node.location
        _ = node.text
        _ = node.isBlankText
        _ = node.boolean
        _ = node.date
        if depth < 8 { _ = node.sourceText }
        for item in node.items { visit(item, depth: depth + 1) }
        for (key, value) in node.pairs {
            _ = node.pair(forKey: key.text ?? "")
            visit(value, depth: depth + 1)
        }
    }

    static let packUnderTest = "cn/chongqing/yubei"
    static let bundledFiles = BundledPacks.source.files
    static let registry = try! StandardPlugins.registry()
    static let library = try! PackLibrary(source: BundledPacks.source, registry: registry)
    static let checker = Checker(library: library, settings: Checker.Settings(today: CivilDate("2024-06-30")!))
    static let context = ReportContext(toolVersion: "fuzz", rules: library.allRules)

    /// libFuzzer's call for one input (each executable's `LLVMFuzzerTestOneInput`).
    public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
        run(Array(UnsafeBufferPointer(start: data, count: size)))
        return 0
    }

    /// Runs the target over files, for replaying a corpus or a reproducer without libFuzzer;
    /// returns the paths whose input was accepted.
    @discardableResult
    public func replay(paths: [String]) throws -> [String] {
        try paths.filter { run(try SourceFile.load(path: $0, maxBytes: 64 << 20).bytes) }
    }
}
