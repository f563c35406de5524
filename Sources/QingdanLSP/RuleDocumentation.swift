import QingdanCore
import QingdanYAML

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a finding's code is explained, for a diagnostic's `codeDescription.href`: the rule's
/// heading in the generated catalogue (`Docs/rules.md#…`, the anchor GitHub and most Markdown
/// viewers give it), the waiver guide for `waiver.*`, the format reference for the format codes.
/// Without a known Docs folder, `qingdan:explain/ID` stands for `qingdan explain ID`.
public struct RuleDocumentation: Sendable {
    /// The Docs folder as a URI (`file:///…/Docs`, `https://…/blob/main/Docs`); nil when unknown.
    public let base: String?

    public init(base: String?) {
        var base = base
        while base?.hasSuffix("/") == true { base?.removeLast() }
        self.base = base.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The Docs folder of a build run from its repository (`.build/debug/qingdan` →
    /// `Docs/`), when it has the rule catalogue.
    public static func besideExecutable() -> RuleDocumentation {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { return RuleDocumentation(base: nil) }
        var folder = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        for _ in 0..<4 {
            guard let slash = folder.lastIndex(of: "/") else { break }
            folder = String(folder[..<slash])
            if FileSystem.exists(folder + "/Docs/rules.md") {
                return RuleDocumentation(base: FileURI.from(path: folder + "/Docs"))
            }
        }
        return RuleDocumentation(base: nil)
    }

    /// The address of the explanation of `code`; `title` is the rule's title, for its anchor.
    public func href(code: String, ruleTitle title: String?) -> String {
        guard let base else { return "qingdan:explain/" + FileURI.percentEncoded(code) }
        if let title { return base + "/rules.md#" + FileURI.percentEncoded(Self.anchor(heading: "\(code): \(title)")) }
        if code.hasPrefix("waiver.") { return base + "/waivers.md" }
        return base + "/filing-format.md"
    }

    /// The anchor a Markdown heading gets (GitHub's rule): lower case, punctuation other than `-`
    /// and `_` dropped, spaces as `-`.
    public static func anchor(heading: String) -> String {
        var anchor = ""
        for character in heading.lowercased() {
            if character == " " {
                anchor.append("-")
            } else if character == "-" || character == "_" || character.isLetter || character.isNumber
                || character.unicodeScalars.contains(where: { $0.properties.generalCategory == .nonspacingMark })
            {
                anchor.append(character)
            }
        }
        return anchor
    }
}

/// `file://` URIs and local paths.
public enum FileURI {
    /// The path of a `file:` URI (percent escapes decoded); nil for other schemes.
    public static func path(of uri: String) -> String? {
        guard uri.hasPrefix("file://") else { return nil }
        var rest = Substring(uri.dropFirst("file://".count))
        // `file://host/path`: only the local host is ours.
        if !rest.hasPrefix("/") {
            guard let slash = rest.firstIndex(of: "/") else { return nil }
            rest = rest[slash...]
        }
        var bytes: [UInt8] = []
        var utf8 = Array(rest.utf8)[...]
        while let byte = utf8.first {
            utf8 = utf8.dropFirst()
            if byte == UInt8(ascii: "%"), utf8.count >= 2,
                let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        var path = String(decoding: bytes, as: UTF8.self)
        // `file:///c%3A/…` on Windows clients.
        if path.count > 2, path.dropFirst().first?.isLetter == true, Array(path)[2] == ":" { path.removeFirst() }
        return path
    }

    public static func from(path: String) -> String { "file://" + percentEncoded(path, keepingSlashes: true) }

    /// `text` with every byte outside URI's unreserved set percent-encoded.
    public static func percentEncoded(_ text: String, keepingSlashes: Bool = false) -> String {
        var encoded = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            case UInt8(ascii: "/") where keepingSlashes:
                encoded.append("/")
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                encoded += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return encoded
    }
}
