import QingdanCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A progress line on standard error for long runs on a terminal: files done, a bar, the rate.
/// Redrawn at most ten times a second; erased when the run ends.
public struct ProgressBar {
    let total: Int
    private var done = 0
    private var lastDraw: Double = 0
    private let start: Double

    public init(total: Int) {
        self.total = total
        self.start = ProgressBar.now()
    }

    public mutating func advance(by count: Int) {
        done += count
        let now = ProgressBar.now()
        guard now - lastDraw >= 0.1 || done == total else { return }
        lastDraw = now
        let width = 30
        let filled = total == 0 ? width : done * width / total
        let rate = Double(done) / max(now - start, 0.001)
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let line = "\r检查中 \(done)/\(total) ▕\(bar)▏ \(done * 100 / max(total, 1))%  \(Int(rate)) 个/秒 "
        var text = line
        text.withUTF8 { buffer in _ = FileSystem.writeAll(2, UnsafeRawBufferPointer(buffer)) }
    }

    public func finish() {
        var text = "\r\u{1B}[K"
        text.withUTF8 { buffer in _ = FileSystem.writeAll(2, UnsafeRawBufferPointer(buffer)) }
    }

    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
