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

    /// The item's value for `key`, when it is present, not blank, not an empty list and not a
    /// filler (无, 待定, /).
    public func value(_ key: String) -> YAMLNode? {
        guard let value = node[key], !value.isNull else { return nil }
        if value.isScalar ? value.isBlankText || FillerText.filler(in: value) != nil : Self.statesNothing(value) {
            return nil
        }
        return value
    }

    /// A list or mapping with nothing in it, or only fillers (`steps: [待补充]`).
    static func statesNothing(_ collection: YAMLNode) -> Bool {
        guard collection.isSequence else { return collection.count == 0 }
        return collection.items.allSatisfy { item in
            item.isNull || item.isScalar && (item.isBlankText || FillerText.filler(in: item) != nil)
        }
    }

    /// The item's value for `property`, when it states what the property asks: for an approval,
    /// who approved and when.
    public func value(_ property: Property) -> YAMLNode? {
        guard property.meaning != .plain else { return value(property.name) }
        return unstated(property) == nil ? node[property.name] : nil
    }

    /// Why the item does not state `property`; nil when it does.
    public func unstated(_ property: Property) -> Unstated? {
        guard let value = node[property.name], !value.isNull, value.isScalar ? !value.isBlankText : value.count > 0
        else {
            return .absent
        }
        if let filler = FillerText.filler(in: value) { return .filler(filler) }
        if !value.isScalar, Self.statesNothing(value) {
            return .filler(value.items.compactMap(\.text).joined(separator: "、"))
        }
        guard let text = value.text else { return nil }
        switch property.meaning {
        case .plain: return nil
        case .approval:
            if ApprovalText.isRefusal(text) { return .refusedApproval(text) }
            let missing = ApprovalText.missingParts(of: text)
            return missing.isEmpty ? nil : .incompleteApproval(text, missing: missing)
        case .funding:
            return FundingText.villagePays(text).map { _ in .villagePays(text) }
        }
    }

    public func text(_ key: String) -> String? { value(key)?.text }

    public var name: String? { text("name") }

    /// How messages name the item: its name in 「」, or its position.
    public var label: String { name.map { "「\($0)」" } ?? "第 \(index + 1) 项" }
}

/// Why a field counts as not stated.
public enum Unstated: Sendable, Equatable {
    /// Missing, null or blank.
    case absent
    /// Only a filler such as 无, 暂无, 待定 or /: the text as written.
    case filler(String)
    /// An approval that says there was none (未经审批, 待审批, 尚未批复): the text.
    case refusedApproval(String)
    /// An approval that claims to be one but does not say who approved or when (已审批): the
    /// text, and what it lacks.
    case incompleteApproval(String, missing: [String])
    /// Funding that makes the village pay for work handed to it (村自筹): the text.
    case villagePays(String)

    /// How a message says it, after the field's title: 「（填写的「无」只是占位，不算填写）」.
    public var explanation: String {
        switch self {
        case .absent: ""
        case .filler(let text): "（填写的「\(text)」只是占位，不算填写）"
        case .refusedApproval(let text): "（「\(text)」说明没有经过审批）"
        case .incompleteApproval(let text, let missing):
            "（「\(text)」没有写明\(missing.joined(separator: "和"))，不能作为审批）"
        case .villagePays(let text): "（「\(text)」是由村级组织自己负担，不是费随事转）"
        }
    }
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
