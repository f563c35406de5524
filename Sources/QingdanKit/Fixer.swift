import QingdanCore
import QingdanYAML

/// Applies the certain fixes that findings carry (`Finding.fix`) to a file, round after round
/// until none is left: a fix can uncover another (a date that did not parse hid the rule that
/// reads it), and two fixes of one place are applied one round apart. Only the bytes of each
/// edit change; comments, key order, indentation and line ends stay as they were.
///
/// A file is left alone when it is not UTF-8 as read (a fix would have to write it in another
/// encoding), when the fixed text would not parse, or when it changed while being fixed.
public struct Fixer: Sendable {
    public let checker: Checker
    /// Enough for every fix of any filing: each round applies all fixes that do not overlap
    /// (a file reports at most a hundred typing slips at a time, so a file of thousands takes
    /// tens of rounds); a round that fixes nothing ends the work.
    public static let maximumRounds = 200

    public init(checker: Checker) {
        self.checker = checker
    }

    /// One fix applied, where it was in the file as it then read.
    public struct Applied: Sendable, Equatable {
        public let ruleID: FindingCode
        public let location: SourceLocation
        public let title: String
    }

    public enum Outcome: Sendable, Equatable {
        /// No finding of the file has a fix; `inputError` when it is not a readable filing
        /// (`check` says why).
        case unchanged(inputError: Bool)
        case fixed(original: [UInt8], fixed: [UInt8], applied: [Applied])
        /// Fixes were found but not applied, and why (Chinese).
        case refused(String)
    }

    /// The fixes for the file at `path`, not written.
    public func plan(path: String) -> Outcome {
        // A workbook is checked at its cells and never rewritten: its findings carry no fix.
        if checker.reader(of: path) != nil {
            return .unchanged(inputError: checker.check(path: path).hasInputError)
        }
        guard let raw = try? SourceFile.load(path: path, maxBytes: checker.settings.limits.maxFileBytes),
            let decoded = try? checker.load(path: path)
        else { return .unchanged(inputError: true) }
        if decoded.bytes != raw.bytes {
            let report = checker.check(decoded)
            return report.findings.contains { $0.fix != nil }
                ? .refused("文件不是 UTF-8 编码，没有修正：先把它另存为 UTF-8 编码再运行 qingdan fix")
                : .unchanged(inputError: report.hasInputError)
        }
        // Each text is parsed once: the check of a round reads the tree the last round's
        // fixes were judged by.
        var current = raw.bytes
        var parsed = checker.parse(SourceFile(path: raw.path, bytes: current))
        var applied: [Applied] = []
        var inputError = false
        for _ in 0..<Self.maximumRounds {
            let report = checker.check(parsed: parsed)
            inputError = report.hasInputError
            let fixable = report.findings.filter { $0.fix != nil }
            if fixable.isEmpty { break }
            let (next, used) = Self.apply(fixable.map { $0.fix! }, to: current)
            if used.isEmpty { break }
            let nextParsed = checker.parse(SourceFile(path: raw.path, bytes: next))
            if parsed.parses && !nextParsed.parses { break }
            applied += used.map { index in
                Applied(
                    ruleID: fixable[index].ruleID, location: fixable[index].location, title: fixable[index].fix!.title)
            }
            current = next
            parsed = nextParsed
        }
        if applied.isEmpty { return .unchanged(inputError: inputError) }
        if case .failure(let problem) = parsed.tree {
            return .refused("修正后文件仍无法读取（\(problem.message)），没有改动文件：先按 qingdan check 的提示改正")
        }
        return .fixed(original: raw.bytes, fixed: current, applied: applied)
    }

    /// `bytes` with every fix applied whose edits overlap no edit of a fix before it (in order
    /// of their first edit), and the indexes of the fixes applied.
    public static func apply(_ fixes: [SourceFix], to bytes: [UInt8]) -> (bytes: [UInt8], applied: [Int]) {
        let order = fixes.indices.filter { !fixes[$0].edits.isEmpty }.sorted {
            (fixes[$0].edits.map(\.range.lowerBound).min()!, $0) < (fixes[$1].edits.map(\.range.lowerBound).min()!, $1)
        }
        var chosen: [SourceEdit] = []
        var applied: [Int] = []
        for index in order {
            let edits = fixes[index].edits
            let fits = edits.allSatisfy { edit in
                edit.range.upperBound <= bytes.count
                    && !chosen.contains { Self.overlap($0.range, edit.range) }
                    && !edits.contains { $0 != edit && Self.overlap($0.range, edit.range) }
            }
            guard fits else { continue }
            chosen += edits
            applied.append(index)
        }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + chosen.reduce(0) { $0 + $1.replacement.utf8.count })
        var position = 0
        for edit in chosen.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            result += bytes[position..<edit.range.lowerBound]
            result += edit.replacement.utf8
            position = edit.range.upperBound
        }
        result += bytes[position...]
        return (result, applied.sorted())
    }

    /// Whether two edits touch the same bytes, or insert at the same place.
    private static func overlap(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        a.overlaps(b) || a.lowerBound == b.lowerBound || (a.isEmpty && b.contains(a.lowerBound))
            || (b.isEmpty && a.contains(b.lowerBound))
    }

    public struct WriteProblem: Error, Sendable {
        public let message: String
    }

    /// Writes `fixed` over the file at `path` atomically (a temporary file beside it, fsync,
    /// rename; a link is followed and its file replaced, keeping its permissions), unless the
    /// file no longer holds `original`.
    public static func write(_ fixed: [UInt8], over original: [UInt8], at path: String, maxBytes: Int)
        throws(WriteProblem)
    {
        guard let now = try? SourceFile.load(path: path, maxBytes: maxBytes), now.bytes == original else {
            throw WriteProblem(message: "\(FileName.readable(path)) 在修正过程中被改动，没有写入；请重新运行")
        }
        // Replacing the file would part it from its other names, and write a file its owner
        // made read-only.
        if let info = FileSystem.information(path) {
            if info.st_nlink > 1 {
                throw WriteProblem(
                    message:
                        "\(FileName.readable(path)) 有 \(info.st_nlink) 个硬链接，替换它会使其他链接仍是原来的内容，没有写入；用 --diff 查看修改后手工改正")
            }
            if info.st_mode & 0o222 == 0 {
                throw WriteProblem(message: "\(FileName.readable(path)) 是只读文件，没有写入；确需修正时先取消只读")
            }
        }
        do {
            let target = try OutputTarget.file(path, role: "申报文件")
            target.write(fixed)
            try target.finish()
        } catch {
            throw WriteProblem(message: error.message)
        }
    }
}

extension Checker.Parsed {
    fileprivate var parses: Bool { if case .success = tree { true } else { false } }
}
