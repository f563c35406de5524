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
    /// The file this target replaces or writes into, when it already exists: no input of the
    /// run may be this file.
    public let existing: FileIdentity?
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
    }

    public struct Problem: Error, Sendable {
        public let message: String
    }

    public static func standardOutput() -> OutputTarget {
        let target = OutputTarget(
            path: nil, role: "标准输出", descriptor: 1, existing: StandardStreams.outputIdentity, replacement: nil)
        if StandardStreams.outputWasClosed { target.failure = EBADF }
        return target
    }

    /// Opens `path` for a report; refuses a directory, a missing folder, and a pipe nobody reads.
    public static func file(_ path: String, role: String = "报告文件") throws(Problem) -> OutputTarget {
        if let info = FileSystem.information(path) {
            let type = info.st_mode & S_IFMT
            if type == S_IFDIR { throw Problem(message: "\(role) \(path) 是一个目录：请写一个文件名") }
            if type != S_IFREG { return try special(path, role: role, identity: FileIdentity(info)) }
            // A link to a report is followed, so the link stays and the file it names is replaced.
            guard let resolved = FileName.withSystemName(path, { realpath($0, nil) }) else {
                throw failed(path, role: role, errno)
            }
            defer { free(resolved) }
            let target = try replacing(
                FileName.decode(cString: resolved), shownAs: path, role: role, mode: info.st_mode & 0o7777)
            return OutputTarget(
                path: path, role: role, descriptor: target.descriptor, existing: FileIdentity(info),
                replacement: target.replacement)
        }
        let (folder, name) = split(path)
        guard let resolvedFolder = FileName.withSystemName(folder, { realpath($0, nil) }) else {
            throw Problem(message: "无法写入\(role) \(path)：所在目录 \(folder) 不存在或无法访问")
        }
        defer { free(resolvedFolder) }
        let destination = FileName.decode(cString: resolvedFolder) + "/" + name
        let target = try replacing(destination, shownAs: path, role: role, mode: nil)
        return OutputTarget(
            path: path, role: role, descriptor: target.descriptor, existing: nil, replacement: target.replacement)
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

    private init(path: String?, role: String, descriptor: Int32, existing: FileIdentity?, replacement: Replacement?) {
        self.path = path
        self.role = role
        self.descriptor = descriptor
        self.existing = existing
        self.replacement = replacement
    }

    private static func special(_ path: String, role: String, identity: FileIdentity) throws(Problem) -> OutputTarget {
        // Non-blocking, so a named pipe nobody reads is refused instead of waited on.
        let descriptor = FileName.withSystemName(path) { open($0, O_WRONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY) }
        guard descriptor >= 0 else { throw failed(path, role: role, errno) }
        let flags = fcntl(descriptor, F_GETFL)
        if flags >= 0 { _ = fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK) }
        return OutputTarget(path: path, role: role, descriptor: descriptor, existing: identity, replacement: nil)
    }

    private static func replacing(_ destination: String, shownAs path: String, role: String, mode: mode_t?)
        throws(Problem) -> (
            descriptor: Int32, replacement: Replacement
        )
    {
        let (folder, name) = split(destination)
        for _ in 0..<16 {
            let temporary = "\(folder)/.\(name).qingdan-\(String(UInt64.random(in: 0...UInt64.max), radix: 36)).tmp"
            let descriptor = FileName.withSystemName(temporary) {
                open($0, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
            }
            if descriptor < 0 {
                if errno == EEXIST { continue }
                throw failed(path, role: role, errno)
            }
            // A replaced report keeps its permissions.
            if let mode { _ = fchmod(descriptor, mode) }
            let slot = InterruptCleanup.register(temporary)
            return (descriptor, Replacement(temporary: temporary, destination: destination, cleanupSlot: slot))
        }
        throw Problem(message: "无法写入\(role) \(path)：无法在 \(folder) 中创建临时文件")
    }

    private static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let folder = path[..<slash]
        return (folder.isEmpty ? "/" : String(folder), String(path[path.index(after: slash)...]))
    }

    private static func failed(_ path: String, role: String, _ code: Int32) -> Problem {
        Problem(message: "无法写入\(role) \(path)：\(SystemErrorText.describe(code))")
    }

    public func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
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
        if failure == nil, Self.rename(replacement.temporary, to: replacement.destination) != 0 { failure = errno }
        if let failure {
            Self.remove(replacement.temporary)
            throw writeFailed(failure, removed: true)
        }
        Self.syncFolder(of: replacement.destination)
    }

    /// Removes a report that will not be finished (the run stopped before it was written).
    public func discard() {
        guard !finished else { return }
        finished = true
        guard let replacement else { return }
        close(descriptor)
        Self.remove(replacement.temporary)
        InterruptCleanup.unregister(replacement.cleanupSlot)
    }

    private func writeFailed(_ code: Int32, removed: Bool) -> Problem {
        let what = path.map { "\(role) \($0)" } ?? "标准输出"
        return Problem(
            message: "无法写入\(what)：\(SystemErrorText.describe(code))；\(removed ? "不完整的文件已删除" : "报告不完整")")
    }

    static let closedOutput = Problem(message: "标准输出已关闭，报告无法输出；用 --report 写到文件，或不要关闭标准输出")

    private static func rename(_ from: String, to: String) -> Int32 {
        FileName.withSystemName(from) { from in FileName.withSystemName(to) { systemRename(from, $0) } }
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
