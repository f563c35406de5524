import QingdanPluginAPI
import QingdanYAML

/// Checks filings against the pack that applies to each: parse, validate against the filing
/// schema, choose the pack, run the rules in force on the filing's date at its level, then apply
/// waivers and the baseline.
public struct Checker: Sendable {
    public struct Settings: Sendable {
        /// The pack for filings that name none and whose region code matches none.
        public var fallbackPack: String?
        public var limits: ParseLimits
        /// How files are decoded on read.
        public var encoding: SourceEncoding
        /// The date used when a filing has no valid `as_of` (the schema reports it), and the day
        /// waivers expire against.
        public var today: CivilDate
        /// Waivers and baseline; nil checks without them.
        public var suppressor: Suppressor?
        /// Readers of filings kept as workbooks or tables, by file name.
        public var readers: [any FilingReader]

        public init(
            fallbackPack: String? = nil, limits: ParseLimits = .default, encoding: SourceEncoding = .utf8,
            today: CivilDate, suppressor: Suppressor? = nil, readers: [any FilingReader] = []
        ) {
            self.readers = readers
            self.fallbackPack = fallbackPack
            self.limits = limits
            self.encoding = encoding
            self.today = today
            self.suppressor = suppressor
        }
    }

    public let library: PackLibrary
    public let settings: Settings

    public init(library: PackLibrary, settings: Settings) {
        self.library = library
        self.settings = settings
    }

    /// Rule ids and the engine codes a waiver may name (never an input or format code:
    /// `FindingCode.isWaivable`).
    public var knownRuleIDs: Set<String> {
        Set(library.allRules.map(\.id)).union(FindingCode.filingCodes.filter(\.isWaivable).map(\.rawValue))
    }

    /// Reads the file at `path` within the size limit, decoded to UTF-8; a workbook or table is
    /// translated to the YAML filing it stands for.
    public func load(path: String) throws(YAMLProblem) -> SourceFile {
        let maxBytes = settings.limits.maxFileBytes
        let raw = try SourceFile.load(path: path, maxBytes: maxBytes)
        guard let reader = reader(of: path) else { return try settings.encoding.decode(raw, maxBytes: maxBytes) }
        return try reader.translate(
            reader.readsText ? try settings.encoding.decode(raw, maxBytes: maxBytes) : raw, limits: settings.limits)
    }

    /// The reader of a file that is not YAML or JSON (by its name), if any.
    public func reader(of path: String) -> (any FilingReader)? {
        settings.readers.first { $0.reads(path: path) }
    }

    /// Reads and checks the file at `path`.
    public func check(path: String, district: DistrictFiling? = nil) -> FileReport {
        do {
            return check(try load(path: path), district: district)
        } catch {
            return Self.report(error, file: FileName.readable(path))
        }
    }

    /// The report of a file that could not be read or parsed: its problem (all its typing slips).
    public static func report(_ problem: YAMLProblem, file: String, origin: SheetOrigin? = nil) -> FileReport {
        if let origin {
            return FileReport(
                file: file, findings: problem.all.map { locatedAtCell(finding($0, file: file), origin) }, header: nil,
                pack: nil, rulesRun: 0)
        }
        return FileReport(
            file: file, findings: problem.all.map { finding($0, file: file) }, header: nil, pack: nil, rulesRun: 0)
    }

    public func check(_ source: SourceFile, district: DistrictFiling? = nil) -> FileReport {
        check(parsed: parse(source), district: district)
    }

    /// A file parsed (or not) on the way to being checked.
    public struct Parsed: Sendable {
        public let source: SourceFile
        public let tree: Result<YAMLTree, YAMLProblem>

        /// The header, when the file parses to a mapping.
        public var header: FilingHeader? {
            guard case .success(let tree) = tree, tree.root.isMapping else { return nil }
            return FilingHeader(root: tree.root)
        }
    }

    public func parse(_ source: SourceFile) -> Parsed {
        do {
            // A `.json` filing is read as strict JSON, anything else as YAML.
            return Parsed(
                source: source, tree: .success(try YAMLTree.parse(source, limits: settings.limits, keepingSlips: true)))
        } catch {
            return Parsed(source: source, tree: .failure(error))
        }
    }

    public func check(parsed: Parsed, district: DistrictFiling? = nil) -> FileReport {
        let file = parsed.source.path
        let tree: YAMLTree
        switch parsed.tree {
        case .failure(let problem):
            return Self.report(problem, file: file, origin: parsed.source.origin)
        case .success(let parsedTree):
            tree = parsedTree
        }
        let root = tree.root
        var findings: [Finding] = []
        let format = library.format
        var issues =
            format.compiled.accepts(root)
            ? []
            : SchemaValidator.validate(
                root, against: format.document, valueNames: format.valueNames, placeholders: true)
        let header = root.isMapping ? FilingHeader(root: root) : FilingHeader()
        if root.isMapping { issues += FilingHeader.consistencyIssues(root: root, header: header) }
        if tree.typingSlips.isEmpty {
            findings += issues.map { Self.finding($0, file: file, root: root) }
        } else {
            // A typing slip libyaml read through (`- name：某村` as an item's text) is reported
            // instead of what the schema says of the node it starts; the issue still keeps rules
            // off that part.
            let slipLines = Set(tree.typingSlips.map(\.location.line))
            findings += tree.typingSlips.map { Self.finding($0, file: file) }
            findings += issues.filter { !slipLines.contains($0.location.line) }.map {
                Self.finding($0, file: file, root: root)
            }
        }
        var pack: ResolvedPack?
        var rulesRun = 0
        var rulesWithContent = 0
        if root.isMapping, let chosen = choosePack(root: root, header: header, file: file, findings: &findings) {
            pack = chosen
            let date = header.asOf ?? settings.today
            // The level the code's digits give wins over a declared level that disagrees (reported
            // above): 济源市 419001 declared `city` is still judged as the county it is.
            let level = header.region?.level ?? header.level
            let rules = chosen.rules(applyingTo: level, on: date)
            if rules.isEmpty {
                findings.append(
                    Finding(
                        ruleID: .noRules, topic: .schema, severity: .error, file: file, location: root.location,
                        path: [],
                        message: "规则包 \(chosen.id) 没有适用于这份申报（\(level?.chineseName ?? "未知层级")，\(date)）的规则",
                        hint: "检查 region.level 和 as_of，或用 pack: 指定适用的规则包"))
            }
            let filing = FilingView(root: root, header: header, district: district)
            let judgement = Self.judge(filing, by: rules, yielding: chosen.yieldTargets, issues: issues)
            findings += judgement.findings
            rulesRun = rules.count
            rulesWithContent = judgement.rulesWithContent
            // A village files what its pack checks there (signboards, facility, mechanisms,
            // tasks); one that files none of it was judged on nothing. Not said on top of a
            // schema problem, which already makes the filing wrong.
            if level == .village && !rules.isEmpty && judgement.rulesWithContent == 0 && issues.isEmpty {
                findings.append(nothingToCheck(chosen, rules: rules, level: level, root: root))
            }
        }
        var report: FileReport
        if let suppressor = settings.suppressor {
            let outcome = suppressor.apply(to: findings, source: parsed.source, root: root)
            report = FileReport(
                file: file, findings: outcome.findings, suppressed: outcome.suppressed, header: header,
                pack: pack, rulesRun: rulesRun, rulesWithContent: rulesWithContent,
                usedWaiverEntries: outcome.usedWaiverEntries)
        } else {
            report = FileReport(
                file: file, findings: findings, header: header, pack: pack, rulesRun: rulesRun,
                rulesWithContent: rulesWithContent)
        }
        report.regionCodeLocation = root["region"]?["code"]?.location
        if let origin = parsed.source.origin { Self.locateAtCells(&report, origin) }
        return report
    }

    /// A report on a filing read from a workbook, its findings at the cells their lines came
    /// from (a cell has no certain fix), with what reading the cells found.
    static func locateAtCells(_ report: inout FileReport, _ origin: SheetOrigin) {
        report.findings = report.findings.map { locatedAtCell($0, origin) }
        report.suppressed = report.suppressed.map { suppressed in
            var suppressed = suppressed
            suppressed.finding = locatedAtCell(suppressed.finding, origin)
            return suppressed
        }
        report.add(origin.problems.map { finding($0, file: report.file) })
    }

    static func locatedAtCell(_ finding: Finding, _ origin: SheetOrigin) -> Finding {
        var finding = finding
        if finding.cell == nil {
            let item = finding.path.item
            var key: String?
            if item.components.count < finding.path.components.count,
                case .key(let name) = finding.path.components[item.components.count]
            {
                key = name
            }
            finding.cell =
                origin.cell(item: item.description, key: key ?? finding.missingKey) ?? origin.cell(at: finding.location)
        }
        finding.fix = nil
        return finding
    }

    /// What `rules` found in `filing`, and how many had anything to judge.
    struct Judgement {
        var findings: [Finding]
        /// Rules that reported something, or found some part they read present and not empty.
        var rulesWithContent: Int
    }

    /// What `rules` find in `filing`, leaving out the rules that read a part the schema found
    /// malformed (one slip is reported once). `check` and `check(example:)` both judge through it.
    static func judge(
        _ filing: FilingView, by rules: [Rule], yielding: [String: Set<String>], issues: [SchemaIssue]
    ) -> Judgement {
        let malformed = issues.filter(\.blocksRules).map(\.path)
        var judgement = Judgement(findings: [], rulesWithContent: 0)
        for rule in rules {
            let reads = rule.check.reads
            if reads.contains(where: { overlaps($0, malformed) }) { continue }
            let found = run(rule, on: filing)
            if !found.isEmpty || reads.contains(where: { hasContent(filing.node(at: $0)) }) {
                judgement.rulesWithContent += 1
            }
            judgement.findings += found
        }
        // One problem is reported once: a rule yields the items another rule already reports.
        guard !yielding.isEmpty else { return judgement }
        var reported: [String: Set<DocumentPath>] = [:]
        for finding in judgement.findings { reported[finding.ruleID.rawValue, default: []].insert(finding.path.item) }
        judgement.findings = judgement.findings.filter { finding in
            guard let others = yielding[finding.ruleID.rawValue], !others.isEmpty else { return true }
            return !others.contains { reported[$0]?.contains(finding.path.item) == true }
        }
        return judgement
    }

    /// Whether a part of the filing is there with something in it: a value that is not null, a
    /// list or mapping that is not empty.
    static func hasContent(_ node: YAMLNode?) -> Bool {
        guard let node else { return false }
        return node.isScalar ? !node.isNull : node.count > 0
    }

    /// The info that rules applied but none had anything to read: the filing has none of the
    /// sections they check (an empty filing would otherwise pass as clean).
    private func nothingToCheck(_ pack: ResolvedPack, rules: [Rule], level: RegionLevel?, root: YAMLNode) -> Finding {
        let read = Set(rules.flatMap { $0.check.reads.compactMap(\.keys.first) })
        let sections =
            library.format.root.properties.map(\.name).filter(read.contains)
            + read.subtracting(library.format.root.properties.map(\.name)).sorted()
        let named = sections.map { key in library.format.title(at: [key]).map { "\(key)（\($0)）" } ?? key }
        let levelName = level?.chineseName ?? "这一层级"
        return Finding(
            ruleID: .nothingToCheck, topic: .nothingToCheck, severity: .info, file: root.tree.source.path,
            location: root.location, path: [],
            message: "申报中没有规则包 \(pack.id) 对\(levelName)申报检查的任何部分（\(named.joined(separator: "、"))）："
                + "适用的 \(rules.count) 条规则都没有可检查的内容",
            hint: "填写与本地区有关的部分；若确实都没有，核对 region.level 是否写对"
                + (level.map { "（现为 \($0.rawValue)）" } ?? ""),
            identity: pack.id)
    }

    /// Runs one rule and turns what its check reports into findings.
    public static func run(_ rule: Rule, on filing: FilingView) -> [Finding] {
        rule.check.run(on: filing, message: rule.message).map { report in
            Finding(
                ruleID: FindingCode(rule.id), topic: rule.topic, severity: rule.severity,
                file: filing.root.tree.source.path, location: report.location, path: report.path,
                message: report.message, hint: rule.hint, basis: rule.basis,
                packID: rule.packID, anchor: (report.subject ?? report.path).anchor(in: filing.root),
                identity: report.identity, fix: report.fix, missingKey: report.missingKey)
        }
    }

    /// Whether a malformed place lies inside `path`, or `path` inside it.
    static func overlaps(_ path: FilingPath, _ malformed: [DocumentPath]) -> Bool {
        malformed.contains { place in
            let keys = place.components.prefix { if case .key = $0 { true } else { false } }
                .map { if case .key(let key) = $0 { key } else { "" } }
            return keys.starts(with: path.keys) || path.keys.starts(with: keys)
        }
    }

    /// The pack a filing is checked with. Its region code chooses the deepest pack that covers
    /// it; a `pack:` key may name that pack or one that extends it (never a looser one: a named
    /// pack that would drop the region's own rules is reported and the region's pack used); a
    /// filing no local pack covers is checked by `--pack` when given, else by the root pack, and
    /// told so.
    private func choosePack(root: YAMLNode, header: FilingHeader, file: String, findings: inout [Finding])
        -> ResolvedPack?
    {
        let byCode = header.region.flatMap(library.choice(for:))
        if let id = header.pack {
            guard let named = library.pack(id: id) else {
                findings.append(
                    Finding(
                        ruleID: .unknownPack, topic: .schema, severity: .error, file: file,
                        location: root["pack"]!.location, path: ["pack"], message: "没有名为「\(id)」的规则包",
                        hint: Suggestions.hint(for: id, among: library.ids, listing: "规则包")))
                return nil
            }
            guard let byCode, let region = header.region, !named.chain.contains(where: { $0.id == byCode.pack.id })
            else { return named }
            findings.append(packMismatch(named: named, chosen: byCode.pack, region: region, header: header, root: root))
            if !byCode.isLocal { findings.append(noLocalPack(byCode.pack, region: region, header: header, root: root)) }
            return byCode.pack
        }
        if let byCode, byCode.isLocal { return byCode.pack }
        if let id = settings.fallbackPack, let pack = library.pack(id: id) { return pack }
        if let byCode, let region = header.region {
            findings.append(noLocalPack(byCode.pack, region: region, header: header, root: root))
            return byCode.pack
        }
        let node = root["region"]?["code"] ?? root
        findings.append(
            Finding(
                ruleID: .noPack, topic: .schema, severity: .error, file: file, location: node.location,
                path: root["region"]?["code"] == nil ? [] : ["region", "code"],
                message: "无法确定规则包：区划代码\(header.regionCode.map { " \($0) " } ?? "")没有对应的规则包",
                hint: "在文件中写 pack: 规则包名，或运行时加 --pack；`qingdan packs list` 列出可用的规则包"))
        return nil
    }

    /// 「规则包 cn（全国）不适用于区划代码 500112……」, at the `pack` key.
    private func packMismatch(
        named: ResolvedPack, chosen: ResolvedPack, region: RegionCode, header: FilingHeader, root: YAMLNode
    ) -> Finding {
        Finding(
            ruleID: .packMismatch, topic: .packMismatch, severity: .error, file: root.tree.source.path,
            location: root["pack"]!.location, path: ["pack"],
            message: "规则包 \(named.id)（\(named.pack.title)）不适用于区划代码 \(Self.describe(region, header: header))："
                + "这个地区由规则包 \(chosen.id)（\(chosen.pack.title)）检查，已按 \(chosen.id) 检查",
            hint: "删去 pack:，或写 pack: \(chosen.id)（或继承它的规则包）：申报不能改用不含本地区规则的规则包",
            identity: named.id)
    }

    /// The info that a filing no local pack covers was checked by `pack` only, at its region code.
    private func noLocalPack(_ pack: ResolvedPack, region: RegionCode, header: FilingHeader, root: YAMLNode)
        -> Finding
    {
        let levels = RegionLevel.allCases.filter { $0 <= min(region.level, .county) }.map(\.chineseName)
        let node = root["region"]?["code"] ?? root
        return Finding(
            ruleID: .noLocalPack, topic: .noLocalPack, severity: .info, file: root.tree.source.path,
            location: node.location, path: root["region"]?["code"] == nil ? [] : ["region", "code"],
            message:
                "区划代码 \(Self.describe(region, header: header, spaced: true))没有\(levels.joined(separator: "、"))的地方规则包，"
                + "已按规则包 \(pack.id)（\(pack.pack.title)）检查：地方规定的规则没有检查",
            hint: "地方规定需另行核对；地区的规则包若在别处，运行时用 --rules 目录加载，或用 --pack 指定",
            identity: pack.id)
    }

    /// The code as written, with its canonical key when the two differ and the region's name:
    /// `500112000000（500112，重庆市渝北区）`; `spaced` adds the space a following Chinese word
    /// needs after digits (but not after a full-width parenthesis).
    static func describe(_ region: RegionCode, header: FilingHeader, spaced: Bool = false) -> String {
        let written = header.regionCode ?? region.key
        let notes = (written == region.key ? [] : [region.key]) + (header.regionName.map { [$0] } ?? [])
        if notes.isEmpty { return spaced ? written + " " : written }
        return "\(written)（\(notes.joined(separator: "，"))）"
    }

    static func finding(_ problem: YAMLProblem, file: String) -> Finding {
        var message = problem.message
        if let related = problem.related, problem.code != .duplicateKey {
            message += "（相关位置：第 \(related.line) 行第 \(related.column) 列）"
        }
        var finding = Finding(
            ruleID: problem.code,
            topic: problem.code == .encoding
                ? .encoding : problem.code.rawValue.hasPrefix("schema.") ? .schema : .syntax,
            severity: .error, file: file, location: problem.location, path: [], message: message,
            hint: problem.hint, identity: problem.cell == nil ? problem.code.rawValue : problem.message,
            fix: problem.fix)
        finding.cell = problem.cell
        return finding
    }

    static func finding(_ issue: SchemaIssue, file: String, root: YAMLNode) -> Finding {
        Finding(
            ruleID: issue.code, topic: .schema, severity: .error, file: file, location: issue.location,
            path: issue.path, message: issue.message, hint: issue.hint, anchor: issue.path.anchor(in: root),
            identity: issue.message, fix: issue.fix)
    }
}

/// What the engine itself finds about a filing, and about the waivers applied to it.
extension FindingCode {
    public static let unknownPack: FindingCode = "filing.unknown-pack"
    public static let noPack: FindingCode = "filing.no-pack"
    public static let noRules: FindingCode = "filing.no-applicable-rules"
    public static let duplicateRegion: FindingCode = "filing.duplicate-region"
    /// The filing's `pack:` names a pack that does not cover its region code (nor extends the
    /// pack that does).
    public static let packMismatch: FindingCode = "filing.pack-mismatch"
    /// No local pack covers the filing's region: it was checked by the root pack only (info).
    public static let noLocalPack: FindingCode = "filing.no-local-pack"
    /// Rules applied, but the filing has none of the sections they read (info).
    public static let nothingToCheck: FindingCode = "filing.nothing-to-check"

    public static let waiverBlanket: FindingCode = "waiver.blanket"
    public static let waiverMalformed: FindingCode = "waiver.malformed"
    public static let waiverExpired: FindingCode = "waiver.expired"
    public static let waiverUnused: FindingCode = "waiver.unused"
    /// A waiver names an input or format code, which no waiver may suppress.
    public static let waiverUnwaivable: FindingCode = "waiver.unwaivable"

    public static let filingCodes: [FindingCode] = [
        .unknownPack, .noPack, .noRules, .duplicateRegion, .packMismatch, .noLocalPack, .nothingToCheck,
    ]
    public static let waiverCodes: [FindingCode] = [
        .waiverBlanket, .waiverMalformed, .waiverExpired, .waiverUnused, .waiverUnwaivable,
    ]
}
