/// A rule's message with `{name}` placeholders the check fills in.
public struct MessageTemplate: Sendable, Equatable {
    enum Segment: Sendable, Equatable {
        case literal(String)
        case variable(String)
    }

    public let source: String
    let segments: [Segment]

    /// An unclosed `{` is kept as text.
    public init(_ source: String) {
        self.source = source
        var segments: [Segment] = []
        var literal = ""
        var rest = Substring(source)
        while let open = rest.firstIndex(of: "{") {
            literal += rest[..<open]
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "}") else {
                literal += rest[open...]
                rest = ""
                break
            }
            if !literal.isEmpty { segments.append(.literal(literal)); literal = "" }
            segments.append(.variable(String(rest[afterOpen..<close])))
            rest = rest[rest.index(after: close)...]
        }
        literal += rest
        if !literal.isEmpty { segments.append(.literal(literal)) }
        self.segments = segments
    }

    public var variables: [String] {
        segments.compactMap { if case .variable(let name) = $0 { name } else { nil } }
    }

    /// The message with each placeholder replaced by `value(name)`; a value the check did not
    /// supply shows as `—`.
    public func render(_ value: (String) -> String?) -> String {
        var text = ""
        for segment in segments {
            switch segment {
            case .literal(let literal): text += literal
            case .variable(let name): text += value(name) ?? "—"
            }
        }
        return text
    }

    /// The message with the values of a finding's message.
    public func render(_ message: some FindingMessage) -> String {
        render { message.value(of: $0) }
    }
}
