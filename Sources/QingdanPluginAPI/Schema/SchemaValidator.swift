import QingdanYAML

/// A place where a document departs from its schema.
public struct SchemaIssue: Sendable, Equatable {
    /// One of `FindingCode.schemaCodes`.
    public var code: FindingCode
    public var location: SourceLocation
    public var path: DocumentPath
    public var message: String
    /// What to do about it: every issue carries one.
    public var hint: String
    /// For a missing key, its name (the path is that of the mapping it is missing from).
    public var missingKey: String?
    /// Whether the value cannot be judged: no rule that reads this place runs (one slip is
    /// reported once). Wrong types and empty values, and numbers out of their range.
    public var blocksRules: Bool
    /// The change that certainly resolves the issue, when there is one.
    public var fix: SourceFix?

    public init(
        code: FindingCode, location: SourceLocation, path: DocumentPath, message: String, hint: String,
        missingKey: String? = nil, blocksRules: Bool? = nil, fix: SourceFix? = nil
    ) {
        self.fix = fix
        self.missingKey = missingKey
        self.blocksRules = blocksRules ?? (code == .wrongType || code == .emptyValue)
        self.code = code
        self.location = location
        self.path = path
        self.message = message
        self.hint = hint
    }
}

/// Checks a YAML tree against a `SchemaType`, reporting every departure (not only the first).
public struct SchemaValidator {
    public private(set) var issues: [SchemaIssue] = []
    private var path: [DocumentPath.Component] = []
    /// The Chinese meaning of choice values, shown beside them (`villagers_committee（村民委员会）`).
    private var valueNames: [String: String] = [:]
    private var placeholders = false

    public init() {}

    /// Validates `node` against `type`; `path` is where the node sits in its document. Messages
    /// show a choice's values with their meaning in `valueNames` (`FilingFormat.valueNames`).
    /// `placeholders`: a scalar value that begins with the placeholder mark of a starter filing
    /// (「请填写：…」, `TemplateText`) is not filled in — true for filings, false for packs and
    /// waiver files, whose text may well begin 请填写.
    public static func validate(
        _ node: YAMLNode, against type: SchemaType, at path: DocumentPath = [], valueNames: [String: String] = [:],
        placeholders: Bool = false
    ) -> [SchemaIssue] {
        var validator = SchemaValidator()
        validator.valueNames = valueNames
        validator.placeholders = placeholders
        validator.path = path.components
        validator.check(node, type, label: path.lastKey)
        return validator.issues
    }

    private var currentPath: DocumentPath { DocumentPath(path) }

    private mutating func report(
        _ code: FindingCode, _ node: YAMLNode, _ message: String, hint: String,
        missingKey: String? = nil, blocksRules: Bool? = nil, fix: SourceFix? = nil
    ) {
        issues.append(
            SchemaIssue(
                code: code, location: node.location, path: currentPath, message: message, hint: hint,
                missingKey: missingKey, blocksRules: blocksRules, fix: fix))
    }

    /// A number outside the range any filing's number may have (`SchemaType.largestNumber`).
    private mutating func reportOutOfRange(_ node: YAMLNode, label: String?) {
        report(
            .invalidValue, node,
            "\(describe(label))的值「\(node.text ?? "")」超出范围：绝对值不能超过 \(SchemaType.largestInteger)",
            hint: "核对这个数：户数、面积、金额都是实际的数目，是否多写了位数或写成了科学记数法？", blocksRules: true)
    }

    /// Whether `text` is a plain decimal number too large to read (more digits than any integer,
    /// or beyond a `Double`).
    private static func isOversizedNumber(_ text: String, integer: Bool) -> Bool {
        var digits = Substring(text)
        if digits.first == "-" || digits.first == "+" { digits = digits.dropFirst() }
        guard !digits.isEmpty else { return false }
        if integer { return digits.allSatisfy({ ("0"..."9").contains($0) }) }
        guard
            digits.allSatisfy({
                ("0"..."9").contains($0) || $0 == "." || $0 == "e" || $0 == "E" || $0 == "-" || $0 == "+"
            })
        else { return false }
        return Double(text).map(\.isInfinite) ?? false
    }

    /// How messages name the node being checked: its key, or its position in a list.
    private func describe(_ label: String?) -> String {
        if let label { return "「\(label)」" }
        if case .index(let index)? = path.last {
            return "「\(DocumentPath(Array(path.dropLast())))」的第 \(index + 1) 项"
        }
        return "文件顶层"
    }

    private mutating func check(_ node: YAMLNode, _ type: SchemaType, label: String?) {
        if placeholders, type.isScalar, TemplateText.isPlaceholder(node) {
            report(
                .emptyValue, node, "\(describe(label))还没有填写：这里还是模板中的「\(node.text ?? "")」",
                hint: "把「\(TemplateText.mark)……」整个换成实际内容；选填的项不需要就整行删去")
            return
        }
        switch type {
        case .deferred:
            return
        case .object(let schema):
            guard expect(.mapping, node, type, label: label) else { return }
            checkObject(node, schema)
        case .dictionary(let keyFormat, let valueType):
            guard expect(.mapping, node, type, label: label) else { return }
            for (key, value) in node.pairs {
                let name = key.text ?? ""
                if !keyFormat.accepts(name) {
                    path.append(.key(name))
                    report(
                        .invalidValue, key, "键「\(name)」不是\(keyFormat.displayName)",
                        hint: "把这个键改写成\(keyFormat.displayName)")
                    path.removeLast()
                }
                path.append(.key(name))
                check(value, valueType, label: name)
                path.removeLast()
            }
        case .list(let elementType):
            guard expect(.sequence, node, type, label: label) else { return }
            for (index, item) in node.items.enumerated() {
                path.append(.index(index))
                if item.isNull {
                    report(
                        .emptyValue, item, "\(describe(label))的第 \(index + 1) 项是空的",
                        hint: "删去空的「- 」行，或在后面写上内容")
                } else {
                    check(item, elementType, label: nil)
                }
                path.removeLast()
            }
        case .text(let format):
            guard expect(.scalar, node, type, label: label) else { return }
            if format != .any, let text = node.text, !format.accepts(text) {
                report(
                    .invalidValue, node, "\(describe(label))应是\(format.displayName)，这里是「\(text)」",
                    hint: "按\(format.displayName)的写法改正")
            }
        case .integer(let minimum, let maximum):
            guard expect(.scalar, node, type, label: label) else { return }
            guard let value = node.integer else {
                if node.style == .plain, Self.isOversizedNumber(node.text ?? "", integer: true) {
                    return reportOutOfRange(node, label: label)
                }
                return wrongScalar(node, type, label: label)
            }
            if abs(value) > SchemaType.largestInteger {
                reportOutOfRange(node, label: label)
            } else if let minimum, value < minimum {
                report(
                    .invalidValue, node, "\(describe(label))不能小于 \(minimum)，这里是 \(value)",
                    hint: "核对这个数：它不能小于 \(minimum)", blocksRules: true)
            } else if let maximum, value > maximum {
                report(
                    .invalidValue, node, "\(describe(label))不能大于 \(maximum)，这里是 \(value)",
                    hint: "核对这个数：它不能大于 \(maximum)", blocksRules: true)
            }
        case .number(let minimum):
            guard expect(.scalar, node, type, label: label) else { return }
            guard let value = node.number else {
                if node.style == .plain, Self.isOversizedNumber(node.text ?? "", integer: false) {
                    return reportOutOfRange(node, label: label)
                }
                return wrongScalar(node, type, label: label)
            }
            if abs(value) > SchemaType.largestNumber {
                reportOutOfRange(node, label: label)
            } else if let minimum, value < minimum {
                report(
                    .invalidValue, node, "\(describe(label))不能小于 \(formatNumber(minimum))，这里是 \(node.text ?? "")",
                    hint: "核对这个数：它不能小于 \(formatNumber(minimum))", blocksRules: true)
            }
        case .boolean:
            guard expect(.scalar, node, type, label: label) else { return }
            if node.boolean == nil { wrongScalar(node, type, label: label) }
        case .date:
            guard expect(.scalar, node, type, label: label) else { return }
            if node.date == nil { wrongScalar(node, type, label: label) }
        case .choice(let choices):
            guard expect(.scalar, node, type, label: label) else { return }
            if !choices.contains(where: { node.textEquals($0) }) {
                let text = node.text ?? ""
                // The meaning written for the value (`村民委员会` for `villagers_committee`) has one
                // certain replacement.
                let meant = choices.filter { valueNames[$0] == text }
                if meant.count == 1, node.style != .block {
                    report(
                        .invalidValue, node, "\(describe(label))的值「\(text)」不在可选值之内",
                        hint: "「\(text)」要写成可选值「\(meant[0])」", blocksRules: nil,
                        fix: SourceFix(title: "改为「\(meant[0])」", range: node.byteRange, replacement: meant[0]))
                    return
                }
                let hint =
                    Suggestions.closest(to: text, in: choices).map { "是否想写「\(shown($0))」？" }
                    ?? "可以写的值：\(choices.map(shown).joined(separator: "、"))"
                report(.invalidValue, node, "\(describe(label))的值「\(text)」不在可选值之内", hint: hint)
            }
        }
    }

    private mutating func checkObject(_ node: YAMLNode, _ schema: ObjectSchema) {
        var seen: UInt64 = 0
        // The key before, when it has no value: a key of its own that follows it at its column
        // was meant to be indented under it (`signboards:` then `outside:`).
        var emptyBefore: Int?
        for (key, value) in node.pairs {
            guard let index = schema.index(ofKey: key) else {
                let name = key.text ?? ""
                path.append(.key(name))
                var hint = unknownKeyHint(name, schema)
                if let before = emptyBefore, case .object(let inner) = schema.properties[before].type,
                    inner.property(name) != nil
                {
                    let parent = schema.properties[before].name
                    hint = "「\(name)」应缩进到「\(parent)」之下：它是「\(parent)」下的键，要比「\(parent)」多缩进两个空格"
                }
                report(.unknownKey, key, "未知的键「\(name)」", hint: hint)
                path.removeLast()
                emptyBefore = nil
                continue
            }
            emptyBefore = value.isNull ? index : nil
            seen |= 1 << UInt64(index)
            // Fields are read one by one: copying a whole `Property` costs four retains.
            let name = schema.properties[index].name
            path.append(.key(name))
            if value.isNull || isBlankText(value) {
                if schema.properties[index].required {
                    report(
                        .emptyValue, value.isNull ? key : value, "「\(name)」（\(schema.properties[index].title)）没有填写",
                        hint: "这一项必须填写；在「\(name): 」后面写上内容")
                }
            } else {
                check(value, schema.properties[index].type, label: name)
            }
            path.removeLast()
        }
        guard schema.requiredMask & ~seen != 0 else { return }
        for (index, property) in schema.properties.enumerated()
        where property.required && seen & (1 << UInt64(index)) == 0 {
            var hint = "在这里加一行「\(property.name): …」"
            if case .choice(let choices) = property.type {
                hint += "；可以写的值：\(choices.map(shown).joined(separator: "、"))"
            }
            report(
                .missingKey, node, "缺少必填的键「\(property.name)」（\(property.title)）", hint: hint,
                missingKey: property.name)
        }
    }

    /// A choice value with its meaning: `villagers_committee（村民委员会）`.
    private func shown(_ value: String) -> String {
        valueNames[value].map { "\(value)（\($0)）" } ?? value
    }

    private func unknownKeyHint(_ name: String, _ schema: ObjectSchema) -> String {
        if name.contains("：") || name.contains(":") {
            return "键和值之间要用半角冒号「:」加一个空格，这里写成了「\(name)」"
        }
        return Suggestions.hint(for: name, among: schema.properties.map(\.name), listing: "键")
    }

    private func isBlankText(_ node: YAMLNode) -> Bool {
        node.isScalar && node.style != .plain && node.isBlankText
    }

    /// Reports a node of the wrong kind; returns whether the kind is right.
    private mutating func expect(_ kind: YAMLNode.Kind, _ node: YAMLNode, _ type: SchemaType, label: String?) -> Bool {
        if node.kind == kind { return true }
        var hint = "这里应写成\(type.displayName)"
        if kind == .mapping, let text = node.text, text.contains("：") {
            hint = "「\(text)」里用了全角冒号「：」；键和值之间要用半角冒号「:」加一个空格"
        } else if kind == .mapping, node.isScalar, case .index? = path.last {
            hint = "列表项写成「- name: 名称」，每个键另起一行并对齐"
        } else if kind == .sequence, node.isScalar || node.isMapping {
            hint = "列表的每一项另起一行，以「- 」开头"
        }
        let found = node.isScalar ? "文本「\(node.text ?? "")」" : node.kind.displayName
        report(.wrongType, node, "\(describe(label))应是\(type.displayName)，这里是\(found)", hint: hint)
        return false
    }

    private mutating func wrongScalar(_ node: YAMLNode, _ type: SchemaType, label: String?) {
        let text = node.text ?? ""
        var hint = "这里应写成\(type.displayName)"
        var fix: SourceFix?
        switch type {
        case .integer, .number:
            let integer: Bool
            if case .integer = type { integer = true } else { integer = false }
            hint = node.style == .plain ? "只写阿拉伯数字，不带单位" : "数字不要加引号"
            if node.style != .block, let number = ScalarFixes.number(text, key: label, integer: integer),
                number != node.sourceText
            {
                hint = "写成「\(number)」；" + hint
                fix = SourceFix(title: "改为「\(number)」", range: node.byteRange, replacement: number)
            }
        case .boolean:
            hint = "写 true 或 false（不要写 yes、no 或 是、否）"
        case .date:
            hint = "日期写成 2024-03-01 这样的格式"
            if node.style != .block, let date = ScalarFixes.date(text) {
                hint = "日期写成「\(date)」（年份四位，月、日各两位，用半角减号「-」连接）"
                fix = SourceFix(title: "改为「\(date)」", range: node.byteRange, replacement: date)
            }
        default:
            break
        }
        report(.wrongType, node, "\(describe(label))应是\(type.displayName)，这里是「\(text)」", hint: hint, fix: fix)
    }
}

func formatNumber(_ value: Double) -> String { DecimalText.of(value, fractionDigits: nil) }

/// A document that departs from its schema (`SchemaIssue`).
extension FindingCode {
    public static let unknownKey: FindingCode = "schema.unknown-key"
    public static let missingKey: FindingCode = "schema.missing-key"
    public static let emptyValue: FindingCode = "schema.empty-value"
    public static let wrongType: FindingCode = "schema.type"
    public static let invalidValue: FindingCode = "schema.value"

    public static let schemaCodes: [FindingCode] = [.unknownKey, .missingKey, .emptyValue, .wrongType, .invalidValue]
}
