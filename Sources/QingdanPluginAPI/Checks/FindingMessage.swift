/// The values a check kind's findings give its rules' message templates, as a struct: each
/// placeholder is bound by key path to the property that fills it, so a kind cannot promise a
/// placeholder it has no value for, and a property without a default (`let count: Int`) must be
/// given whenever the kind reports. Optional properties (`var excess: Int?`) are the values a
/// kind gives only for some findings; a template shows `—` where one is missing.
///
/// ```swift
/// struct Message: FindingMessage {
///     let count: Int
///     let max: Int?
///     static let placeholders: [Placeholder<Message>] = [
///         Placeholder("count", \.count, "计入上限的事项数"),
///         Placeholder("max", \.max, "上限"),
///     ]
/// }
/// ```
public protocol FindingMessage: Sendable {
    /// Every placeholder the kind's messages may use, with what it holds.
    static var placeholders: [Placeholder<Self>] { get }
    /// Values of the rule's `CheckKind.extraPlaceholders`, by name.
    var extraValues: [String: String] { get }
}

extension FindingMessage {
    public var extraValues: [String: String] { [:] }

    /// The text of placeholder `name` for this message; nil when it has no value.
    public func value(of name: String) -> String? {
        if let placeholder = Self.placeholders.first(where: { $0.name == name }) { return placeholder.text(self) }
        return extraValues[name]
    }
}

/// One `{name}` a message template may use, bound to the message property that fills it.
public struct Placeholder<Message>: Sendable {
    public let name: String
    /// What the value holds, for the reference docs.
    public let meaning: String
    let text: @Sendable (Message) -> String?

    /// `value` is a key path to the property that fills the placeholder (`\.count`), which the
    /// compiler turns into a plain function: no key-path lookup when a message is rendered.
    public init<Value: PlaceholderValue>(
        _ name: String, _ value: @escaping @Sendable (Message) -> Value,
        _ meaning: String
    ) {
        self.name = name
        self.meaning = meaning
        text = { value($0).placeholderText }
    }
}

/// A type a message placeholder can hold; nil shows as `—`.
public protocol PlaceholderValue {
    var placeholderText: String? { get }
}

extension String: PlaceholderValue {
    public var placeholderText: String? { self }
}

extension Int: PlaceholderValue {
    public var placeholderText: String? { String(self) }
}

extension Double: PlaceholderValue {
    /// Whole numbers without a decimal point, others to two places; never with an exponent.
    public var placeholderText: String? { DecimalText.of(self) }
}

extension Bool: PlaceholderValue {
    public var placeholderText: String? { self ? "是" : "否" }
}

extension Optional: PlaceholderValue where Wrapped: PlaceholderValue {
    public var placeholderText: String? { self?.placeholderText }
}
