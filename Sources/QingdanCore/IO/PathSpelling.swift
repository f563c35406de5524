import QingdanYAML

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One spelling for each path, so that what is keyed on a file's path (a baseline fingerprint,
/// a waiver file's `files:` pattern) does not depend on how the user happened to name it:
/// `./a/b.yaml`, `a//b.yaml`, `a/./b.yaml` and `/cwd/a/b.yaml` (run from `/cwd`) are all
/// `a/b.yaml`. Only the spelling changes: `..` is resolved where it follows a plain name, and
/// symbolic links are not followed. Reports still print the path as given.
public enum PathSpelling {
    /// The working directory with a trailing `/`, read once: as the system resolves it, and as
    /// `$PWD` spells it when that names the same directory (a path through a symbolic link).
    static let workingDirectories: [String] = {
        var found: [String] = []
        if let path = getcwd(nil, 0) {
            found.append(FileName.decode(cString: path))
            free(path)
        }
        if let pwd = getenv("PWD"), pwd.pointee == 0x2F,
            let here = FileSystem.identity("."), FileSystem.identity(FileName.decode(cString: pwd)) == here
        {
            found.append(FileName.decode(cString: pwd))
        }
        return found.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
    }()

    public static func canonical(_ path: String) -> String {
        guard needsWork(path) else { return path }
        let spelled = lexical(path)
        for base in workingDirectories {
            if spelled.hasPrefix(base) { return String(spelled.dropFirst(base.count)) }
            if spelled + "/" == base { return "." }
        }
        return spelled
    }

    /// `path` without empty and `.` parts, and `..` after a plain name resolved.
    private static func lexical(_ text: String) -> String {
        let absolute = text.hasPrefix("/")
        var parts: [Substring] = []
        for part in text.split(separator: "/", omittingEmptySubsequences: true) where part != "." {
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else if part == "..", absolute, parts.isEmpty {
                continue  // `/..` is `/`
            } else {
                parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        if absolute { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }

    /// Whether `path` is not already in its one spelling: cheap, as it runs for every finding.
    private static func needsWork(_ path: String) -> Bool {
        let bytes = path.utf8
        guard let first = bytes.first else { return false }
        if first == UInt8(ascii: "/") || first == UInt8(ascii: ".") { return true }
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in bytes {
            // `//`, `/./` and `/../` (and `/.` or `/..` at the end, seen below).
            if byte == UInt8(ascii: "/"),
                previous == UInt8(ascii: "/")
                    || previous == UInt8(ascii: ".")
                        && (beforePrevious == UInt8(ascii: "/") || beforePrevious == UInt8(ascii: "."))
            {
                return true
            }
            beforePrevious = previous
            previous = byte
        }
        return previous == UInt8(ascii: "/") || previous == UInt8(ascii: ".") && beforePrevious == UInt8(ascii: "/")
            || path.hasSuffix("/..")
    }
}
