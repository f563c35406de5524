import QingdanCore
import QingdanYAML

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's standard streams as it found them.
public enum StandardStreams {
    /// Whether standard output was closed when the process started (`qingdan check … >&-`):
    /// a report to it cannot be written, and the run must not exit as if it had been.
    public nonisolated(unsafe) private(set) static var outputWasClosed = false
    /// What standard output is (a file, a pipe, a terminal), to refuse a `--report` to the same.
    public nonisolated(unsafe) private(set) static var outputIdentity: FileIdentity?
    /// Whether standard output goes to a regular file (`> out.txt`), which no input may then be.
    public nonisolated(unsafe) private(set) static var outputIsRegularFile = false

    /// Call first thing: a closed standard stream is reopened on `/dev/null`, so that no file
    /// the run opens later takes its number and receives text meant for the stream.
    public static func secure() {
        for descriptor: Int32 in 0...2 where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            let opened = open("/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY)
            if opened >= 0, opened != descriptor {
                dup2(opened, descriptor)
                close(opened)
            }
            if descriptor == 1 { outputWasClosed = true }
        }
        var info = stat()
        if !outputWasClosed, fstat(1, &info) == 0 {
            outputIdentity = FileIdentity(info)
            outputIsRegularFile = (info.st_mode & S_IFMT) == S_IFREG
        }
    }
}

/// Temporary report files to remove when the run is interrupted (SIGINT, SIGTERM, SIGHUP, or
/// SIGPIPE when standard output's reader goes away): the handler removes them, then lets the
/// signal end the process as it would have.
enum InterruptCleanup {
    static let capacity = 64
    /// Paths as C strings, written before a handler can need them and never freed (a handler
    /// may be reading one): a few bytes for each report of the run.
    fileprivate nonisolated(unsafe) static let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let slots = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        slots.initialize(repeating: nil, count: capacity)
        return slots
    }()
    private nonisolated(unsafe) static var installed = false
    static let signals = [SIGINT, SIGTERM, SIGHUP, SIGPIPE]

    /// The process's file-creation mask, read once (reading it means setting it).
    static let creationMask: mode_t = {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }()

    /// Installs the handlers, once, before the first temporary file exists.
    static func installHandlers() {
        guard !installed else { return }
        installed = true
        for signal in signals { installHandler(signal) }
    }

    /// Runs `body` with the cleanup signals held back, so that a file it creates is registered
    /// before a handler can run.
    static func withSignalsBlocked<Result>(_ body: () -> Result) -> Result {
        var blocked = sigset_t()
        var previous = sigset_t()
        sigemptyset(&blocked)
        for signal in signals { sigaddset(&blocked, signal) }
        pthread_sigmask(SIG_BLOCK, &blocked, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        return body()
    }

    /// Remembers `path`; its slot, or nil when all slots are taken (the file is then only
    /// removed by a normal end of the run). Each slot is one pointer-sized store, which a
    /// handler reads whole.
    static func register(_ path: String) -> Int? {
        for slot in 0..<capacity where slots[slot] == nil {
            slots[slot] = FileName.withSystemName(path) { strdup($0) }
            return slot
        }
        return nil
    }

    static func unregister(_ slot: Int?) {
        guard let slot else { return }
        slots[slot] = nil
    }

    private static func installHandler(_ number: Int32) {
        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = removeTemporaries
        #else
        action.__sigaction_u.__sa_handler = removeTemporaries
        #endif
        action.sa_flags = Int32(bitPattern: UInt32(truncatingIfNeeded: SA_RESETHAND))
        sigemptyset(&action.sa_mask)
        var previous = sigaction()
        sigaction(number, nil, &previous)
        // A signal the caller ignores (nohup, a shell's background job) stays ignored.
        if isIgnored(previous) { return }
        sigaction(number, &action, nil)
    }

    private static func isIgnored(_ action: sigaction) -> Bool {
        #if canImport(Glibc)
        let handler = action.__sigaction_handler.sa_handler
        #else
        let handler = action.__sigaction_u.__sa_handler
        #endif
        return handler.map { unsafeBitCast($0, to: Int.self) == 1 } ?? false
    }
}

/// Only async-signal-safe calls: `unlink` and `raise` (the handler was reset to the default by
/// `SA_RESETHAND`, so raising ends the process with the signal's usual status).
private func removeTemporaries(_ number: Int32) {
    for slot in 0..<InterruptCleanup.capacity {
        if let path = InterruptCleanup.slots[slot] { unlink(path) }
    }
    raise(number)
}
