/// A parsed YAML document: every node in one flat buffer, scalar text in one byte buffer and
/// collection members in one index buffer, so building a tree costs a handful of allocations
/// however large the document is. Immutable once built; the buffers are owned by the tree and
/// read without bounds checks or reference counting, since every read of a filing goes here.
public final class YAMLTree: @unchecked Sendable {
    public let source: SourceFile
    let records: UnsafeBufferPointer<NodeRecord>
    let scalarBytes: UnsafeBufferPointer<UInt8>
    /// Sequence items, and mapping keys and values interleaved (key, value, key, value, …).
    let members: UnsafeBufferPointer<Int32>
    let rootID: Int32

    init(source: SourceFile, records: [NodeRecord], scalarBytes: [UInt8], members: [Int32], rootID: Int32) {
        self.source = source
        self.records = YAMLTree.copy(records)
        self.scalarBytes = YAMLTree.copy(scalarBytes)
        self.members = YAMLTree.copy(members)
        self.rootID = rootID
    }

    deinit {
        records.deallocate()
        scalarBytes.deallocate()
        members.deallocate()
    }

    private static func copy<T>(_ array: [T]) -> UnsafeBufferPointer<T> {
        let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(array.count, 1))
        _ = buffer.initialize(from: array)
        return UnsafeBufferPointer(rebasing: buffer[0..<array.count])
    }

    public var root: YAMLNode { YAMLNode(tree: self, id: rootID) }

    /// Number of nodes, keys included.
    public var nodeCount: Int { records.count }
}

struct PackedLocation: Sendable {
    var line: Int32
    var column: Int32
    var offset: Int32

    var unpacked: SourceLocation {
        SourceLocation(line: Int(line), column: Int(column), offset: Int(offset))
    }
}

struct NodeRecord: Sendable {
    var kind: YAMLNode.Kind
    var style: YAMLNode.ScalarStyle
    var start: PackedLocation
    var end: PackedLocation
    /// Scalars: a range of `scalarBytes`. Collections: a range of `members`.
    var payloadStart: Int32
    var payloadCount: Int32
}

/// One node of a `YAMLTree`: a cheap handle that reads from the shared storage.
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

    @inline(__always)
    var record: NodeRecord { tree.records[Int(id)] }

    public var kind: Kind { record.kind }
    public var style: ScalarStyle { record.style }
    public var location: SourceLocation { record.start.unpacked }
    public var endLocation: SourceLocation { record.end.unpacked }

    public var isScalar: Bool { kind == .scalar }
    public var isMapping: Bool { kind == .mapping }
    public var isSequence: Bool { kind == .sequence }

    /// The scalar's text (after YAML unescaping and folding); nil for collections.
    public var text: String? {
        let record = self.record
        guard record.kind == .scalar else { return nil }
        let start = Int(record.payloadStart)
        return String(decoding: tree.scalarBytes[start..<start + Int(record.payloadCount)], as: UTF8.self)
    }

    /// Compares the scalar's text with `string` without allocating.
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
    public func textEquals(bytes other: [UInt8]) -> Bool {
        let record = self.record
        guard record.kind == .scalar, other.count == Int(record.payloadCount) else { return false }
        let all = tree.scalarBytes
        let start = Int(record.payloadStart)
        for index in 0..<other.count where all[start + index] != other[index] { return false }
        return true
    }

    /// Whether the scalar is empty or only spaces, tabs and line breaks.
    public var isBlankText: Bool {
        withTextBytes { bytes in bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D } } ?? false
    }

    /// Calls `body` with the scalar's UTF-8 bytes; nil for collections.
    public func withTextBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R? {
        let record = self.record
        guard record.kind == .scalar else { return nil }
        return try body(UnsafeBufferPointer(rebasing: tree.scalarBytes[Int(record.payloadStart)..<Int(record.payloadStart + record.payloadCount)]))
    }

    /// Items of a sequence, or pairs of a mapping.
    public var count: Int {
        let record = self.record
        switch record.kind {
        case .scalar: return 0
        case .sequence: return Int(record.payloadCount)
        case .mapping: return Int(record.payloadCount) / 2
        }
    }

    /// The items of a sequence (empty for other nodes).
    public var items: Items { Items(node: self) }

    /// The key and value pairs of a mapping in document order (empty for other nodes).
    public var pairs: Pairs { Pairs(node: self) }

    /// The value for a key of a mapping.
    public subscript(key: String) -> YAMLNode? { pair(forKey: key)?.value }

    /// The key node and value node for a key of a mapping.
    public func pair(forKey key: String) -> (key: YAMLNode, value: YAMLNode)? {
        let record = self.record
        guard record.kind == .mapping else { return nil }
        let length = key.utf8.count
        let members = tree.members, records = tree.records, bytes = tree.scalarBytes
        var found: Int?
        var member = Int(record.payloadStart)
        let end = member + Int(record.payloadCount)
        search: while member < end {
            let keyRecord = records[Int(members[member])]
            if keyRecord.kind == .scalar && Int(keyRecord.payloadCount) == length {
                var offset = Int(keyRecord.payloadStart)
                var equal = true
                for byte in key.utf8 {
                    if bytes[offset] != byte { equal = false; break }
                    offset += 1
                }
                if equal {
                    found = member
                    break search
                }
            }
            member += 2
        }
        guard let found else { return nil }
        return (YAMLNode(tree: tree, id: members[found]), YAMLNode(tree: tree, id: members[found + 1]))
    }

    /// The exact source text the node spans, for showing examples as written.
    public var sourceText: String {
        let bytes = tree.source.bytes
        let start = min(Int(record.start.offset), bytes.count)
        let end = min(max(Int(record.end.offset), start), bytes.count)
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    public struct Items: RandomAccessCollection, Sendable {
        let node: YAMLNode
        public var startIndex: Int { 0 }
        public var endIndex: Int { node.kind == .sequence ? node.count : 0 }
        public subscript(position: Int) -> YAMLNode {
            let memberIndex = Int(node.record.payloadStart) + position
            return YAMLNode(tree: node.tree, id: node.tree.members[memberIndex])
        }
    }

    public struct Pairs: RandomAccessCollection, Sendable {
        let node: YAMLNode
        public var startIndex: Int { 0 }
        public var endIndex: Int { node.kind == .mapping ? node.count : 0 }
        public subscript(position: Int) -> (key: YAMLNode, value: YAMLNode) {
            let memberIndex = Int(node.record.payloadStart) + 2 * position
            let members = node.tree.members
            return (YAMLNode(tree: node.tree, id: members[memberIndex]),
                    YAMLNode(tree: node.tree, id: members[memberIndex + 1]))
        }
    }
}
