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

    func write(_ text: String) {
        var text = text
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += written
            }
        }
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
