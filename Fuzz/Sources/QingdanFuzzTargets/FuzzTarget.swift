import QingdanCore
import QingdanKit
import QingdanPluginAPI
import QingdanReporters
import QingdanStandardPlugins
import QingdanYAML

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
    /// The suppression readers: the input is read as a waiver file (`--waivers`) and as a
    /// baseline (`--baseline`), and scanned as a filing for `# qingdan: allow` comments; what
    /// loads is applied to the findings of a sample filing, and a filing with inline waivers is
    /// checked with them.
    case suppression
    /// The path matcher (`Glob`): the input's first line is the pattern, the rest the path.
    /// Traps when a short pattern and path match differently from a plain reference matcher.
    case glob
    /// The spreadsheet readers: the input read as an `.xlsx` workbook and as a `.csv` table,
    /// translated to YAML and checked; the translation must always parse.
    case workbook

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
                let valid = SchemaValidator.validate(
                    tree.root, against: FilingFormat.standard.document, placeholders: true
                ).isEmpty
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
        case .suppression:
            return Self.suppress(bytes)
        case .glob:
            let newline = bytes.firstIndex(of: 0x0A) ?? bytes.endIndex
            let pattern = String(decoding: bytes[..<newline], as: UTF8.self)
            let path = String(decoding: bytes[min(newline + 1, bytes.endIndex)...], as: UTF8.self)
            let matched = Glob(pattern).matches(path)
            if pattern.unicodeScalars.count <= 64 && path.unicodeScalars.count <= 256 {
                let expected = ReferenceGlob.matches(pattern, path)
                precondition(
                    matched == expected,
                    "Glob(\(pattern.debugDescription)).matches(\(path.debugDescription)) is \(matched), expected \(expected)"
                )
            }
            return matched
        case .workbook:
            var accepted = false
            for reader in WorkbookReader.all(format: .standard) {
                guard
                    let translated = try? reader.translate(
                        SourceFile(path: reader.readsText ? "fuzz.csv" : "fuzz.xlsx", bytes: bytes), limits: .default)
                else { continue }
                let parsed = Self.checker.parse(translated)
                if case .failure(let problem) = parsed.tree, problem.code != .limit {
                    preconditionFailure("a translated workbook does not parse: \(problem.message)")
                }
                accepted = !Self.checker.check(parsed: parsed).hasInputError || accepted
            }
            return accepted
        }
    }

    /// The suppression target: the input as a waiver file, a baseline and a filing with comments.
    private static func suppress(_ bytes: [UInt8]) -> Bool {
        let (waivers, baseline) = withScratchFile(bytes) { path in
            (WaiverFile.load(path: path, knownRules: knownRules), Baseline.load(path: path))
        }
        var accepted = false
        if case .success(let waivers) = waivers {
            accepted = true
            let suppressor = Suppressor(waiverFile: waivers, today: today, knownRules: knownRules)
            let outcome = suppressor.apply(to: sample.findings, source: sample.source, root: nil)
            _ = suppressor.waiverFileProblems(used: outcome.usedWaiverEntries)
            for entry in waivers.entries {
                for file in [sample.source.path, "a/b/c.yaml", "./x.yaml", "", "/"] { _ = entry.covers(file: file) }
            }
        }
        if case .success(let baseline) = baseline {
            accepted = true
            let suppressor = Suppressor(baseline: baseline, today: today, knownRules: knownRules)
            _ = suppressor.apply(to: sample.findings, source: sample.source, root: nil)
        }
        // The input as a filing: its comments waive the sample's findings (by line), and when
        // it has any, the filing itself is checked with them, waiver file and baseline included.
        let source = SourceFile(path: sample.source.path, bytes: bytes)
        // Waivers are read from real comments only, so from a parsed tree.
        if let tree = try? YAMLParser.parse(source), !InlineWaiver.scan(tree).isEmpty {
            accepted = true
            let plain = Suppressor(today: today, knownRules: knownRules)
            _ = plain.apply(to: sample.findings, source: source, root: tree.root)
            let report = suppressingChecker.check(source)
            var reporter = ReportFormat.json.reporter(context)
            _ = Reporters.render([report], with: &reporter, toolVersion: "fuzz")
        }
        return accepted
    }

    /// Writes `bytes` to a scratch file of this thread's (the waiver and baseline readers take a
    /// path; the test suite replays on several threads at once), calls `body` with its path and
    /// removes it.
    private static func withScratchFile<Result>(_ bytes: [UInt8], _ body: (String) -> Result) -> Result {
        let directory = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp"
        let path = "\(directory)/qingdan-fuzz-\(getpid())-\(UInt(bitPattern: Int(bitPattern: pthread_self()))).yaml"
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        precondition(descriptor >= 0, "cannot write \(path)")
        defer { unlink(path) }
        var written = 0
        bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let count = write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                precondition(count > 0, "cannot write \(path)")
                written += count
            }
        }
        close(descriptor)
        return body(path)
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
    static let today = CivilDate("2024-06-30")!
    static let knownRules = checker.knownRuleIDs
    /// A filing with findings for waivers to waive (Examples/yubei/village-violations.yaml).
    static let sample: (source: SourceFile, findings: [Finding]) = {
        let source = SourceFile(
            path: "filings/500112/village-violations.yaml",
            text: """
                qingdan: 1
                region:
                  code: "500112104202"
                  name: 重庆市渝北区统景镇某某村
                  level: village
                as_of: 2024-03-01

                tasks:
                  - name: 协助开展社会救助
                    assigned_by: 区民政局
                  - name: 协助开展农村道路交通安全劝导
                    assigned_by: 统景镇人民政府
                  - name: 负责辖区违法建筑拆除
                    assigned_by: 统景镇人民政府

                """)
        let findings = checker.check(source).findings
        precondition(!findings.isEmpty, "the sample filing has no findings to waive")
        return (source, findings)
    }()
    /// A checker with a waiver file and a baseline that match the sample filing's findings.
    static let suppressingChecker: Checker = {
        let first = sample.findings[0]
        let rules = Set(sample.findings.map(\.ruleID.rawValue)).sorted().joined(separator: ", ")
        let text = """
            qingdan-waivers: 1
            waivers:
              - files: ["filings/**/*.yaml"]
                rules: [\(rules)]
                reason: fuzz
                approver: fuzz
                document: fuzz
                until: 2025-12-31

            """
        guard
            case .success(let waivers) = withScratchFile(
                Array(text.utf8),
                {
                    WaiverFile.load(path: $0, knownRules: knownRules)
                })
        else { preconditionFailure("the sample waiver file does not load") }
        let suppressor = Suppressor(
            waiverFile: waivers, baseline: Baseline(fingerprints: [first.fingerprint]), today: today,
            knownRules: knownRules)
        return Checker(library: library, settings: Checker.Settings(today: today, suppressor: suppressor))
    }()

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
