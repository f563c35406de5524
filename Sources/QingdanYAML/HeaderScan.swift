import CYAML

extension YAMLParser {
    /// What a first look at a filing finds: the scalars of one top-level mapping and some
    /// top-level scalars.
    public struct HeaderScan: Sendable, Equatable {
        public var mapping: [String: String]
        public var scalars: [String: String]
    }

    /// The scalar values of one top-level mapping (such as `region`), read without building a
    /// tree and stopping as soon as that mapping ends: a cheap first look at thousands of files.
    /// Nil when the document does not parse that far or has no such mapping.
    public static func topLevelScalars(of key: String, in source: SourceFile) -> [String: String]? {
        scanHeader(of: key, scalars: [], in: source)?.mapping
    }

    /// Like `topLevelScalars(of:in:)`, also reading the top-level scalars named in `scalars`;
    /// stops once the mapping has ended and every named scalar has been seen (or the root ends).
    public static func scanHeader(of key: String, scalars wanted: Set<String>, in source: SourceFile) -> HeaderScan? {
        scanHeader(of: key, scalars: wanted, in: source, trustingFlow: true)
    }

    /// The header from the first bytes of a longer file, only where the whole file is sure to
    /// give the same: nil when those bytes cannot tell (read the whole file then). A value cut
    /// off at the end of `prefix` (`as_of: 2024-0…`, a code missing its last digits, a mapping
    /// whose next key is past the end) would otherwise read as a different value.
    ///
    /// The prefix is read only up to the start of its last line that begins with content at
    /// column 0 (not a space, tab or `#`). In the block style filings are written in, such a line
    /// ends every value and mapping above it, so what lies above it reads as it does in the
    /// whole file. In the flow style it ends nothing, so a scan that is inside `{…}` or `[…]`
    /// when it has its answer is not trusted.
    public static func prefixHeader(of key: String, scalars wanted: Set<String>, in prefix: SourceFile) -> HeaderScan? {
        let bytes = prefix.bytes
        var cut = bytes.count
        while cut > 0 {
            cut -= 1
            guard bytes[cut] == 0x0A, cut + 1 < bytes.count else { continue }
            let first = bytes[cut + 1]
            if first != 0x20 && first != 0x09 && first != 0x0D && first != 0x0A && first != UInt8(ascii: "#") { break }
        }
        guard cut > 0 else { return nil }
        let whole = SourceFile(path: prefix.path, bytes: Array(bytes[...cut]))
        return quickHeader(of: key, scalars: wanted, in: whole.bytes)
            ?? scanHeader(of: key, scalars: wanted, in: whole, trustingFlow: false)
    }

    /// `scanHeader`; unless `trustingFlow`, nil when the answer comes while a flow collection is
    /// open (see `prefixHeader`).
    private static func scanHeader(
        of key: String, scalars wanted: Set<String>, in source: SourceFile, trustingFlow: Bool
    )
        -> HeaderScan?
    {
        source.bytes.withUnsafeBufferPointer { buffer -> HeaderScan? in
            guard buffer.count > 0 else { return nil }
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return nil }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)

            struct Frame {
                let isMapping: Bool
                var nextIsKey: Bool
                var key: String?
                let isTarget: Bool
                let isFlow: Bool
            }
            var frames: [Frame] = []
            var values: [String: String] = [:]
            var topLevel: [String: String] = [:]
            var mappingDone = false
            func finished() -> Bool {
                mappingDone && wanted.allSatisfy { topLevel[$0] != nil }
                    && (trustingFlow || !frames.contains { $0.isFlow })
            }
            var event = yaml_event_t()
            while yaml_parser_parse(&parser, &event) == 1 {
                defer { yaml_event_delete(&event) }
                switch event.type {
                case YAML_SCALAR_EVENT:
                    guard !frames.isEmpty else { return nil }
                    let text =
                        event.data.scalar.value.map {
                            String(
                                decoding: UnsafeBufferPointer(start: $0, count: Int(event.data.scalar.length)),
                                as: UTF8.self)
                        } ?? ""
                    let top = frames.count - 1
                    if frames[top].isMapping && frames[top].nextIsKey {
                        frames[top].key = text
                        frames[top].nextIsKey = false
                    } else {
                        if frames[top].isTarget, let name = frames[top].key { values[name] = text }
                        if top == 0, frames[top].key == key { return nil }
                        if top == 0, let name = frames[top].key, wanted.contains(name) {
                            topLevel[name] = text
                            if finished() { return HeaderScan(mapping: values, scalars: topLevel) }
                        }
                        frames[top].nextIsKey = frames[top].isMapping
                    }
                case YAML_MAPPING_START_EVENT, YAML_SEQUENCE_START_EVENT:
                    let isMapping = event.type == YAML_MAPPING_START_EVENT
                    var isTarget = false
                    if let top = frames.indices.last {
                        if frames[top].isMapping && frames[top].nextIsKey { return nil }
                        isTarget = top == 0 && frames[top].key == key
                        if isTarget && !isMapping { return nil }
                        frames[top].nextIsKey = frames[top].isMapping
                    }
                    let isFlow =
                        isMapping
                        ? event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
                        : event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE
                    frames.append(
                        Frame(isMapping: isMapping, nextIsKey: isMapping, key: nil, isTarget: isTarget, isFlow: isFlow))
                case YAML_MAPPING_END_EVENT, YAML_SEQUENCE_END_EVENT:
                    guard let frame = frames.popLast() else { return nil }
                    if frame.isTarget {
                        mappingDone = true
                        if finished() { return HeaderScan(mapping: values, scalars: topLevel) }
                    }
                    if frames.isEmpty { return mappingDone ? HeaderScan(mapping: values, scalars: topLevel) : nil }
                case YAML_ALIAS_EVENT, YAML_STREAM_END_EVENT:
                    return nil
                default:
                    break
                }
            }
            // A parse error: in a prefix, perhaps only where the prefix was cut.
            return mappingDone && trustingFlow ? HeaderScan(mapping: values, scalars: topLevel) : nil
        }
    }

    /// `scanHeader` over a tree already built (a JSON filing, which libyaml does not read as
    /// JSON): the scalars of the mapping `key` and the named top-level scalars.
    public static func scanHeader(of key: String, scalars wanted: Set<String>, in tree: YAMLTree) -> HeaderScan? {
        let root = tree.root
        guard root.isMapping, let target = root[key], target.isMapping else { return nil }
        var mapping: [String: String] = [:]
        for (name, value) in target.pairs where value.isScalar {
            if let name = name.text { mapping[name] = value.text }
        }
        var scalars: [String: String] = [:]
        for name in wanted {
            if let value = root[name], value.isScalar { scalars[name] = value.text }
        }
        return HeaderScan(mapping: mapping, scalars: scalars)
    }
}
