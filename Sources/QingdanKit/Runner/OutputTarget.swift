import QingdanCore
import QingdanPluginAPI
import QingdanYAML

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a report goes, written so that a reader never sees half a report and no other file is
/// touched:
/// - standard output;
/// - a regular file (new, or replaced): written to a new temporary file beside it (created with
///   `O_EXCL | O_NOFOLLOW`, under an unpredictable name, removed if the run is interrupted) and
///   renamed into place only when every byte, the `fsync` and the `close` succeeded;
/// - a pipe, terminal or other special file (`/dev/stdout`, `/dev/fd/3`): written in place,
///   never replaced by a regular file.
///
/// Every write is checked: a report that could not be written completely is removed and
/// `finish()` throws.
public final class OutputTarget {
    /// The path as given; nil for standard output.
    public let path: String?
    /// What the file is to the user, in messages: 「报告文件」, 「基线文件」.
    public let role: String
    /// The file this target replaces or writes into, when it already exists: no other report
    /// may go to it.
    public let existing: FileIdentity?
    /// Whether `existing` is a regular file, which no input of the run may then be.
    private let existingIsRegular: Bool
    /// The regular file this target writes over, if any: the run must not read it.
    public var overwrites: FileIdentity? { existingIsRegular ? existing : nil }
    private let descriptor: Int32
    private let replacement: Replacement?
    private var buffer: [UInt8] = []
    private var failure: Int32?
    private var finished = false

    /// A temporary file and the path it is renamed to.
    private struct Replacement {
        let temporary: String
        let destination: String
        let cleanupSlot: Int?
        /// Put in place only if nothing is at `destination` (`link(2)`, which never replaces).
        var exclusive = false
    }

    public struct Problem: Error, Sendable {
        public let message: String
        /// The file `newFile` was to create is there already (or appeared while it was written).
        public var alreadyExists = false
    }

    public static func standardOutput() -> OutputTarget {
        let target = OutputTarget(
            path: nil, role: "标准输出", descriptor: 1, existing: StandardStreams.outputIdentity,
            existingIsRegular: StandardStreams.outputIsRegularFile, replacement: nil)
        if StandardStreams.outputWasClosed { target.failure = EBADF }
        return target
    }

    /// Opens `path` for a report; refuses a directory, a block device, a missing folder, a link
    /// to nothing and a pipe nobody reads.
    public static func file(_ path: String, role: String = "报告文件") throws(Problem) -> OutputTarget {
        let shown = FileName.readable(path)
        if let number = descriptorNumber(path) { return try inherited(number, path: path, role: role) }
        guard let info = FileSystem.information(path) else {
            var link = stat()
            if FileName.withSystemName(path, { lstat($0, &link) }) == 0, (link.st_mode & S_IFMT) == S_IFLNK {
                throw Problem(message: "\(role) \(shown) 是指向不存在位置的符号链接：请写实际的文件名，或先修正这个链接")
            }
            return try new(path, role: role)
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: throw Problem(message: "\(role) \(shown) 是一个目录：请写一个文件名")
        case S_IFBLK: throw Problem(message: "\(role) \(shown) 是磁盘设备：请写一个普通文件名")
        case S_IFREG: break
        default: return try special(path, role: role, identity: FileIdentity(info))
        }
        // A link to a report is followed, so the link stays and the file it names is replaced.
        guard let resolved = FileName.withSystemName(path, { realpath($0, nil) }) else {
            throw failed(path, role: role, errno)
        }
        defer { free(resolved) }
        let target = try replacing(
            FileName.decode(cString: resolved), shownAs: path, role: role, mode: info.st_mode & 0o7777,
            owner: (info.st_uid, info.st_gid))
        return OutputTarget(
            path: path, role: role, descriptor: target.descriptor, existing: FileIdentity(info),
            existingIsRegular: true,
            replacement: target.replacement)
    }

    /// Opens `path` for a file that must not exist yet (`qingdan init`): refused when anything is
    /// there, even a link to nothing; written to a temporary beside it like a report, and put in
    /// place with `link(2)`, so that a file that appears meanwhile is not replaced either.
    public static func newFile(_ path: String, role: String) throws(Problem) -> OutputTarget {
        var link = stat()
        if FileName.withSystemName(path, { lstat($0, &link) }) == 0 {
            throw exists(path, role: role)
        }
        return try new(path, role: role, exclusive: true)
    }

    private static func exists(_ path: String, role: String) -> Problem {
        Problem(message: "\(role) \(FileName.readable(path)) 已经存在，没有改动它", alreadyExists: true)
    }

    private static func new(_ path: String, role: String, exclusive: Bool = false) throws(Problem) -> OutputTarget {
        let (folder, name) = split(path)
        guard let resolvedFolder = FileName.withSystemName(folder, { realpath($0, nil) }) else {
            throw Problem(
                message: "无法写入\(role) \(FileName.readable(path))：所在目录 \(FileName.readable(folder)) 不存在或无法访问")
        }
        defer { free(resolvedFolder) }
        let destination = FileName.decode(cString: resolvedFolder) + "/" + name
        let target = try replacing(destination, shownAs: path, role: role, mode: nil)
        var replacement = target.replacement
        replacement.exclusive = exclusive
        return OutputTarget(
            path: path, role: role, descriptor: target.descriptor, existing: nil, existingIsRegular: false,
            replacement: replacement)
    }

    /// The descriptor a path names by its spelling (`/dev/stdout`, `/dev/fd/3`,
    /// `/proc/self/fd/3`): written through a copy of the descriptor, in place, at its offset
    /// and with its flags (`3>>log` appends), whatever it is open on.
    private static func descriptorNumber(_ path: String) -> Int32? {
        switch path {
        case "/dev/stdout": return 1
        case "/dev/stderr": return 2
        default:
            for prefix in ["/dev/fd/", "/proc/self/fd/"] where path.hasPrefix(prefix) {
                return Int32(path.dropFirst(prefix.count)).flatMap { $0 >= 0 ? $0 : nil }
            }
            return nil
        }
    }

    private static func inherited(_ number: Int32, path: String, role: String) throws(Problem) -> OutputTarget {
        var info = stat()
        guard fstat(number, &info) == 0 else {
            throw Problem(message: "\(role) \(path)：文件描述符 \(number) 没有打开")
        }
        let descriptor = fcntl(number, F_DUPFD_CLOEXEC, 3)
        guard descriptor >= 0 else { throw failed(path, role: role, errno) }
        return OutputTarget(
            path: path, role: role, descriptor: descriptor, existing: FileIdentity(info),
            existingIsRegular: (info.st_mode & S_IFMT) == S_IFREG, replacement: nil)
    }

    /// What makes two targets one file: the file's identity, or for a file yet to be written its
    /// resolved path.
    public var key: Key {
        if let existing { return .file(existing) }
        return .newFile(replacement?.destination ?? "")
    }

    public enum Key: Hashable, Sendable {
        case file(FileIdentity)
        case newFile(String)
    }

    private init(
        path: String?, role: String, descriptor: Int32, existing: FileIdentity?, existingIsRegular: Bool,
        replacement: Replacement?
    ) {
        self.path = path
        self.role = role
        self.descriptor = descriptor
        self.existing = existing
        self.existingIsRegular = existingIsRegular
        self.replacement = replacement
    }

    private static func special(_ path: String, role: String, identity: FileIdentity) throws(Problem) -> OutputTarget {
        // Non-blocking, so a named pipe nobody reads is refused instead of waited on.
        let descriptor = FileName.withSystemName(path) { open($0, O_WRONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY) }
        guard descriptor >= 0 else { throw failed(path, role: role, errno) }
        let flags = fcntl(descriptor, F_GETFL)
        if flags >= 0 { _ = fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK) }
        return OutputTarget(
            path: path, role: role, descriptor: descriptor, existing: identity, existingIsRegular: false,
            replacement: nil)
    }

    private static func replacing(
        _ destination: String, shownAs path: String, role: String, mode: mode_t?, owner: (uid_t, gid_t)? = nil
    )
        throws(Problem) -> (
            descriptor: Int32, replacement: Replacement
        )
    {
        let (folder, name) = split(destination)
        // A signal between creating the temporary and remembering it would leave it behind.
        InterruptCleanup.installHandlers()
        for _ in 0..<16 {
            let temporary = "\(folder)/.\(name).qingdan-\(String(UInt64.random(in: 0...UInt64.max), radix: 36)).tmp"
            let created = InterruptCleanup.withSignalsBlocked { () -> (Int32, Int32, Int?) in
                let descriptor = FileName.withSystemName(temporary) {
                    open($0, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
                }
                let failure = errno
                return (descriptor, failure, descriptor >= 0 ? InterruptCleanup.register(temporary) : nil)
            }
            let (descriptor, failure, slot) = created
            if descriptor < 0 {
                if failure == EEXIST { continue }
                throw Problem(
                    message:
                        "无法写入\(role) \(FileName.readable(path))：不能在目录 \(FileName.readable(folder)) 中新建文件（\(SystemErrorText.describe(failure))）；\(role)先写到同一目录的临时文件再替换，这个目录要可写"
                )
            }
            // A replaced file keeps its owner where the system lets it (as root, or the owner's
            // own group) and its permissions; a new one gets what the umask allows.
            if let owner { _ = fchown(descriptor, owner.0, owner.1) }
            _ = fchmod(descriptor, mode ?? (0o666 & ~InterruptCleanup.creationMask))
            return (descriptor, Replacement(temporary: temporary, destination: destination, cleanupSlot: slot))
        }
        throw Problem(message: "无法写入\(role) \(FileName.readable(path))：无法在 \(FileName.readable(folder)) 中创建临时文件")
    }

    private static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let folder = path[..<slash]
        return (folder.isEmpty ? "/" : String(folder), String(path[path.index(after: slash)...]))
    }

    private static func failed(_ path: String, role: String, _ code: Int32) -> Problem {
        Problem(message: "无法写入\(role) \(FileName.readable(path))：\(SystemErrorText.describe(code))")
    }

    public func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    public func write(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { flush() }
    }

    public func write(_ text: TextBuffer) {
        buffer.append(contentsOf: text.bytes)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Writes what is buffered. After a failed write nothing more is written: the report is
    /// incomplete and `finish()` says so.
    public func flush() {
        defer { buffer.removeAll(keepingCapacity: true) }
        guard failure == nil else { return }
        failure = buffer.withUnsafeBytes { FileSystem.writeAll(descriptor, $0) }
    }

    /// Flushes, and for a file, moves it into place; throws when any byte of the report was
    /// not written (the incomplete file is removed).
    public func finish() throws(Problem) {
        guard !finished else { return }
        finished = true
        flush()
        guard let replacement else {
            if descriptor != 1 { close(descriptor) }
            if let failure {
                throw failure == EBADF && descriptor == 1 ? Self.closedOutput : writeFailed(failure, removed: false)
            }
            return
        }
        defer { InterruptCleanup.unregister(replacement.cleanupSlot) }
        if failure == nil, fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0, failure == nil { failure = errno }
        if failure == nil {
            let placed =
                replacement.exclusive
                ? Self.place(replacement.temporary, at: replacement.destination)
                : Self.rename(replacement.temporary, to: replacement.destination) == 0 ? nil : errno
            failure = placed
        }
        if let failure {
            Self.remove(replacement.temporary)
            if failure == EEXIST, replacement.exclusive, let path { throw Self.exists(path, role: role) }
            throw writeFailed(failure, removed: true)
        }
        Self.syncFolder(of: replacement.destination)
    }

    /// Removes a report that will not be finished (the run stopped before it was written).
    public func discard() {
        guard !finished else { return }
        finished = true
        guard let replacement else {
            if descriptor != 1 { close(descriptor) }
            return
        }
        close(descriptor)
        Self.remove(replacement.temporary)
        InterruptCleanup.unregister(replacement.cleanupSlot)
    }

    private func writeFailed(_ code: Int32, removed: Bool) -> Problem {
        let what = path.map { "\(role) \(FileName.readable($0))" } ?? "标准输出"
        return Problem(
            message: "无法写入\(what)：\(SystemErrorText.describe(code))；\(removed ? "不完整的临时文件已删除" : "报告不完整")")
    }

    static let closedOutput = Problem(message: "标准输出已关闭，报告无法输出；用 --report 写到文件，或不要关闭标准输出")

    private static func rename(_ from: String, to: String) -> Int32 {
        FileName.withSystemName(from) { from in FileName.withSystemName(to) { systemRename(from, $0) } }
    }

    /// Links `temporary` at `destination` and removes the temporary: the error, EEXIST when
    /// something is at `destination`. Where links are not supported (some network and FAT file
    /// systems), renames it after checking that nothing is there.
    private static func place(_ temporary: String, at destination: String) -> Int32? {
        let linked = FileName.withSystemName(temporary) { from in
            FileName.withSystemName(destination) { link(from, $0) }
        }
        if linked == 0 {
            remove(temporary)
            return nil
        }
        let failure = errno
        guard failure == EPERM || failure == ENOTSUP || failure == EOPNOTSUPP || failure == EMLINK || failure == ENOSYS
        else { return failure }
        var info = stat()
        if FileName.withSystemName(destination, { lstat($0, &info) }) == 0 { return EEXIST }
        return rename(temporary, to: destination) == 0 ? nil : errno
    }

    private static func remove(_ path: String) {
        _ = FileName.withSystemName(path) { unlink($0) }
    }

    /// Makes the rename durable: the folder's entry is written too.
    private static func syncFolder(of path: String) {
        let folder = split(path).folder
        let descriptor = FileName.withSystemName(folder) { open($0, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        close(descriptor)
    }
}

/// `rename(2)`, under a name that the method `OutputTarget.rename` does not hide.
private func systemRename(_ from: UnsafePointer<CChar>, _ to: UnsafePointer<CChar>) -> Int32 { rename(from, to) }
