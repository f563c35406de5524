import QingdanYAML

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The little file-system access the core needs, on POSIX calls (no Foundation on the hot path).
public enum FileSystem {
    public static func isDirectory(_ path: String) -> Bool {
        guard let info = status(path) else { return false }
        return (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// The device and inode of what `path` names (after symbolic links), to visit a directory
    /// once however many links lead to it.
    public static func identity(_ path: String) -> FileIdentity? {
        status(path).map(FileIdentity.init)
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

    public static func exists(_ path: String) -> Bool { status(path) != nil }

    /// `stat` of what `path` names (after symbolic links); nil when it cannot be had.
    public static func status(_ path: String) -> stat? {
        var info = stat()
        return FileName.withSystemName(path) { stat($0, &info) } == 0 ? info : nil
    }

    /// `opendir` under the name the system stores (see `FileName`).
    public static func openDirectory(_ path: String) -> OpaquePointer? {
        FileName.withSystemName(path) { opendir($0) }
    }

    /// Paths of regular files below `root` (relative to it, `/`-separated, sorted), skipping
    /// hidden entries and the directories named in `skipping`.
    public static func files(under root: String, skipping: Set<String> = []) -> [String] {
        var found: [String] = []
        var pending = [""]
        // A link back up the tree (`self -> .`) would be walked for ever: each directory once.
        var visited: Set<FileIdentity> = []
        while let relative = pending.popLast() {
            let directory = relative.isEmpty ? root : root + "/" + relative
            guard let identity = identity(directory), visited.insert(identity).inserted else { continue }
            guard let handle = openDirectory(directory) else { continue }
            defer { closedir(handle) }
            while let entry = readdir(handle) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in FileName.decode(raw.prefix { $0 != 0 }) }
                if name.hasPrefix(".") || skipping.contains(name) { continue }
                let child = relative.isEmpty ? name : relative + "/" + name
                if isDirectory(root + "/" + child) {
                    pending.append(child)
                } else {
                    found.append(child)
                }
            }
        }
        return found.sorted()
    }
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
