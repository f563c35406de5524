import QingdanCore
import QingdanPluginAPI
import QingdanYAML

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The files a run checks: files named on the command line, and the files below named
/// directories that match the include patterns and none of the exclude patterns. Directories are
/// walked in sorted order, one directory at a time, so the order is deterministic and memory does
/// not grow with the number of files.
public struct InputSelection: Sendable {
    public static let defaultIncludes = ["*.yaml", "*.yml", "*.json", "*.xlsx"]
    /// Left out of every walk: the lock files Excel and WPS keep beside an open workbook.
    public static let alwaysExcluded = ["~$*"]

    public let paths: [String]
    public let include: [Glob]
    public let exclude: [Glob]

    public struct Problem: Error, Sendable {
        public let message: String
    }

    public init(paths: [String], include: [String] = [], exclude: [String] = []) {
        self.paths = paths
        // `./x/*.yaml` is `x/*.yaml`, `$PWD/x/**` is `x/**`: paths are matched in their one
        // spelling (`PathSpelling`), and as given. A trailing `/` (directories only) is kept.
        func pattern(_ text: String) -> Glob {
            guard text.contains("/") else { return Glob(text) }
            let spelled = PathSpelling.canonical(text)
            return Glob(text.hasSuffix("/") && spelled != "/" ? spelled + "/" : spelled)
        }
        self.include = (include.isEmpty ? Self.defaultIncludes : include).map(pattern)
        self.exclude = (exclude + Self.alwaysExcluded).map(pattern)
    }

    /// Checks that every path exists.
    public func validate() throws(Problem) {
        for path in paths where !FileSystem.exists(path) {
            throw Problem(message: "文件不存在：\(FileName.readable(path))")
        }
    }

    /// One thing a walk yields: a file to check, or a place below a named directory that could
    /// not be read, reported where its files would have been (never skipped without a word).
    public struct Selected: Sendable, Equatable {
        public let path: String
        /// Why `path` could not be walked (`input.unreadable`); nil for a file to check.
        public let problem: YAMLProblem?

        public init(path: String, problem: YAMLProblem? = nil) {
            self.path = path
            self.problem = problem
        }

        /// 「无法读取目录：权限不足」 and the like.
        static func unreadable(_ path: String, _ what: Unreadable, _ failure: SystemFailure) -> Selected {
            let message: String
            let hint: String
            switch what {
            case .directory:
                message = "无法读取目录：\(failure)，其中的申报文件没有检查"
                hint = "检查目录的权限（需要可读、可进入）；不该检查的目录用 --exclude 排除"
            case .vanished:
                message = "目录在检查过程中无法访问（\(failure)），其中的申报文件没有检查"
                hint = "检查时不要移动或删除申报目录；目录稳定后重新检查"
            case .entry:
                message = "无法判断这是文件还是目录（\(failure)），没有检查"
                hint = "修正或删除这个符号链接；不该检查的路径用 --exclude 排除"
            }
            return Selected(
                path: path, problem: YAMLProblem(code: .unreadable, location: .start, message: message, hint: hint))
        }

        enum Unreadable { case directory, vanished, entry }
    }

    /// For tests: an error number to fail `FileSystem.status` or the listing of a directory with,
    /// as if the system had returned it (a directory that vanishes mid-walk, or one that is
    /// unreadable even to root).
    var injectedFailure: @Sendable (_ directory: String, _ listing: Bool) -> Int32? = { _, _ in nil }

    /// Calls `body` with each selected file in order; returns how many each path contributed.
    @discardableResult
    public func forEachFile(_ body: (Selected) -> Void) -> [Int] {
        paths.map { path in
            var count = 0
            if FileSystem.isDirectory(path) {
                let base = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
                var visited: Set<FileIdentity> = []
                let spelled = PathSpelling.canonical(base)
                walk(base, spelled: spelled == "." ? "" : spelled + "/", relative: "", visited: &visited) { file in
                    count += 1
                    body(file)
                }
            } else {
                count = 1
                body(Selected(path: path))
            }
            return count
        }
    }

    /// `relative` is the path below the named directory, `spelled` the whole path in its one
    /// spelling, `full` the whole path as the walk wrote it.
    private func selected(_ relative: String, spelled: String, full: String) -> Bool {
        include.contains { $0.matches(relative) || $0.matches(spelled) || $0.matches(full) }
            && !exclude.contains { $0.matches(relative) || $0.matches(spelled) || $0.matches(full) }
    }

    private func excludedDirectory(_ relative: String, spelled: String, full: String) -> Bool {
        exclude.contains {
            $0.matches(relative) || $0.matches(spelled) || $0.matches(full) || $0.matches(relative + "/")
                || $0.matches(spelled + "/")
        }
    }

    /// Walks `directory`, each directory once (`visited` holds their device and inode): a link
    /// back up the tree (`self -> .`) is not followed again. A directory that cannot be read,
    /// or is gone by the time it is walked, is yielded with its problem. Patterns are matched
    /// against the path below `directory` and against the whole path in its one spelling
    /// (`spelled`, the named directory's `PathSpelling` with a slash, + relative).
    private func walk(
        _ directory: String, spelled: String, relative: String, visited: inout Set<FileIdentity>,
        _ body: (Selected) -> Void
    ) {
        let status =
            injectedFailure(directory, false).map { .failure(SystemFailure(number: $0)) }
            ?? FileSystem.status(directory)
        switch status {
        case .failure(let failure):
            // A directory when its parent was listed (or named on the command line): gone now,
            // or out of reach.
            return body(.unreadable(directory, .vanished, failure))
        case .success(let status):
            guard visited.insert(status.identity).inserted else { return }
        }
        // Names go into one byte buffer and are sorted by their bytes (Unicode scalar order):
        // a folder of 20,000 filings then costs about 30 bytes a name, not a String each.
        var names: [UInt8] = []
        var entries: [DirectoryEntry] = []
        let failure =
            injectedFailure(directory, true).map { SystemFailure(number: $0) }
            ?? FileSystem.forEachEntry(in: directory) { name, type in
                guard name.first != UInt8(ascii: ".") else { return }
                entries.append(DirectoryEntry(start: Int32(names.count), count: Int32(name.count), type: type))
                names.append(contentsOf: name)
            }
        if let failure {
            // Reported once, before whatever part of the listing was read.
            body(.unreadable(directory, .directory, failure))
        }
        names.withUnsafeBufferPointer { bytes in
            entries.sort { a, b in
                let common = Int(min(a.count, b.count))
                let order = memcmp(bytes.baseAddress! + Int(a.start), bytes.baseAddress! + Int(b.start), common)
                return order != 0 ? order < 0 : a.count < b.count
            }
        }
        for entry in entries {
            let name = FileName.decode(names[Int(entry.start)..<Int(entry.start + entry.count)])
            let full = directory + "/" + name
            let child = relative.isEmpty ? name : relative + "/" + name
            // The entry's type from the directory itself; a stat only where the file system
            // does not give it (or for a symbolic link, which may point to a directory).
            let type = entry.type
            var isDirectory = type == UInt8(DT_DIR)
            if type == UInt8(DT_UNKNOWN) || type == UInt8(DT_LNK) {
                switch FileSystem.status(full) {
                case .success(let status):
                    isDirectory = status.isDirectory
                case .failure(let failure) where failure.number != ENOENT:
                    // A looping link, or one through something that is not a directory or may
                    // not be searched: it could hide a directory of filings. (A link to nothing
                    // hides nothing; when its name is selected, reading it reports it.)
                    if !selected(child, spelled: spelled + child, full: full)
                        && !excludedDirectory(child, spelled: spelled + child, full: full)
                    {
                        body(.unreadable(full, .entry, failure))
                        continue
                    }
                case .failure:
                    break
                }
            }
            if isDirectory {
                if !excludedDirectory(child, spelled: spelled + child, full: full) {
                    walk(full, spelled: spelled, relative: child, visited: &visited, body)
                }
            } else if selected(child, spelled: spelled + child, full: full) {
                body(Selected(path: full))
            }
        }
    }
}

/// A name in a directory listing: a range of the listing's name bytes, and the entry's type.
private struct DirectoryEntry {
    var start: Int32
    var count: Int32
    var type: UInt8
}
