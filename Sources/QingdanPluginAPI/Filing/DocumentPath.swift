/// Where a node sits in its document, as keys and 0-based indexes: `lists.assistance[3].funding`.
public struct DocumentPath: Hashable, Sendable, CustomStringConvertible, ExpressibleByArrayLiteral {
    public enum Component: Hashable, Sendable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
        case key(String)
        case index(Int)

        public init(stringLiteral value: String) { self = .key(value) }
        public init(integerLiteral value: Int) { self = .index(value) }
    }

    public var components: [Component]

    public init(_ components: [Component] = []) {
        self.components = components
    }

    public init(arrayLiteral elements: Component...) {
        self.components = elements
    }

    public init(keys: [String]) {
        self.components = keys.map { .key($0) }
    }

    public func appending(_ component: Component) -> DocumentPath {
        DocumentPath(components + [component])
    }

    public func appending(key: String) -> DocumentPath { appending(.key(key)) }
    public func appending(index: Int) -> DocumentPath { appending(.index(index)) }

    /// The path of the list item the path lies in (up to its first index), or the path itself:
    /// `lists.certificates[2]` for `lists.certificates[2].time_limit`.
    public var item: DocumentPath {
        guard let index = components.firstIndex(where: { if case .index = $0 { true } else { false } }) else {
            return self
        }
        return DocumentPath(Array(components[...index]))
    }

    /// The last key in the path, if any.
    public var lastKey: String? {
        for component in components.reversed() {
            if case .key(let key) = component { return key }
        }
        return nil
    }

    public var description: String {
        var text = ""
        for component in components {
            switch component {
            case .key(let key):
                if !text.isEmpty { text += "." }
                text += key
            case .index(let index):
                text += "[\(index)]"
            }
        }
        return text
    }
}
