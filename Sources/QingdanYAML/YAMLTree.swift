#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A parsed YAML document: every node in one flat buffer, scalar text in one byte buffer and
/// collection members in one index buffer, so building a tree costs a handful of allocations
/// however large the document is. Immutable once built; the buffers are owned by the tree and
/// read without reference counting, since every read of a filing goes here. Node ids come only
/// from the parser, so they are always in bounds; positions that callers pass (`Items`, `Pairs`)
/// are checked in every build.
public final class YAMLTree: @unchecked Sendable {
    public let source: SourceFile
    @usableFromInline let records: UnsafeBufferPointer<NodeRecord>
    @usableFromInline let scalarBytes: UnsafeBufferPointer<UInt8>
    /// Sequence items, and mapping keys and values interleaved (key, value, key, value, …).
    @usableFromInline let members: UnsafeBufferPointer<Int32>
    let rootID: Int32
    /// The byte offset of every 64th character (`CharacterOffsets`).
    let checkpoints: UnsafeBufferPointer<Int32>

    /// The typing slips of a file libyaml read anyway (`name：某村` as an item's text), when the
    /// parse was asked to keep them: the file is wrong where they are.
    public let typingSlips: [YAMLProblem]

    init(
        source: SourceFile, records: [NodeRecord], scalarBytes: [UInt8], members: [Int32], rootID: Int32,
        typingSlips: [YAMLProblem] = []
    ) {
        self.typingSlips = typingSlips
        self.source = source
        self.records = YAMLTree.copy(records)
        self.scalarBytes = YAMLTree.copy(scalarBytes)
        self.members = YAMLTree.copy(members)
        self.rootID = rootID
        self.checkpoints = YAMLTree.copy(
            source.bytes.withUnsafeBufferPointer {
                CharacterOffsets.checkpoints(in: $0, from: source.byteOrderMarkLength)
            })
    }

    deinit {
        records.deallocate()
        scalarBytes.deallocate()
        members.deallocate()
        checkpoints.deallocate()
    }

    /// The byte offset in the file of libyaml's character index.
    func byteOffset(ofCharacter character: Int32) -> Int {
        let checkpoint = min(Int(character) / CharacterOffsets.stride, checkpoints.count - 1)
        guard checkpoint >= 0 else { return source.byteOrderMarkLength }
        return source.bytes.withUnsafeBufferPointer {
            CharacterOffsets.byteOffset(
                ofCharacter: Int(character), in: $0, from: Int(checkpoints[checkpoint]),
                character: checkpoint * CharacterOffsets.stride)
        }
    }

    func location(_ packed: PackedLocation) -> SourceLocation {
        SourceLocation(
            line: Int(packed.line), column: Int(packed.column), offset: byteOffset(ofCharacter: packed.character))
    }

    private static func copy<T>(_ array: [T]) -> UnsafeBufferPointer<T> {
        let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(array.count, 1))
        _ = buffer.initialize(from: array)
        return UnsafeBufferPointer(rebasing: buffer[0..<array.count])
    }

    public var root: YAMLNode { YAMLNode(tree: self, id: rootID) }

    /// The byte ranges of the file that are scalar text rather than YAML structure, in document
    /// order: a quoted scalar from its opening to past its closing quote, a block scalar (`|`,
    /// `>`) from the line after its indicator (where a comment may still stand) to its end. A `#`
    /// inside one starts no comment, whatever it looks like. Plain scalars are left out: a plain
    /// scalar never holds a `#` at the start of a line or after a space, which would end it.
    public func textSpans() -> [Range<Int>] {
        var spans: [Range<Int>] = []
        let bytes = source.bytes
        for record in records where record.kind == .scalar && record.style != .plain {
            var start = byteOffset(ofCharacter: record.start.character)
            let end = byteOffset(ofCharacter: record.end.character)
            if record.style == .block {
                while start < end && bytes[start] != 0x0A { start += 1 }
                start += 1
            }
            if start < end { spans.append(start..<end) }
        }
        return spans
    }

    /// Number of nodes, keys included.
    public var nodeCount: Int { records.count }
}

/// A place as libyaml marks it: line and column from 1, and the character index from the start
/// of the text (after a byte-order mark); `YAMLTree.location` adds the byte offset.
@usableFromInline
struct PackedLocation: Sendable {
    @usableFromInline var line: Int32
    @usableFromInline var column: Int32
    @usableFromInline var character: Int32
}

@usableFromInline
struct NodeRecord: Sendable {
    @usableFromInline var kind: YAMLNode.Kind
    @usableFromInline var style: YAMLNode.ScalarStyle
    @usableFromInline var start: PackedLocation
    @usableFromInline var end: PackedLocation
    /// Scalars: a range of `scalarBytes`. Collections: a range of `members`.
    @usableFromInline var payloadStart: Int32
    @usableFromInline var payloadCount: Int32
}

/// One node of a `YAMLTree`: a cheap handle that reads from the shared storage. The accessors
/// checks call for every node are `@inlinable`, so that other modules read the storage directly
/// instead of calling across the module boundary (measured: a third of the schema walk's cost).
public struct YAMLNode: Sendable {
    public enum Kind: UInt8, Sendable {
        case scalar, sequence, mapping

        /// The name a message uses for this kind of node.
        public var displayName: String {
            switch self {
            case .scalar: "文本"
            case .sequence: "列表"
            case .mapping: "映射"
            }
        }
    }

    public enum ScalarStyle: UInt8, Sendable {
        case plain, quoted, block, notScalar
    }

    public let tree: YAMLTree
    public let id: Int32

    @usableFromInline
    init(tree: YAMLTree, id: Int32) {
        self.tree = tree
        self.id = id
    }

    @inlinable @inline(__always)
    var record: NodeRecord { tree.records[Int(id)] }

    @inlinable public var kind: Kind { record.kind }
    @inlinable public var style: ScalarStyle { record.style }
    public var location: SourceLocation { tree.location(record.start) }
    public var endLocation: SourceLocation { tree.location(record.end) }

    @inlinable public var isScalar: Bool { kind == .scalar }
    @inlinable public var isMapping: Bool { kind == .mapping }
    @inlinable public var isSequence: Bool { kind == .sequence }

    /// The scalar's text (after YAML unescaping and folding); nil for collections.
    public var text: String? {
        let record = self.record
        guard record.kind == .scalar else { return nil }
        let start = Int(record.payloadStart)
        return String(decoding: tree.scalarBytes[start..<start + Int(record.payloadCount)], as: UTF8.self)
    }

    /// Compares the scalar's text with `string` without allocating.
    @inlinable
    public func textEquals(_ string: String) -> Bool {
        let record = self.record
        guard record.kind == .scalar, string.utf8.count == Int(record.payloadCount) else { return false }
        let all = tree.scalarBytes
        var index = Int(record.payloadStart)
        for byte in string.utf8 {
            if all[index] != byte { return false }
            index += 1
        }
        return true
    }

    /// Compares the scalar's text with UTF-8 bytes.
    @inlinable
    public func textEquals(bytes other: [UInt8]) -> Bool {
        let record = self.record
        guard record.kind == .scalar, other.count == Int(record.payloadCount) else { return false }
        let all = tree.scalarBytes
        let start = Int(record.payloadStart)
        for index in 0..<other.count where all[start + index] != other[index] { return false }
        return true
    }

    /// Whether the scalar is empty or only spaces, tabs and line breaks.
    @inlinable
    public var isBlankText: Bool {
        withTextBytes { bytes in bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D } } ?? false
    }

    /// Calls `body` with the scalar's UTF-8 bytes; nil for collections.
    @inlinable
    public func withTextBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R? {
        let record = self.record
        guard record.kind == .scalar else { return nil }
        return try body(
            UnsafeBufferPointer(
                rebasing: tree.scalarBytes[Int(record.payloadStart)..<Int(record.payloadStart + record.payloadCount)]))
    }

    /// Items of a sequence, or pairs of a mapping.
    @inlinable
    public var count: Int {
        let record = self.record
        switch record.kind {
        case .scalar: return 0
        case .sequence: return Int(record.payloadCount)
        case .mapping: return Int(record.payloadCount) / 2
        }
    }

    /// The items of a sequence (empty for other nodes).
    @inlinable public var items: Items { Items(node: self) }

    /// The key and value pairs of a mapping in document order (empty for other nodes).
    @inlinable public var pairs: Pairs { Pairs(node: self) }

    /// The value for a key of a mapping.
    @inlinable public subscript(key: String) -> YAMLNode? { pair(forKey: key)?.value }

    /// The key node and value node for a key of a mapping.
    public func pair(forKey key: String) -> (key: YAMLNode, value: YAMLNode)? {
        let record = self.record
        guard record.kind == .mapping else { return nil }
        var key = key
        let found: Int? = key.withUTF8 { wanted in
            let members = tree.members, records = tree.records, bytes = tree.scalarBytes
            var member = Int(record.payloadStart)
            let end = member + Int(record.payloadCount)
            while member < end {
                let keyRecord = records[Int(members[member])]
                if keyRecord.kind == .scalar && Int(keyRecord.payloadCount) == wanted.count
                    && (wanted.isEmpty
                        || memcmp(bytes.baseAddress! + Int(keyRecord.payloadStart), wanted.baseAddress!, wanted.count)
                            == 0)
                {
                    return member
                }
                member += 2
            }
            return nil
        }
        guard let found else { return nil }
        return (YAMLNode(tree: tree, id: tree.members[found]), YAMLNode(tree: tree, id: tree.members[found + 1]))
    }

    /// The exact source text the node spans, for showing examples as written.
    public var sourceText: String { String(decoding: tree.source.bytes[byteRange], as: UTF8.self) }

    /// The bytes of the file the node spans: a quoted scalar with its quotes, a block scalar
    /// from its indicator.
    public var byteRange: Range<Int> {
        let count = tree.source.bytes.count
        let start = min(tree.byteOffset(ofCharacter: record.start.character), count)
        let end = min(max(tree.byteOffset(ofCharacter: record.end.character), start), count)
        return start..<end
    }

    public struct Items: RandomAccessCollection, Sendable {
        @usableFromInline let node: YAMLNode
        @inlinable init(node: YAMLNode) { self.node = node }
        @inlinable public var startIndex: Int { 0 }
        @inlinable public var endIndex: Int { node.kind == .sequence ? node.count : 0 }
        @inlinable public subscript(position: Int) -> YAMLNode {
            precondition(position >= 0 && position < endIndex, "item index out of range")
            let memberIndex = Int(node.record.payloadStart) + position
            return YAMLNode(tree: node.tree, id: node.tree.members[memberIndex])
        }
    }

    public struct Pairs: RandomAccessCollection, Sendable {
        @usableFromInline let node: YAMLNode
        @inlinable init(node: YAMLNode) { self.node = node }
        @inlinable public var startIndex: Int { 0 }
        @inlinable public var endIndex: Int { node.kind == .mapping ? node.count : 0 }
        @inlinable public subscript(position: Int) -> (key: YAMLNode, value: YAMLNode) {
            precondition(position >= 0 && position < endIndex, "pair index out of range")
            let memberIndex = Int(node.record.payloadStart) + 2 * position
            let members = node.tree.members
            return (
                YAMLNode(tree: node.tree, id: members[memberIndex]),
                YAMLNode(tree: node.tree, id: members[memberIndex + 1])
            )
        }
    }
}

extension YAMLTree {
    /// The same tree with `slips` kept beside it.
    func keeping(_ slips: [YAMLProblem]) -> YAMLTree {
        YAMLTree(
            source: source, records: Array(records), scalarBytes: Array(scalarBytes), members: Array(members),
            rootID: rootID, typingSlips: slips)
    }
}
