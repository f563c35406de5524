import QingdanYAML

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The little file-system access the core needs, on POSIX calls (no Foundation on the hot path).
public enum FileSystem {
    public static func isDirectory(_ path: String) -> Bool {
        guard let info = information(path) else { return false }
        return (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// The device and inode of what `path` names (after symbolic links), to visit a directory
    /// once however many links lead to it.
    public static func identity(_ path: String) -> FileIdentity? {
        information(path).map(FileIdentity.init)
    }

    /// Writes all of `bytes` to `descriptor`, retrying short writes and interruptions; the error
    /// number of a write that failed, or nil.
    public static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32? {
        guard var next = bytes.baseAddress else { return nil }
        var remaining = bytes.count
        while remaining > 0 {
            let written = write(descriptor, next, remaining)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            next += written
            remaining -= written
        }
        return nil
    }

    public static func exists(_ path: String) -> Bool { information(path) != nil }

    /// `stat` of what `path` names (after symbolic links), under the name the system stores
    /// (see `FileName`); nil when it cannot be had.
    public static func information(_ path: String) -> stat? {
        var info = stat()
        return FileName.withSystemName(path) { stat($0, &info) } == 0 ? info : nil
    }

    /// What `path` names after symbolic links, or why that cannot be told.
    public static func status(_ path: String) -> Result<FileStatus, SystemFailure> {
        var info = stat()
        guard FileName.withSystemName(path, { stat($0, &info) }) == 0 else {
            return .failure(SystemFailure(number: errno))
        }
        return .success(
            FileStatus(
                identity: FileIdentity(info),
                isDirectory: (info.st_mode & S_IFMT) == S_IFDIR))
    }

    /// Calls `body` with the name (its bytes, without the terminating zero) and type (`DT_*`)
    /// of every entry of `directory` but `.` and `..`; the failure when the directory cannot be
    /// opened or read to its end (then `body` has seen only some of the entries, or none).
    public static func forEachEntry(in directory: String, _ body: (UnsafeRawBufferPointer, UInt8) -> Void)
        -> SystemFailure?
    {
        guard let handle = FileName.withSystemName(directory, { opendir($0) }) else {
            return SystemFailure(number: errno)
        }
        defer { closedir(handle) }
        while true {
            // readdir returns nil both at the end and on an error; only errno tells them apart.
            errno = 0
            guard let entry = readdir(handle) else {
                return errno == 0 ? nil : SystemFailure(number: errno)
            }
            let type = entry.pointee.d_type
            withUnsafeBytes(of: entry.pointee.d_name) { raw in
                let count = raw.firstIndex(of: 0) ?? raw.count
                let name = UnsafeRawBufferPointer(rebasing: raw[..<count])
                if name.elementsEqual(".".utf8) || name.elementsEqual("..".utf8) { return }
                body(name, type)
            }
        }
    }

    /// What a walk below a directory found: the files, and the places it could not read.
    public struct Listing: Sendable {
        /// Paths of regular files (and of what else is not a directory), relative to the root.
        public var files: [String] = []
        /// Directories that could not be opened or read, and entries whose kind cannot be told
        /// (a looping or broken symbolic link that does not merely point at nothing): full paths.
        public var unreadable: [(path: String, failure: SystemFailure)] = []
    }

    /// Paths of regular files below `root` (relative to it, `/`-separated, sorted), skipping
    /// hidden entries and the directories named in `skipping`; and what could not be read, so
    /// that no directory is skipped without a word.
    public static func files(under root: String, skipping: Set<String> = []) -> Listing {
        var listing = Listing()
        var pending = [""]
        // A link back up the tree (`self -> .`) would be walked for ever: each directory once.
        var visited: Set<FileIdentity> = []
        while let relative = pending.popLast() {
            let directory = relative.isEmpty ? root : root + "/" + relative
            switch status(directory) {
            case .failure(let failure):
                // It was a directory when its parent was listed: it has gone, or cannot be reached.
                listing.unreadable.append((directory, failure))
                continue
            case .success(let status):
                guard visited.insert(status.identity).inserted else { continue }
            }
            var names: [String] = []
            if let failure = forEachEntry(
                in: directory, { name, _ in names.append(FileName.decode(name)) })
            {
                listing.unreadable.append((directory, failure))
            }
            for name in names {
                if name.hasPrefix(".") || skipping.contains(name) { continue }
                let child = relative.isEmpty ? name : relative + "/" + name
                switch status(root + "/" + child) {
                case .success(let status) where status.isDirectory: pending.append(child)
                case .failure(let failure) where failure.number != ENOENT:
                    listing.unreadable.append((root + "/" + child, failure))
                default: listing.files.append(child)
                }
            }
        }
        listing.files.sort()
        listing.unreadable.sort { $0.path < $1.path }
        return listing
    }
}

/// A failed system call's error number.
public struct SystemFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public let number: Int32

    public init(number: Int32) {
        self.number = number
    }

    /// In Chinese: 权限不足, 不存在…
    public var description: String { SystemErrorText.describe(number) }
}

/// What `FileSystem.status` tells of a path.
public struct FileStatus: Sendable {
    public let identity: FileIdentity
    public let isDirectory: Bool
}

/// A file's device and inode: the same file whatever path leads to it.
public struct FileIdentity: Hashable, Sendable {
    public let device: UInt64
    public let inode: UInt64

    public init(device: UInt64, inode: UInt64) {
        self.device = device
        self.inode = inode
    }

    /// The identity in a `stat` result.
    public init(_ info: stat) {
        self.init(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }
}
