import QingdanYAML

/// A `SchemaType` flattened into tables of plain values, for answering one question fast:
/// does a document have no schema issue at all? Most filings have none, and walking the schema
/// enum with `SchemaValidator` costs about as much in reference counting as in checking; this
/// walk touches no reference-counted value. When it says no, `SchemaValidator` finds the issues
/// and words them. `accepts(_:)` is true exactly when `SchemaValidator.validate` returns no
/// issue: a test and the filing fuzzer hold the two to that.
public final class CompiledSchema: Sendable {
    private enum Kind: UInt8 {
        case deferred, object, dictionary, list, text, integer, number, boolean, date, choice
    }

    private struct Entry {
        var kind: Kind
        /// Object: first property; list: element entry; dictionary: value entry; choice: first
        /// choice; text: the format's index in `formats`.
        var first: Int32 = 0
        /// Object: property count; choice: choice count; dictionary: the key format's index.
        var count: Int32 = 0
        /// Object: a bit for each required property.
        var requiredMask: UInt64 = 0
        var minimum: Double?
        var integerMinimum: Int?
        var integerMaximum: Int?
    }

    private struct PropertyEntry {
        var name: Range<Int32>
        var entry: Int32
    }

    private let entries: [Entry]
    private let properties: [PropertyEntry]
    private let choices: [Range<Int32>]
    private let bytes: [UInt8]
    private let formats: [TextFormat]
    private let root: Int32
    /// Whether a value beginning with the placeholder mark is an issue (`TemplateText`).
    private let placeholders: Bool

    /// `placeholders`: as `SchemaValidator.validate`'s, true for filings.
    public init(_ type: SchemaType, placeholders: Bool = false) {
        self.placeholders = placeholders
        var builder = Builder()
        root = builder.add(type)
        entries = builder.entries
        properties = builder.properties
        choices = builder.choices
        bytes = builder.bytes
        formats = builder.formats
    }

    /// Whether `node` has no schema issue (`SchemaValidator.validate` would return none).
    public func accepts(_ node: YAMLNode) -> Bool {
        accepts(node, root)
    }

    private func accepts(_ node: YAMLNode, _ index: Int32) -> Bool {
        let entry = entries[Int(index)]
        switch entry.kind {
        case .deferred:
            return true
        case .object:
            guard node.isMapping else { return false }
            var seen: UInt64 = 0
            for (key, value) in node.pairs {
                guard let property = propertyIndex(of: key, entry) else { return false }
                seen |= 1 << UInt64(property - entry.first)
                if value.isNull || (value.isScalar && value.style != .plain && value.isBlankText) {
                    if entry.requiredMask & (1 << UInt64(property - entry.first)) != 0 { return false }
                } else if !accepts(value, properties[Int(property)].entry) {
                    return false
                }
            }
            return entry.requiredMask & ~seen == 0
        case .dictionary:
            guard node.isMapping else { return false }
            let keyFormat = formats[Int(entry.count)]
            for (key, value) in node.pairs {
                if keyFormat != .any && !keyFormat.accepts(key.text ?? "") { return false }
                if !accepts(value, entry.first) { return false }
            }
            return true
        case .list:
            guard node.isSequence else { return false }
            for item in node.items where item.isNull || !accepts(item, entry.first) { return false }
            return true
        case .text:
            guard node.isScalar else { return false }
            let format = formats[Int(entry.first)]
            if placeholders, TemplateText.isPlaceholder(node) { return false }
            return format == .any || format.accepts(node.text ?? "")
        case .integer:
            guard node.isScalar, let value = node.integer, abs(value) <= SchemaType.largestInteger else { return false }
            return (entry.integerMinimum.map { value >= $0 } ?? true)
                && (entry.integerMaximum.map { value <= $0 } ?? true)
        case .number:
            guard node.isScalar, let value = node.number, abs(value) <= SchemaType.largestNumber else { return false }
            return entry.minimum.map { value >= $0 } ?? true
        case .boolean:
            return node.isScalar && node.boolean != nil
        case .date:
            return node.isScalar && node.date != nil
        case .choice:
            return node.withTextBytes { text in
                choices[Int(entry.first)..<Int(entry.first + entry.count)].contains { equal(text, $0) }
            } ?? false
        }
    }

    private func propertyIndex(of key: YAMLNode, _ object: Entry) -> Int32? {
        key.withTextBytes { text in
            for index in object.first..<object.first + object.count where equal(text, properties[Int(index)].name) {
                return index
            }
            return nil
        } ?? nil
    }

    private func equal(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int32>) -> Bool {
        guard text.count == range.count else { return false }
        var offset = Int(range.lowerBound)
        for byte in text {
            if bytes[offset] != byte { return false }
            offset += 1
        }
        return true
    }

    private struct Builder {
        var entries: [Entry] = []
        var properties: [PropertyEntry] = []
        var choices: [Range<Int32>] = []
        var bytes: [UInt8] = []
        var formats: [TextFormat] = []

        mutating func add(_ type: SchemaType) -> Int32 {
            let index = Int32(entries.count)
            entries.append(Entry(kind: .deferred))
            var entry: Entry
            switch type {
            case .deferred:
                entry = Entry(kind: .deferred)
            case .object(let schema):
                // Properties first, contiguous, then their types.
                let first = Int32(properties.count)
                for property in schema.properties {
                    properties.append(PropertyEntry(name: store(property.name), entry: -1))
                }
                for (offset, property) in schema.properties.enumerated() {
                    let child = add(property.type)
                    properties[Int(first) + offset].entry = child
                }
                entry = Entry(
                    kind: .object, first: first, count: Int32(schema.properties.count),
                    requiredMask: schema.requiredMask)
            case .dictionary(let key, let value):
                entry = Entry(kind: .dictionary, first: add(value), count: format(key))
            case .list(let element):
                entry = Entry(kind: .list, first: add(element))
            case .text(let textFormat):
                entry = Entry(kind: .text, first: format(textFormat))
            case .integer(let minimum, let maximum):
                entry = Entry(kind: .integer, integerMinimum: minimum, integerMaximum: maximum)
            case .number(let minimum):
                entry = Entry(kind: .number, minimum: minimum)
            case .boolean:
                entry = Entry(kind: .boolean)
            case .date:
                entry = Entry(kind: .date)
            case .choice(let values):
                let first = Int32(choices.count)
                for value in values { choices.append(store(value)) }
                entry = Entry(kind: .choice, first: first, count: Int32(values.count))
            }
            entries[Int(index)] = entry
            return index
        }

        mutating func store(_ text: String) -> Range<Int32> {
            let start = Int32(bytes.count)
            bytes.append(contentsOf: text.utf8)
            return start..<Int32(bytes.count)
        }

        mutating func format(_ format: TextFormat) -> Int32 {
            if let index = formats.firstIndex(of: format) { return Int32(index) }
            formats.append(format)
            return Int32(formats.count - 1)
        }
    }
}
