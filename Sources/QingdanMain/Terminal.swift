import QingdanCore
import QingdanKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output and error, written as UTF-8 bytes.
struct Terminal {
    let descriptor: Int32

    static let standardOutput = Terminal(descriptor: 1)
    static let standardError = Terminal(descriptor: 2)

    /// The error of the first write to standard output that failed (a full disk, a closed
    /// stream): the command then exits 2 instead of claiming it printed its result.
    nonisolated(unsafe) static var outputFailure: Int32?

    func write(_ text: String) {
        if descriptor == 1, StandardStreams.outputWasClosed { Self.outputFailure = Self.outputFailure ?? EBADF }
        if descriptor == 1, Self.outputFailure != nil { return }
        var text = text
        let failure = text.withUTF8 { FileSystem.writeAll(descriptor, UnsafeRawBufferPointer($0)) }
        if descriptor == 1, let failure { Self.outputFailure = failure }
    }

    var isInteractive: Bool { isatty(descriptor) == 1 }

    /// Colour when asked, or when writing to a terminal that has not opted out (NO_COLOR, TERM=dumb).
    func wantsColour(_ choice: ColourChoice) -> Bool {
        switch choice {
        case .always: return true
        case .never: return false
        case .auto:
            if getenv("NO_COLOR") != nil { return false }
            if let term = getenv("TERM"), String(cString: term) == "dumb" { return false }
            return isInteractive
        }
    }
}

enum ColourChoice: String, CaseIterable {
    case auto, always, never
}
