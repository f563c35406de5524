import QingdanCore
import QingdanPluginAPI

/// JSON Schemas (draft-07) for the filing format and the rule-pack format, generated from the
/// declarations the validators use, so editors (a `# yaml-language-server: $schema=…` comment)
/// and general tools check the same things Qingdan does. A test fails when the published copies
/// in Docs/schemas are stale.
public enum JSONSchemas {
    public static func filing(_ format: FilingFormat) -> String {
        JSONWriter.render(
            document(
                id: "https://qingdan.example/schemas/filing.schema.json",
                title: "Qingdan 申报文件（格式版本 \(FilingFormat.version)）",
                body: schema(format.document, required: true)))
    }

    public static func rulePack(_ registry: CheckKindRegistry) -> String {
        let check = JSONWriter.Value.object([
            ("description", .string("检查：kind 为检查类型，其余为该类型的选项")),
            (
                "anyOf",
                .array(
                    registry.names.map { name in
                        let kind = registry.kind(named: name)!
                        let options = ObjectSchema(
                            title: "\(name) 的选项",
                            properties: [Property("kind", .choice([name]), required: true, title: kind.summary)]
                                + kind.options.properties)
                        return schema(.object(options), required: true)
                    })
            ),
        ])
        let fragment = JSONWriter.Value.object([("$ref", .string("#/definitions/filingFragment"))])
        let example = JSONWriter.Value.object([
            (
                "anyOf",
                .array([
                    fragment,
                    .object([
                        ("type", .string("object")),
                        ("properties", .object([("filing", fragment), ("district", fragment)])),
                        ("required", .array([.string("filing"), .string("district")])),
                        ("additionalProperties", .bool(false)),
                    ]),
                ])
            )
        ])
        let examples = JSONWriter.Value.object([("type", .string("array")), ("minItems", .int(1)), ("items", example)])
        return JSONWriter.render(
            document(
                id: "https://qingdan.example/schemas/rule-pack.schema.json",
                title: "Qingdan 规则包（格式版本 \(PackSchema.version)）",
                body: schema(
                    PackSchema.file, required: true, deferred: ["check": check, "fail": examples, "pass": examples]),
                definitions: [("filingFragment", schema(.object(registry.format.root.relaxed), required: true))]))
    }

    private static func document(
        id: String, title: String, body: JSONWriter.Value,
        definitions: [(String, JSONWriter.Value)] = []
    ) -> JSONWriter.Value {
        guard case .object(let pairs) = body else { return body }
        return .object(
            [
                ("$schema", .string("http://json-schema.org/draft-07/schema#")),
                ("$id", .string(id)),
                ("title", .string(title)),
            ] + pairs.filter { $0.0 != "title" } + (definitions.isEmpty ? [] : [("definitions", .object(definitions))]))
    }

    /// The JSON Schema of `type`. Optional values may be null: Qingdan reads an empty optional
    /// key as absent. Text accepts any scalar, as Qingdan reads plain scalars as text.
    static func schema(
        _ type: SchemaType, required: Bool, deferred: [String: JSONWriter.Value] = [:],
        name: String? = nil
    ) -> JSONWriter.Value {
        func nullable(_ types: [String]) -> JSONWriter.Value {
            let all = required ? types : types + ["null"]
            return all.count == 1 ? .string(all[0]) : .array(all.map(JSONWriter.Value.string))
        }
        switch type {
        case .text(let format):
            var pairs: [(String, JSONWriter.Value)] = []
            if let pattern = format.pattern {
                pairs.append(("type", nullable(["string"])))
                pairs.append(("pattern", .string(pattern)))
            } else {
                pairs.append(("type", nullable(["string", "number", "boolean"])))
            }
            return .object(pairs)
        case .integer(let minimum, let maximum):
            return .object(
                [("type", nullable(["integer"]))] + (minimum.map { [("minimum", .int($0))] } ?? [])
                    + (maximum.map { [("maximum", .int($0))] } ?? []))
        case .number(let minimum):
            return .object([("type", nullable(["number"]))] + (minimum.map { [("minimum", .int(Int($0)))] } ?? []))
        case .boolean:
            return .object([("type", nullable(["boolean"]))])
        case .date:
            return .object([("type", nullable(["string"])), ("pattern", .string("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))])
        case .choice(let values):
            return .object([("enum", .array(values.map(JSONWriter.Value.string) + (required ? [] : [.null])))])
        case .list(let element):
            return .object([
                ("type", nullable(["array"])), ("items", schema(element, required: true, deferred: deferred)),
            ])
        case .object(let object):
            var properties: [(String, JSONWriter.Value)] = []
            for property in object.properties {
                var value =
                    deferred[property.name] ?? schema(property.type, required: property.required, deferred: deferred)
                if case .object(var pairs) = value {
                    pairs.insert(
                        ("description", .string(property.title + (property.summary.map { "：" + $0 } ?? ""))), at: 0)
                    value = .object(pairs)
                }
                properties.append((property.name, value))
            }
            var pairs: [(String, JSONWriter.Value)] = [
                ("type", nullable(["object"])),
                ("title", .string(object.title)),
                ("properties", .object(properties)),
            ]
            let requiredNames = object.properties.filter(\.required).map(\.name)
            if !requiredNames.isEmpty { pairs.append(("required", .array(requiredNames.map(JSONWriter.Value.string)))) }
            pairs.append(("additionalProperties", .bool(false)))
            return .object(pairs)
        case .dictionary(let key, let value):
            var pairs: [(String, JSONWriter.Value)] = [
                ("type", nullable(["object"])),
                ("additionalProperties", schema(value, required: true, deferred: deferred)),
            ]
            if let pattern = key.pattern { pairs.append(("propertyNames", .object([("pattern", .string(pattern))]))) }
            return .object(pairs)
        case .deferred(let description):
            return .object([("description", .string(description))])
        }
    }
}
