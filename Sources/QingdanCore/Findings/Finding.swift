import QingdanPluginAPI
import QingdanYAML

/// One problem found in one file.
public struct Finding: Sendable, Equatable {
    /// The rule's id, or the stable code of a format problem (`yaml.syntax`, `schema.unknown-key`).
    public var ruleID: FindingCode
    public var topic: Topic
    public var severity: Severity
    public var file: String
    public var location: SourceLocation
    public var path: DocumentPath
    public var message: String
    public var hint: String?
    /// The policy the rule rests on; nil for format problems.
    public var basis: LegalBasis?
    /// The pack the rule comes from (`cn/chongqing/yubei`); nil for format problems.
    public var packID: String?
    /// The path with list positions replaced by item names where items have one
    /// (`lists.assistance[协助开展社会救助]`), so it survives items inserted above.
    public var anchor: String
    /// Tells apart findings of one rule at one place (the missing entry, the early date).
    public var identity: String
    /// The change that certainly resolves the finding, when there is one (`qingdan fix`).
    public var fix: SourceFix?
    /// The workbook cell the finding is at, for a filing read from a spreadsheet: reports show
    /// it instead of the line and column.
    public var cell: SheetCell?
    /// The key the finding says is missing from the item at `path`, when the check says which.
    public var missingKey: String?

    public init(
        ruleID: FindingCode, topic: Topic, severity: Severity, file: String, location: SourceLocation,
        path: DocumentPath, message: String, hint: String? = nil, basis: LegalBasis? = nil,
        packID: String? = nil, anchor: String? = nil, identity: String = "", fix: SourceFix? = nil,
        missingKey: String? = nil
    ) {
        self.missingKey = missingKey
        self.ruleID = ruleID
        self.topic = topic
        self.severity = severity
        self.file = file
        self.location = location
        self.path = path
        self.message = message
        self.hint = hint
        self.basis = basis
        self.packID = packID
        self.anchor = anchor ?? path.description
        self.identity = identity
        self.fix = fix
    }

    /// Identifies the finding across edits that move lines or insert items elsewhere: rule, file,
    /// anchor and identity. Baselines match findings by it. The file is taken in its one spelling,
    /// so `./a.yaml`, `a.yaml` and its absolute path (from the same folder) give one fingerprint.
    public var fingerprint: String { fingerprint(canonicalFile: PathSpelling.canonical(file)) }

    /// The fingerprint, given the file's one spelling (`PathSpelling.canonical(file)`): reporters
    /// work that out once for all the findings of a file.
    public func fingerprint(canonicalFile: String) -> String {
        Fingerprint.of([ruleID.rawValue, canonicalFile, anchor, identity])
    }

    /// Report order: by file, position, then rule id.
    public static func reportOrder(_ a: Finding, _ b: Finding) -> Bool {
        (a.file, a.location.line, a.location.column, a.ruleID, a.message)
            < (b.file, b.location.line, b.location.column, b.ruleID, b.message)
    }
}

public enum Fingerprint {
    /// 64-bit FNV-1a of `parts` joined by `|`, as 16 hex digits: stable across runs and platforms,
    /// unlike `hashValue`. Hashed part by part, without joining them.
    static func of(_ parts: [String]) -> String { hex(hash(parts)) }

    /// The 64-bit FNV-1a of `parts` joined by `|`.
    public static func hash(_ parts: [String]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for (index, part) in parts.enumerated() {
            if index > 0 { hash = (hash ^ 0x7C) &* 0x0000_0100_0000_01B3 }
            var part = part
            part.withUTF8 { bytes in
                for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            }
        }
        return hash
    }

    static func of(_ text: String) -> String { of([text]) }

    private static let digits = Array("0123456789abcdef".utf8)

    static func hex(_ hash: UInt64) -> String {
        String(unsafeUninitializedCapacity: 16) { buffer in
            for index in 0..<16 { buffer[index] = digits[Int(hash >> (60 - 4 * UInt64(index)) & 0xF)] }
            return 16
        }
    }
}

extension DocumentPath {
    /// This path with each list position replaced by the item's `name` where it has one.
    public func anchor(in root: YAMLNode) -> String {
        var node: YAMLNode? = root
        var text = ""
        // Nodes are looked up only as far as the last list position: a key lookup scans its
        // mapping, and 100,000 unknown keys would otherwise cost 100,000 scans of 100,000 keys.
        let lastIndex = components.lastIndex { if case .index = $0 { true } else { false } } ?? -1
        for (position, component) in components.enumerated() {
            switch component {
            case .key(let key):
                if !text.isEmpty { text += "." }
                text += key
                if position < lastIndex { node = node?[key] }
            case .index(let index):
                let item = node.flatMap { $0.isSequence && index < $0.count ? $0.items[index] : nil }
                if let name = item?["name"]?.text { text += "[\(name)]" } else { text += "[\(index)]" }
                node = item
            }
        }
        return text
    }
}

extension Finding {
    /// Where the finding is, as reports print it: `12:3`, or `协助事项!B12` for a filing read
    /// from a workbook.
    public var place: String { cell?.description ?? "\(location.line):\(location.column)" }

    /// The line and column reports give: for a workbook, the cell's row and column.
    public var shownLine: Int { cell?.row ?? location.line }
    public var shownColumn: Int { cell?.column ?? location.column }
}
