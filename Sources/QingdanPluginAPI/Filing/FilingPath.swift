/// A dotted path into a filing (`lists.assistance`). Check options that name one are checked
/// against the filing format when the pack loads, so a typo in a pack is a load error rather
/// than a rule that never fires; the path then carries the format's title for its key.
public struct FilingPath: Sendable, Hashable, CustomStringConvertible {
    public let keys: [String]
    /// The format's Chinese title for the key, such as 依法协助政府工作事项清单; the dotted path
    /// when the path was not looked up in a format.
    public let title: String

    public init(_ keys: [String], title: String? = nil) {
        self.keys = keys
        self.title = title ?? keys.joined(separator: ".")
    }

    public init(_ dotted: String) {
        self.init(dotted.split(separator: ".").map(String.init))
    }

    public var description: String { keys.joined(separator: ".") }
    public var documentPath: DocumentPath { DocumentPath(keys: keys) }

    public static func == (lhs: FilingPath, rhs: FilingPath) -> Bool { lhs.keys == rhs.keys }
    public func hash(into hasher: inout Hasher) { hasher.combine(keys) }
}
