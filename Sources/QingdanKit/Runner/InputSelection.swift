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
    public static let defaultIncludes = ["*.yaml", "*.yml", "*.json"]

    public let paths: [String]
    public let include: [Glob]
    public let exclude: [Glob]

    public struct Problem: Error, Sendable {
        public let message: String
    }

    public init(paths: [String], include: [String] = [], exclude: [String] = []) {
        self.paths = paths
        // `./x/*.yaml` is `x/*.yaml`: paths are matched in their one spelling (`PathSpelling`).
        func pattern(_ text: String) -> Glob {
            var text = Substring(text)
            while text.hasPrefix("./") { text = text.dropFirst(2) }
            return Glob(String(text))
        }
        self.include = (include.isEmpty ? Self.defaultIncludes : include).map(pattern)
        self.exclude = exclude.map(pattern)
    }

    /// Checks that every path exists.
    public func validate() throws(Problem) {
        for path in paths where !FileSystem.exists(path) {
            throw Problem(message: "文件不存在：\(FileName.readable(path))")
        }
    }

    /// Calls `body` with each selected file in order; returns how many each path contributed.
    @discardableResult
    public func forEachFile(_ body: (String) -> Void) -> [Int] {
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
                body(path)
            }
            return count
        }
    }

    private func selected(_ relative: String, full: String) -> Bool {
        include.contains { $0.matches(relative) || $0.matches(full) }
            && !exclude.contains { $0.matches(relative) || $0.matches(full) }
    }

    private func excludedDirectory(_ relative: String, full: String) -> Bool {
        exclude.contains { $0.matches(relative) || $0.matches(full) || $0.matches(relative + "/") }
    }

    /// Walks `directory`, each directory once (`visited` holds their device and inode): a link
    /// back up the tree (`self -> .`) is not followed again.
    /// Patterns are matched against the path below `directory` and against the whole path in
    /// its one spelling (`spelled`, the named directory's `PathSpelling` with a slash, + relative).
    private func walk(
        _ directory: String, spelled: String, relative: String, visited: inout Set<FileIdentity>,
        _ body: (String) -> Void
    ) {
        guard let identity = FileSystem.identity(directory), visited.insert(identity).inserted else { return }
        guard let handle = FileSystem.openDirectory(directory) else { return }
        // Names go into one byte buffer and are sorted by their bytes (Unicode scalar order):
        // a folder of 20,000 filings then costs about 30 bytes a name, not a String each.
        var names: [UInt8] = []
        var entries: [DirectoryEntry] = []
        while let entry = readdir(handle) {
            let type = entry.pointee.d_type
            withUnsafeBytes(of: entry.pointee.d_name) { raw in
                let count = raw.firstIndex(of: 0) ?? raw.count
                guard count > 0, raw[0] != UInt8(ascii: ".") else { return }
                entries.append(DirectoryEntry(start: Int32(names.count), count: Int32(count), type: type))
                names.append(contentsOf: raw[..<count])
            }
        }
        closedir(handle)
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
            let isDirectory =
                type == UInt8(DT_DIR)
                || ((type == UInt8(DT_UNKNOWN) || type == UInt8(DT_LNK)) && FileSystem.isDirectory(full))
            if isDirectory {
                if !excludedDirectory(child, full: spelled + child) {
                    walk(full, spelled: spelled, relative: child, visited: &visited, body)
                }
            } else if selected(child, full: spelled + child) {
                body(full)
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
