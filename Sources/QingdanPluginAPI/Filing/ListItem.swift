import QingdanYAML

/// One item of a list in a filing, as checks see it.
public struct ListItem: Sendable {
    public let node: YAMLNode
    /// Position in the list, from 0.
    public let index: Int
    /// The list the item is in.
    public let list: FilingPath

    /// Where the item is: `lists.assistance[3]`.
    public var path: DocumentPath { list.documentPath.appending(index: index) }

    /// The item's value for `key`, when it is present and not blank.
    public func value(_ key: String) -> YAMLNode? {
        guard let value = node[key], !value.isNull else { return nil }
        if value.isScalar && value.isBlankText { return nil }
        return value
    }

    public func text(_ key: String) -> String? { value(key)?.text }

    public var name: String? { text("name") }

    /// How messages name the item: its name in 「」, or its position.
    public var label: String { name.map { "「\($0)」" } ?? "第 \(index + 1) 项" }
}

extension FilingView {
    /// The mapping items of the list at `path`; empty when the list is absent or not a list.
    public func items(of path: FilingPath) -> [ListItem] {
        guard let list = node(at: path), list.isSequence else { return [] }
        var items: [ListItem] = []
        items.reserveCapacity(list.count)
        for (index, node) in list.items.enumerated() where node.isMapping {
            items.append(ListItem(node: node, index: index, list: path))
        }
        return items
    }
}
