import QingdanYAML

/// A declarative description of a YAML document's shape. One description serves three uses:
/// validating documents (with located, suggested fixes), generating the published JSON Schema,
/// and generating the format reference. Filings, rule packs and check-kind options all use it.
public indirect enum SchemaType: Sendable {
    /// Any non-null scalar, read as text, optionally in a named format.
    case text(TextFormat = .any)
    /// A plain integer from `minimum` to `maximum`.
    case integer(minimum: Int? = nil, maximum: Int? = nil)
    /// A plain decimal number at least `minimum`.
    case number(minimum: Double? = nil)
    case boolean
    /// A date written `YYYY-MM-DD`.
    case date
    /// One of the listed texts.
    case choice([String])
    case list(SchemaType)
    case object(ObjectSchema)
    /// A mapping whose keys are chosen by the author (in `format`) and whose values share a type.
    case dictionary(key: TextFormat, value: SchemaType)
    /// Validated by whoever reads it, in a second step (check options, rule examples).
    case deferred(description: String)

    /// The largest magnitude an integer or number may have (10¹⁵): beyond it a value is no count
    /// or area of anything a filing describes, and a `Double` stops holding every whole number
    /// exactly. A value beyond it is reported out of range, and no rule judges it.
    public static let largestNumber = 1e15
    public static let largestInteger = 1_000_000_000_000_000

    /// Whether a value of the type is one scalar.
    public var isScalar: Bool {
        switch self {
        case .text, .integer, .number, .boolean, .date, .choice: true
        case .list, .object, .dictionary, .deferred: false
        }
    }

    /// How a message names the expected type.
    public var displayName: String {
        switch self {
        case .text(let format): format.displayName
        case .integer: "整数"
        case .number: "数字"
        case .boolean: "true 或 false"
        case .date: "日期（YYYY-MM-DD）"
        case .choice: "可选值之一"
        case .list: "列表"
        case .object, .dictionary: "映射"
        case .deferred(let description): description
        }
    }
}

/// Formats a text value must have; each has a JSON Schema pattern and a validator.
public enum TextFormat: String, Sendable, CaseIterable {
    case any
    /// A region code as users write it: 2, 4, 6, 9 or 12 digits (the GB/T 2260 six digits, the
    /// 12-digit 统计用区划代码, or the significant digits of a level); `RegionCode` reads it.
    case regionCode
    /// A pack id such as `cn/liaoning/anshan`.
    case packID
    /// A rule id such as `YB-CERT-COUNT`.
    case ruleID
    /// A dotted path into a filing, such as `lists.assistance`.
    case filingPath
    /// A short identifier such as `yubei-access`.
    case identifier
    /// Where a cited document's text is: a file in the rule root's `sources/` folder (never a path
    /// that leaves it), or a web address.
    case documentSource

    public var displayName: String {
        switch self {
        case .any: "文本"
        case .regionCode: "区划代码（6 位行政区划代码或 12 位统计用区划代码，也可简写为 2、4、9 位数字）"
        case .packID: "规则包名（如 cn/liaoning/anshan）"
        case .ruleID: "规则编号（大写字母、数字和连字符，如 YB-CERT-COUNT）"
        case .filingPath: "申报文件中的路径（如 lists.assistance）"
        case .identifier: "标识（小写字母、数字和连字符）"
        case .documentSource: "原文出处（sources/ 下的文件名，或 https:// 地址）"
        }
    }

    /// The same check as `accepts`, as a regular expression for JSON Schema.
    public var pattern: String? {
        switch self {
        case .any: nil
        case .regionCode: "^(" + RegionLevel.allCases.map { "[0-9]{\($0.digits)}" }.joined(separator: "|") + ")$"
        case .packID: "^[a-z0-9_-]+(/[a-z0-9_-]+)*$"
        case .ruleID: "^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$"
        case .filingPath: "^[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*$"
        case .identifier: "^[a-z0-9]+(-[a-z0-9]+)*$"
        case .documentSource: "^(sources/[A-Za-z0-9_-][A-Za-z0-9_.-]*|https?://[^\\s]+)$"
        }
    }

    public func accepts(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        func all(_ predicate: (UInt8) -> Bool) -> Bool { !bytes.isEmpty && bytes.allSatisfy(predicate) }
        func segments(separator: UInt8, _ allowed: (UInt8) -> Bool) -> Bool {
            !bytes.isEmpty
                && bytes.split(separator: separator, omittingEmptySubsequences: false)
                    .allSatisfy { !$0.isEmpty && $0.allSatisfy(allowed) }
        }
        let digit = { (byte: UInt8) in (0x30...0x39).contains(byte) }
        let lower = { (byte: UInt8) in (0x61...0x7A).contains(byte) }
        let upper = { (byte: UInt8) in (0x41...0x5A).contains(byte) }
        switch self {
        case .any:
            return true
        case .regionCode:
            return RegionLevel(digits: bytes.count) != nil && all(digit)
        case .packID:
            return segments(separator: 0x2F) { lower($0) || digit($0) || $0 == 0x5F || $0 == 0x2D }
        case .ruleID:
            return upper(bytes.first ?? 0) && segments(separator: 0x2D) { upper($0) || digit($0) }
        case .filingPath:
            return segments(separator: 0x2E) { lower($0) || digit($0) || $0 == 0x5F }
                && bytes.split(separator: 0x2E).allSatisfy { !digit($0.first ?? 0) }
        case .identifier:
            return segments(separator: 0x2D) { lower($0) || digit($0) }
        case .documentSource:
            if text.hasPrefix("https://") || text.hasPrefix("http://") {
                return !text.contains(where: \.isWhitespace) && !text.hasSuffix("//")
            }
            let name = bytes.dropFirst("sources/".utf8.count)
            return text.hasPrefix("sources/") && !name.isEmpty && name.first != 0x2E
                && name.allSatisfy { lower($0) || upper($0) || digit($0) || $0 == 0x5F || $0 == 0x2D || $0 == 0x2E }
        }
    }
}

/// One key of an object.
public struct Property: Sendable {
    public let name: String
    public let type: SchemaType
    public let required: Bool
    /// Chinese name of the key's meaning, as messages and the format reference print it.
    public let title: String
    public let summary: String?
    /// What a text must say to count as stated (beyond not being blank or a filler such as 无).
    public let meaning: TextMeaning

    public init(
        _ name: String, _ type: SchemaType, required: Bool = false, title: String, summary: String? = nil,
        meaning: TextMeaning = .plain
    ) {
        self.name = name
        self.type = type
        self.required = required
        self.title = title
        self.summary = summary
        self.meaning = meaning
    }
}

/// What a text value of a filing must say before checks count it as stated.
public enum TextMeaning: Sendable {
    /// Anything but blank text or a filler (无, 待定, /).
    case plain
    /// An approval: names who approved and when (`ApprovalText`).
    case approval
    /// Who pays for work handed to a village (费随事转): not the village itself (`FundingText`).
    case funding
}

/// A mapping with a fixed set of keys; keys outside the set are reported.
public struct ObjectSchema: Sendable {
    /// The most keys an object may declare (a bit each in `requiredMask`).
    public static let maximumProperties = 64

    public let title: String
    public let properties: [Property]
    /// The property names as UTF-8, for matching keys without creating strings.
    private let names: [[UInt8]]
    /// A bit for each required property.
    let requiredMask: UInt64

    public init(title: String, properties: [Property]) {
        precondition(properties.count <= Self.maximumProperties, "an object schema has at most 64 properties")
        self.title = title
        self.properties = properties
        self.names = properties.map { Array($0.name.utf8) }
        self.requiredMask = properties.enumerated().reduce(0) {
            $0 | ($1.element.required ? 1 << UInt64($1.offset) : 0)
        }
    }

    public func property(_ name: String) -> Property? {
        properties.first { $0.name == name }
    }

    /// The index of the property a mapping key names.
    public func index(ofKey key: YAMLNode) -> Int? {
        key.withTextBytes { bytes -> Int? in
            for (index, name) in names.enumerated() where name.count == bytes.count {
                var equal = true
                for offset in 0..<name.count where name[offset] != bytes[offset] {
                    equal = false
                    break
                }
                if equal { return index }
            }
            return nil
        } ?? nil
    }

    /// The same object with every key optional (rule examples are fragments of filings).
    public var relaxed: ObjectSchema {
        ObjectSchema(
            title: title,
            properties: properties.map {
                Property(
                    $0.name, $0.type, required: false, title: $0.title, summary: $0.summary, meaning: $0.meaning)
            })
    }
}
