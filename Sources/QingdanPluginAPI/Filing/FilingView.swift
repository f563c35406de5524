import QingdanYAML
import Synchronization

/// What a check reads: the filing's tree and its header.
public struct FilingView: Sendable {
    public let root: YAMLNode
    public let header: FilingHeader
    /// The filing of the county-level region this one lies in, when the same run checks it:
    /// what cross-filing checks (准入) compare against.
    public let district: DistrictFiling?

    public init(root: YAMLNode, header: FilingHeader, district: DistrictFiling? = nil) {
        self.root = root
        self.header = header
        self.district = district
    }

    /// The node at `path`, if every key on the way is present.
    public func node(at path: FilingPath) -> YAMLNode? {
        var node = root
        for key in path.keys {
            guard let next = node[key] else { return nil }
            node = next
        }
        return node
    }

    /// The deepest node that exists on the way to `path`, and the path to it: where to report
    /// something that should be at `path` but is not.
    public func nearestNode(to path: FilingPath) -> (node: YAMLNode, path: DocumentPath) {
        var node = root
        // The key that names the section reached: a section is pointed at by its key (`lists:`),
        // not by its first entry.
        var place = root
        var reached: [String] = []
        for key in path.keys {
            guard let pair = node.pair(forKey: key), pair.value.isMapping || pair.value.isSequence else {
                if let pair = node.pair(forKey: key) { return (pair.key, DocumentPath(keys: reached + [key])) }
                return (place, DocumentPath(keys: reached))
            }
            node = pair.value
            place = pair.key
            reached.append(key)
        }
        return (place, DocumentPath(keys: reached))
    }

    /// Where to point at the section at `path`: the key that names it, or the root for the root.
    public func keyNode(at path: FilingPath) -> YAMLNode? {
        guard let last = path.keys.last else { return root }
        var node = root
        for key in path.keys.dropLast() {
            guard let next = node[key] else { return nil }
            node = next
        }
        return node.pair(forKey: last)?.key
    }
}

/// A county-level filing that another filing of the same run is checked against.
public struct DistrictFiling: Sendable {
    public let root: YAMLNode
    public let header: FilingHeader
    private let memo = Memo()

    public init(root: YAMLNode, header: FilingHeader) {
        self.root = root
        self.header = header
    }

    /// A value derived from the district filing once and shared by every filing checked against
    /// it (such as its list names prepared for matching): `make` runs once per `key`.
    public func memoized<T: Sendable>(_ key: String, _ make: () -> T) -> T {
        if let value = memo.values.withLock({ $0[key] }) as? T { return value }
        let value = make()
        memo.values.withLock { $0[key] = value }
        return value
    }

    private final class Memo: Sendable {
        let values = Mutex<[String: any Sendable]>([:])
    }

    public var file: String { root.tree.source.path }
    public var view: FilingView { FilingView(root: root, header: header) }

    /// The district's name as its filing gives it.
    public var name: String { header.regionName ?? header.regionCode ?? file }
}
