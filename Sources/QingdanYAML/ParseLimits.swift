/// Bounds that keep hostile or accidental input from exhausting time or memory.
/// The defaults are far above any real filing (a few KB, depth under 10, a few hundred nodes).
public struct ParseLimits: Sendable, Equatable {
    /// Largest file read, in bytes.
    public var maxFileBytes: Int
    /// Deepest nesting of mappings and sequences.
    public var maxDepth: Int
    /// Most nodes (scalars, mappings, sequences) in one document.
    public var maxNodes: Int
    /// Longest single scalar, in bytes.
    public var maxScalarBytes: Int

    /// The largest file any limit allows: the tree keeps offsets and counts in 32 bits.
    public static let largestFile = Int(Int32.max)

    /// `maxFileBytes` above `largestFile` is lowered to it.
    public init(
        maxFileBytes: Int = 8 << 20, maxDepth: Int = 64,
        maxNodes: Int = 250_000, maxScalarBytes: Int = 1 << 20
    ) {
        self.maxFileBytes = min(maxFileBytes, Self.largestFile)
        self.maxDepth = maxDepth
        self.maxNodes = maxNodes
        self.maxScalarBytes = maxScalarBytes
    }

    public static let `default` = ParseLimits()

    /// A baseline file (`qingdan baseline`): about 300 bytes and 11 nodes a finding, so these
    /// allow some 200 000 findings while keeping a hostile file to a few hundred MB of memory.
    public static let baseline = ParseLimits(maxFileBytes: 64 << 20, maxDepth: 8, maxNodes: 4_000_000)

    /// A waiver file (`--waivers`): a few dozen entries; bounded like a filing.
    public static let waiverFile = ParseLimits()
}
