import ArgumentParser
import QingdanCore
import QingdanKit
import QingdanPluginAPI
import QingdanYAML

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `check` and `baseline` share: the files, the packs, waivers and how to run.
struct RunOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("申报文件，或含有申报文件的目录（.yaml、.yml、.json）。", valueName: "path"))
    var paths: [String]

    @Option(help: ArgumentHelp("文件没有写 pack:、区划代码也没有对应的本地规则包时，使用这个规则包（不指定时按全国规则包检查）。", valueName: "id"))
    var pack: String?

    @Option(
        help: ArgumentHelp("在目录中只检查匹配的文件（可重复；默认 *.yaml、*.yml、*.json、*.xlsx；*.csv 要另外加上；** 匹配多级目录）。", valueName: "glob"))
    var include: [String] = []

    @Option(help: ArgumentHelp("在目录中跳过匹配的文件或目录（可重复）。", valueName: "glob"))
    var exclude: [String] = []

    // `.unconditional`: `--jobs -1` is a value to refuse, not an unknown option.
    @Option(
        name: .customLong("jobs"), parsing: .unconditional,
        help: ArgumentHelp("同时检查的文件数，1 到 \(RunOptions.maximumJobs)（默认：全部 CPU 核）。", valueName: "n"))
    var jobs: Int?

    /// More threads than this only cost memory (a chunk of 64 files each).
    static let maximumJobs = 256

    @Option(help: ArgumentHelp("豁免文件：经批准对整份申报豁免某些规则（写法见 `qingdan explain waiver.schema`）。", valueName: "file"))
    var waivers: String?

    @Option(help: ArgumentHelp("把这一天当作今天（YYYY-MM-DD）：判断豁免是否到期、缺少 as_of 的申报按哪天的规则检查。", valueName: "date"))
    var today: String?

    @Option(help: ArgumentHelp("文件的编码：gb18030 含 GBK，本来就是 UTF-8 的文件照常读取；utf-16 按字节顺序标记读取。", valueName: "name"))
    var encoding: SourceEncoding = .utf8

    @Option(
        name: .customLong("max-file-size"),
        help: ArgumentHelp("单个文件的大小上限，可带单位 K、M、G。", valueName: "size"))
    var maxFileSize: ByteSize = ByteSize(bytes: ParseLimits.default.maxFileBytes)

    @Option(name: .customLong("max-depth"), help: ArgumentHelp("映射和列表的嵌套层数上限。", valueName: "n"))
    var maxDepth = ParseLimits.default.maxDepth

    @Option(
        name: .customLong("max-nodes"),
        help: ArgumentHelp("一个文件中的值、映射和列表的总数上限。", valueName: "n"))
    var maxNodes = ParseLimits.default.maxNodes

    @OptionGroup var packOptions: PackOptions

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs 至少为 1（写了 \(jobs)）") }
        if let jobs, jobs > Self.maximumJobs {
            throw ValidationError("--jobs 最多为 \(Self.maximumJobs)（写了 \(jobs)）；这台机器有 \(Self.processorCount) 个 CPU 核")
        }
        if maxDepth < 1 { throw ValidationError("--max-depth 至少为 1") }
        if maxNodes < 1 { throw ValidationError("--max-nodes 至少为 1") }
        if maxFileSize.bytes > ParseLimits.largestFile {
            throw ValidationError("--max-file-size 最大为 \(ParseLimits.largestFile) 字节（2G 减 1 字节）")
        }
        if let today, CivilDate(today) == nil { throw ValidationError("--today「\(today)」不是 YYYY-MM-DD 格式的日期") }
    }

    var selection: InputSelection { InputSelection(paths: paths, include: include, exclude: exclude) }

    var date: CivilDate { today.flatMap { CivilDate($0) } ?? .today }

    var limits: ParseLimits {
        ParseLimits(maxFileBytes: maxFileSize.bytes, maxDepth: maxDepth, maxNodes: maxNodes)
    }

    static var processorCount: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

    var jobCount: Int { jobs ?? min(Self.processorCount, Self.maximumJobs) }

    /// The checker for this run, with waivers and (for `check`) the baseline.
    func makeChecker(library: PackLibrary, baseline: String? = nil) throws -> Checker {
        if let pack, library.pack(id: pack) == nil {
            throw ValidationError(
                "没有名为「\(pack)」的规则包；\(Suggestions.hint(for: pack, among: library.ids, listing: "规则包"))")
        }
        do {
            try selection.validate()
        } catch {
            throw ValidationError(error.message)
        }
        let plain = Checker(
            library: library,
            settings: Checker.Settings(
                fallbackPack: pack, limits: limits, encoding: encoding, today: date,
                readers: WorkbookReader.all(format: library.format)))
        let known = plain.knownRuleIDs
        var waiverFile: WaiverFile?
        if let waivers {
            waiverFile = try report(WaiverFile.load(path: waivers, knownRules: known), what: "豁免文件")
        }
        let baselineFile = try baseline.map { try report(Baseline.load(path: $0), what: "基线文件") }
        let suppressor = Suppressor(waiverFile: waiverFile, baseline: baselineFile, today: date, knownRules: known)
        return Checker(
            library: library,
            settings: Checker.Settings(
                fallbackPack: pack, limits: limits, encoding: encoding, today: date,
                suppressor: suppressor, readers: plain.settings.readers))
    }

    private func report<T>(_ result: Result<T, PackLoadFailure>, what: String) throws -> T {
        switch result {
        case .success(let value):
            return value
        case .failure(let failure):
            throw PackProblemText.stop(failure, in: what, consequence: "未做检查")
        }
    }

    /// The report files of this run, refusing one that would overwrite a file the run reads.
    func openReports(_ paths: [String], role: String = "报告文件", baseline: String? = nil) throws -> [OutputTarget] {
        var reading: [ReportTargets.ReadFile] = []
        if let baseline { reading.append((baseline, "基线文件")) }
        if let waivers { reading.append((waivers, "豁免文件")) }
        reading += packOptions.packFilePaths.map { ($0, "规则包文件") }
        do {
            return try ReportTargets.open(paths, role: role, reading: reading)
        } catch {
            Terminal.standardError.write("qingdan: \(VisibleText.escaped(error.message))\n")
            throw ExitCode(2)
        }
    }

    /// Runs the check; a selection that includes a report's own file stops it (exit 2), and
    /// nothing is written.
    func run(_ runner: BatchRunner, outputs: inout [BatchRunner.Output]) throws -> (
        summary: RunSummary, filesPerPath: [Int]
    ) {
        do {
            return try runner.run(selection, outputs: &outputs)
        } catch {
            for output in outputs { output.target.discard() }
            Terminal.standardError.write("qingdan: \(VisibleText.escaped(error.message))\n")
            throw ExitCode(2)
        }
    }

    /// Completes every report; one that could not be written completely is removed, and the run
    /// exits 2 whatever it found.
    static func finish(_ targets: [OutputTarget]) throws {
        let problems = ReportTargets.finish(targets)
        for problem in problems { Terminal.standardError.write("qingdan: \(VisibleText.escaped(problem.message))\n") }
        if !problems.isEmpty { throw ExitCode(2) }
    }

    /// Fails when a named directory held no file to check.
    func requireFiles(_ counts: [Int]) throws {
        for (path, count) in zip(paths, counts) where count == 0 {
            Terminal.standardError.write(
                "qingdan: 目录「\(VisibleText.escaped(path))」中没有要检查的文件（\(include.isEmpty ? InputSelection.defaultIncludes.joined(separator: "、") : include.joined(separator: "、"))）\n"
            )
            throw ExitCode(2)
        }
    }
}

extension SourceEncoding: ExpressibleByArgument {}

/// A size in bytes, written as a number with an optional binary unit: `512K`, `8M`, `1G`.
struct ByteSize: ExpressibleByArgument {
    let bytes: Int

    init(bytes: Int) {
        self.bytes = bytes
    }

    init?(argument: String) {
        var digits = argument.uppercased()
        if digits.hasSuffix("B") { digits.removeLast() }
        let units: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30]
        var unit = 1
        if let last = digits.last, let scale = units[last] {
            unit = scale
            digits.removeLast()
        }
        guard let number = Int(digits), number > 0, number <= Int.max / unit else { return nil }
        bytes = number * unit
    }

    var defaultValueDescription: String {
        for (unit, scale) in [("G", 1 << 30), ("M", 1 << 20), ("K", 1 << 10)] where bytes % scale == 0 {
            return "\(bytes / scale)\(unit)"
        }
        return "\(bytes)"
    }
}
