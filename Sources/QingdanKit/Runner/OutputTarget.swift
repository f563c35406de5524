import QingdanCore
import QingdanPluginAPI

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a report goes: standard output, or a file written atomically (to a temporary file
/// beside it, renamed into place when the run completes), so a reader never sees half a report.
public final class OutputTarget {
    public let path: String?
    private let descriptor: Int32
    private let temporaryPath: String?
    private var buffer: [UInt8] = []

    public struct Problem: Error {
        public let message: String
    }

    public static func standardOutput() -> OutputTarget { OutputTarget(path: nil, descriptor: 1, temporaryPath: nil) }

    public static func file(_ path: String) throws(Problem) -> OutputTarget {
        let temporary = path + ".qingdan-\(getpid()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw Problem(message: "无法写入报告文件 \(path)：\(String(cString: strerror(errno)))")
        }
        return OutputTarget(path: path, descriptor: descriptor, temporaryPath: temporary)
    }

    private init(path: String?, descriptor: Int32, temporaryPath: String?) {
        self.path = path
        self.descriptor = descriptor
        self.temporaryPath = temporaryPath
    }

    public func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    public func write(_ text: TextBuffer) {
        buffer.append(contentsOf: text.bytes)
        if buffer.count >= 1 << 16 { flush() }
    }

    public func flush() {
        buffer.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += written
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes, and for a file, moves it into place.
    public func finish() throws(Problem) {
        flush()
        guard let temporaryPath, let path else { return }
        fsync(descriptor)
        close(descriptor)
        guard rename(temporaryPath, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw Problem(message: "无法写入报告文件 \(path)：\(reason)")
        }
    }
}
