import CPlatform
import QingdanCore
import QingdanPluginAPI
import QingdanReporters
import QingdanYAML

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Checks a selection of files on all cores and feeds every reporter in input order, whatever
/// the number of threads, keeping only one chunk of files in memory at a time.
///
/// Two passes over the files: a survey that reads only each filing's `region` and `as_of` from
/// its first bytes, then the check. The survey is what lets cross-filing checks work in one
/// streaming pass: two filings of one region for one date are reported, and a village's tasks
/// are checked against its district's published lists (准入) — the district filing in force on
/// the village's date — whatever the order of the files. County filings are not kept: the
/// survey notes where they are, and a `DistrictCache` holds the few that the files being checked
/// need, so memory does not grow with the number of county filings.
public struct BatchRunner: Sendable {
    public let checker: Checker
    public let jobs: Int
    public let showProgress: Bool

    public init(checker: Checker, jobs: Int, showProgress: Bool) {
        self.checker = checker
        self.jobs = max(1, jobs)
        self.showProgress = showProgress
    }

    public struct Output {
        public var reporter: any Reporter
        public let target: OutputTarget

        public init(reporter: any Reporter, target: OutputTarget) {
            self.reporter = reporter
            self.target = target
        }
    }

    /// Files per chunk of the check: enough to keep every core busy, few enough to bound memory.
    var chunkSize: Int { jobs * 64 }
    /// Files per chunk of the survey, whose results are a few bytes a file: larger chunks wake
    /// the workers less often.
    var surveyChunkSize: Int { jobs * 1024 }
    /// County filings kept parsed at a time: the two chunks in flight rarely span more.
    var districtsKept: Int { 8 + 4 * jobs }

    /// Checks `input` into `outputs`; refuses, before writing anything, a selection that holds a
    /// file one of the outputs would replace (`--report json:a.yaml a.yaml`).
    public func run(_ input: InputSelection, outputs: inout [Output]) throws(OutputTarget.Problem) -> (
        summary: RunSummary, filesPerPath: [Int]
    ) {
        // One arena a worker: memory then stays flat over a long run (measured on 50,000 filings
        // at --jobs 2: +22 % peak memory over 10,000 with glibc's default, +5 % with this).
        qingdan_limit_malloc_arenas(Int32(clamping: max(1, jobs)))
        let written = Set(outputs.compactMap { $0.target.overwrites })
        let survey = self.survey(input, written: written)
        if let (path, file) = survey.inputWritten, let output = outputs.first(where: { $0.target.overwrites == file }) {
            let target = output.target
            let written = target.path.map { "\(target.role) \(FileName.readable($0)) " } ?? "标准输出重定向到的文件"
            let same = target.path == path ? "" : "（\(FileName.readable(path))）"
            throw OutputTarget.Problem(message: "\(written)是本次要检查的文件\(same)：写入会覆盖它；请写到检查范围以外")
        }
        var summary = RunSummary(toolVersion: ToolVersion.current, today: checker.settings.today)
        var progress = showProgress && survey.files >= 100 ? ProgressBar(total: survey.files) : nil
        for index in outputs.indices {
            var text = TextBuffer()
            outputs[index].reporter.begin(into: &text)
            outputs[index].target.write(text)
        }
        var duplicates = DuplicateRegions(counts: survey.repeatedRegions)
        var usedWaiverEntries = Set<Int>()
        func emit(_ report: FileReport) {
            summary.add(report)
            for index in outputs.indices {
                var text = TextBuffer()
                outputs[index].reporter.add(report, into: &text)
                outputs[index].target.write(text)
            }
        }
        func emitChunk(_ reports: [FileReport]) {
            for var report in reports {
                report.add(duplicates.findings(for: report))
                usedWaiverEntries.formUnion(report.usedWaiverEntries)
                emit(report)
            }
            progress?.advance(by: reports.count)
        }
        // On more than one core, a chunk is checked while the one before it is reported, so the
        // workers do not wait for the reporters (two chunks in memory at most).
        var checking: Background<[FileReport]>?
        let districts = DistrictCache(capacity: districtsKept)
        var ordinal = 0
        let filesPerPath = forEachChunk(input, size: chunkSize) { chunk in
            let first = ordinal
            ordinal += chunk.count
            let chunk =
                survey.repeatedFiles.isEmpty
                ? chunk
                : chunk.enumerated().filter {
                    survey.repeatedFiles[first + $0.offset] != Survey.pathHash($0.element.path)
                }.map(\.element)
            let reports = { @Sendable in
                parallelMap(chunk, jobs: jobs) { entry in check(entry, survey: survey, districts: districts) }
            }
            guard jobs > 1 else { return emitChunk(reports()) }
            let next = Background(reports)
            if let previous = checking { emitChunk(previous.wait()) }
            checking = next
        }
        if let last = checking { emitChunk(last.wait()) }
        progress?.finish()
        if let suppressor = checker.settings.suppressor, let waiverFile = suppressor.waiverFile {
            let problems = suppressor.waiverFileProblems(used: usedWaiverEntries)
            if !problems.isEmpty {
                emit(FileReport(file: waiverFile.path, findings: problems, header: nil, pack: nil, rulesRun: 0))
            }
        }
        for index in outputs.indices {
            var text = TextBuffer()
            outputs[index].reporter.end(summary, into: &text)
            outputs[index].target.write(text)
        }
        return (summary, filesPerPath)
    }

    private func check(_ entry: InputSelection.Selected, survey: Survey, districts: DistrictCache) -> FileReport {
        let path = entry.path
        if let problem = entry.problem { return Checker.report(problem, file: path) }
        if survey.countyPaths.contains(path) {
            // Read through the cache, so that the villages after it find it there.
            guard let parsed = districts.filing(at: path, read: { read(path) }).parsed else {
                return checker.check(path: path)
            }
            return checker.check(parsed: parsed)
        }
        guard let parsed = read(path) else { return checker.check(path: path) }
        var district: DistrictFiling?
        // The county is read from the code's digits even when the declared level disagrees (a
        // township's code on a village): the digits below the county do not change which it is.
        if let header = parsed.header, let region = header.region, let county = region.truncated(to: .county),
            region.level > .county
        {
            // The filing in force on the village's date; one that no longer reads as a filing
            // leaves the one before it.
            for candidate in survey.districts(for: county, on: header.asOf, near: path) {
                if let found = districts.filing(at: candidate, read: { read(candidate) }).district {
                    district = found
                    break
                }
            }
        }
        return checker.check(parsed: parsed, district: district)
    }

    private func read(_ path: String) -> Checker.Parsed? {
        (try? checker.load(path: path)).map(checker.parse)
    }

    /// Calls `body` with consecutive chunks of the selection; returns the files per path.
    private func forEachChunk(_ input: InputSelection, size: Int, _ body: ([InputSelection.Selected]) -> Void)
        -> [Int]
    {
        var chunk: [InputSelection.Selected] = []
        chunk.reserveCapacity(size)
        let counts = input.forEachFile { entry in
            chunk.append(entry)
            if chunk.count == size {
                body(chunk)
                chunk.removeAll(keepingCapacity: true)
            }
        }
        if !chunk.isEmpty { body(chunk) }
        return counts
    }

    struct Survey: Sendable {
        var files = 0
        /// How many filings name each region and date (`DuplicateRegions.key`), for those named
        /// more than once.
        var repeatedRegions: [UInt64: UInt32] = [:]
        /// County-level filings by region, in date order: where they are and their date, not
        /// their contents (`DistrictCache` reads those when a village needs them).
        var countiesByCode: [RegionCode: [County]] = [:]
        var countyPaths: Set<String> = []
        /// Positions in the selection of files met before under another path (named twice, or
        /// reached through a link), with a hash of the path met there: each file is checked once,
        /// under the path met first. (Both passes walk in one order; the hash guards against a
        /// folder that changes between them.)
        var repeatedFiles: [Int: UInt64] = [:]

        static func pathHash(_ path: String) -> UInt64 { Fingerprint.hash([path]) }
        /// A selected file that is also where a report goes, and that file's identity.
        var inputWritten: (path: String, file: FileIdentity)?

        struct County: Sendable {
            let path: String
            let asOf: CivilDate?
            let ordinal: Int
        }

        /// The filings of district `code` a filing dated `date` at `path` is checked against, best
        /// first (`DistrictRound`), then the earlier ones.
        func districts(for code: RegionCode, on date: CivilDate?, near path: String) -> [String] {
            guard let filings = countiesByCode[code] else { return [] }
            return DistrictRound.order(filings.map { ($0.path, $0.asOf) }, for: date, near: path).map {
                filings[$0].path
            }
        }
    }

    private func survey(_ input: InputSelection, written: Set<FileIdentity>) -> Survey {
        var survey = Survey()
        // Twelve bytes a file (a key and its position), sorted once at the end: a dictionary of
        // every region would cost three times as much, and memory is to stay flat however many
        // files there are.
        var regionKeys: [UInt64] = []
        var regionOrdinals: [Int32] = []
        // The device and inode of every file (32 bytes, until the survey ends), sorted once at
        // the end to find files met twice.
        var identities: [SurveyedFile] = []
        let checker = self.checker
        _ = forEachChunk(input, size: surveyChunkSize) { chunk in
            if survey.inputWritten == nil, !written.isEmpty {
                // One stat a file, only when a report's file already exists.
                for selected in chunk where selected.problem == nil {
                    if let file = FileSystem.identity(selected.path), written.contains(file) {
                        survey.inputWritten = (selected.path, file)
                        break
                    }
                }
            }
            let looks = parallelMap(chunk, jobs: jobs) {
                entry -> (region: RegionCode?, date: CivilDate?, file: FileIdentity?) in
                let path = entry.path
                guard entry.problem == nil else { return (nil, nil, nil) }
                let file = FileSystem.identity(path)
                // Read as the check pass reads the header, so both passes give a filing one key.
                guard let scan = Self.scanHeader(path, checker: checker), let code = scan.mapping["code"],
                    TextFormat.regionCode.accepts(code)
                else { return (nil, nil, file) }
                let declared = scan.mapping["level"].flatMap(RegionLevel.init(rawValue:))
                let reading = RegionCode.read(code, declared: declared)
                // A code that disagrees with its level does not say which region the filing is of.
                guard let reading, reading.problem == nil, let region = reading.code else { return (nil, nil, file) }
                return (region, scan.scalars["as_of"].flatMap { CivilDate($0) }, file)
            }
            for (entry, look) in zip(chunk, looks) {
                let path = entry.path, ordinal = survey.files
                survey.files += 1
                if let file = look.file {
                    identities.append(
                        SurveyedFile(
                            file: file, ordinal: Int32(truncatingIfNeeded: ordinal), path: Survey.pathHash(path)))
                }
                guard let region = look.region else { continue }
                regionKeys.append(DuplicateRegions.key(region, date: look.date))
                regionOrdinals.append(Int32(truncatingIfNeeded: ordinal))
                if region.level == .county {
                    survey.countiesByCode[region, default: []].append(
                        Survey.County(path: path, asOf: look.date, ordinal: ordinal))
                }
            }
        }
        survey.repeatedFiles = Self.repeatedFiles(&identities)
        identities = []
        if !survey.repeatedFiles.isEmpty {
            survey.files -= survey.repeatedFiles.count
            regionKeys = zip(regionKeys, regionOrdinals).filter { survey.repeatedFiles[Int($0.1)] == nil }.map(\.0)
            for code in survey.countiesByCode.keys {
                survey.countiesByCode[code]!.removeAll { survey.repeatedFiles[$0.ordinal] != nil }
            }
        }
        for county in survey.countiesByCode.values.joined() { survey.countyPaths.insert(county.path) }
        survey.repeatedRegions = DuplicateRegions.repeated(in: &regionKeys)
        for code in survey.countiesByCode.keys {
            survey.countiesByCode[code]!.sort { ($0.asOf ?? .distantPast) < ($1.asOf ?? .distantPast) }
        }
        return survey
    }

    /// A file the survey met: what it is, where in the selection, and under which path.
    struct SurveyedFile {
        let file: FileIdentity
        let ordinal: Int32
        let path: UInt64
    }

    /// The positions (with their path hashes) of the files whose device and inode an earlier
    /// position already had.
    static func repeatedFiles(_ files: inout [SurveyedFile]) -> [Int: UInt64] {
        files.sort { a, b in (a.file.device, a.file.inode, a.ordinal) < (b.file.device, b.file.inode, b.ordinal) }
        var repeated: [Int: UInt64] = [:]
        for index in files.indices.dropFirst() where files[index].file == files[index - 1].file {
            repeated[Int(files[index].ordinal)] = files[index].path
        }
        return repeated
    }
}

extension BatchRunner {
    /// Bytes read for the first look at a file: the header of a filing is in its first lines.
    static let headerBytes = 1024

    /// The region and date of a filing, from its first bytes when they hold them (nearly always),
    /// else from the whole file.
    public static func scanHeader(_ path: String, checker: Checker) -> YAMLParser.HeaderScan? {
        // JSON is read whole by its own parser (libyaml would read JSON that JSON refuses, and
        // refuse some that it allows), so both passes see the same header.
        if SourceFile.isJSON(path: path) {
            guard let source = try? checker.load(path: path), case .success(let tree) = checker.parse(source).tree
            else { return nil }
            return YAMLParser.scanHeader(of: "region", scalars: ["as_of"], in: tree)
        }
        // A workbook or table is read whole and translated; so is a file in another encoding.
        guard checker.settings.encoding == .utf8, checker.reader(of: path) == nil else {
            return (try? checker.load(path: path)).flatMap {
                YAMLParser.scanHeader(of: "region", scalars: ["as_of"], in: $0)
            }
        }
        guard let (prefix, isWhole) = SourceFile.loadPrefix(path: path, count: headerBytes) else { return nil }
        if isWhole {
            return YAMLParser.quickHeader(of: "region", scalars: ["as_of"], in: prefix.bytes)
                ?? YAMLParser.scanHeader(of: "region", scalars: ["as_of"], in: prefix)
        }
        // Only what the prefix is sure of: a value it cuts off (`as_of: 2024-0`) is read from
        // the whole file, so the survey keys a filing as the check pass does.
        if let scan = YAMLParser.prefixHeader(of: "region", scalars: ["as_of"], in: prefix),
            scan.scalars["as_of"] != nil
        {
            return scan
        }
        guard let source = try? checker.load(path: path) else { return nil }
        return YAMLParser.scanHeader(of: "region", scalars: ["as_of"], in: source)
    }
}

/// Reports filings that share a region and a date (`as_of`): the first met names how many there
/// are, each later one names the first. The region is compared by its canonical key, so `500112`
/// and `500112000000` are one region. Filings of one region for different dates are its history,
/// not duplicates.
struct DuplicateRegions {
    let counts: [UInt64: UInt32]
    private var firstFile: [UInt64: String] = [:]

    init(counts: [UInt64: UInt32]) {
        self.counts = counts
    }

    /// Bits of a key below the region: the date's day number (0 when there is no date).
    static let dateBits = 22

    /// A region and a date as one integer, without loss: the region's 12-digit code (under 2⁴⁰,
    /// and the region's own: its level is that of its last non-zero group) above the date's day
    /// number (`(year × 12 + month − 1) × 31 + day`, under 2²²; 0 for none).
    static func key(_ region: RegionCode, date: CivilDate?) -> UInt64 {
        let day = date.map { UInt64(($0.year * 12 + $0.month - 1) * 31 + $0.day) } ?? 0
        return region.twelveDigits << dateBits | day
    }

    /// The keys that occur more than once, with their counts (sorts `keys`).
    static func repeated(in keys: inout [UInt64]) -> [UInt64: UInt32] {
        keys.sort()
        var repeated: [UInt64: UInt32] = [:]
        var start = 0
        while start < keys.count {
            var end = start + 1
            while end < keys.count && keys[end] == keys[start] { end += 1 }
            if end - start > 1 { repeated[keys[start]] = UInt32(end - start) }
            start = end
        }
        return repeated
    }

    mutating func findings(for report: FileReport) -> [Finding] {
        guard let header = report.header, let region = header.agreedRegion, let written = header.regionCode else {
            return []
        }
        let key = Self.key(region, date: header.asOf)
        guard let count = counts[key], count > 1 else { return [] }
        // A full-width parenthesis needs no space after it.
        let code = written == region.key ? "\(written) " : "\(written)（即 \(region.key)）"
        let date = header.asOf?.description ?? "—"
        let message: String
        if let first = firstFile[key] {
            message = "区划代码 \(code)和基准日期 \(date) 与 \(first) 相同：同一地区同一日期只应有一份申报"
        } else {
            firstFile[key] = report.file
            message = "区划代码 \(code)在本次检查中有 \(count) 份基准日期为 \(date) 的申报：同一地区同一日期只应有一份申报"
        }
        var hint = "核对区划代码是否写错；同一地区的新旧申报只保留一份"
        if written != region.key { hint += "（\(written) 与 \(region.key) 是同一地区）" }
        return [
            Finding(
                ruleID: .duplicateRegion, topic: .duplicateRegion, severity: .error, file: report.file,
                location: report.regionCodeLocation ?? .start, path: ["region", "code"], message: message,
                hint: hint, identity: region.key)
        ]
    }
}
