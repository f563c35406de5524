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
            }
            var frames: [Frame] = []
            var values: [String: String] = [:]
            var topLevel: [String: String] = [:]
            var mappingDone = false
            func finished() -> Bool { mappingDone && wanted.allSatisfy { topLevel[$0] != nil } }
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
                    frames.append(Frame(isMapping: isMapping, nextIsKey: isMapping, key: nil, isTarget: isTarget))
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
            return mappingDone ? HeaderScan(mapping: values, scalars: topLevel) : nil
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
