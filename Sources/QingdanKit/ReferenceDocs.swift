import QingdanCore
import QingdanPluginAPI

/// Reference pages generated from the declarations, so they cannot drift from the code:
/// Docs/filing-format-keys.md, Docs/check-kinds.md and Docs/rules.md. A test regenerates them
/// and fails when the committed copies are stale.
public enum ReferenceDocs {
    static let banner = "<!-- Generated from the code by Tests/RulePackTests/ReferenceDocsTests.swift; "
        + "run `QINGDAN_UPDATE_GOLDEN=1 swift test` to refresh. Do not edit by hand. -->\n\n"

    /// Every key of the filing format, with its type and meaning.
    public static func filingKeys(_ format: FilingFormat) -> String {
        var text = banner + "# Filing format, version \(FilingFormat.version): every key\n\n"
        text += "| key | type | required | meaning |\n|---|---|---|---|\n"
        func visit(_ type: SchemaType, prefix: String) {
            let object: ObjectSchema
            switch type {
            case .object(let schema): object = schema
            case .list(.object(let schema)): object = schema
            default: return
            }
            for property in object.properties {
                let path = prefix.isEmpty ? property.name : prefix + "." + property.name
                let shown = if case .list(.object) = property.type { path + "[]" } else { path }
                var meaning = property.title
                if let summary = property.summary { meaning += "：" + summary }
                text += "| `\(shown)` | \(describe(property.type)) | \(property.required ? "yes" : "") | \(meaning) |\n"
                if case .list(.object) = property.type { visit(property.type, prefix: path + "[]") } else { visit(property.type, prefix: path) }
            }
        }
        visit(format.document, prefix: "")
        return text
    }

    /// Every check kind: what it does, its options and the values its messages may use.
    public static func checkKinds(_ registry: CheckKindRegistry) -> String {
        var text = banner + "# Check kinds\n\n"
        for name in registry.names {
            let kind = registry.kind(named: name)!
            text += "## `\(name)`\n\n\(kind.summary)\n\n| option | type | required | meaning |\n|---|---|---|---|\n"
            for property in kind.options.properties {
                text += "| `\(property.name)` | \(describe(property.type)) | \(property.required ? "yes" : "") | \(property.title) |\n"
            }
            text += "\nMessage values: " + kind.placeholders.map { "`{\($0.name)}` \($0.meaning)" }.joined(separator: "; ") + "\n"
            if !kind.limits.isEmpty {
                text += "\nLimits (a child pack may only tighten them): "
                    + kind.limits.map { "`\($0.option)` (\(describe($0.stricter)))" }.joined(separator: ", ") + "\n"
            }
            text += "\n"
        }
        return text
    }

    private static func describe(_ stricter: Stricter) -> String {
        switch stricter {
        case .lower: "lower is stricter"
        case .higher: "higher is stricter"
        case .superset: "a child keeps every entry of its parent's"
        }
    }

    /// Every rule of every pack, with its legal basis.
    public static func ruleCatalogue(_ library: PackLibrary) -> String {
        var text = banner + "# Rule catalogue\n\n"
        for id in library.ids {
            let pack = library.pack(id: id)!.pack
            text += "## `\(id)` — \(pack.title) (version \(pack.version))\n\n"
            if let parent = pack.extends { text += "Extends `\(parent)`. " }
            if !pack.regions.isEmpty { text += "Chosen for region codes starting \(pack.regions.map { "`\($0)`" }.joined(separator: ", ")). " }
            text += "\(pack.rules.count) rules.\n\n"
            for rule in pack.rules {
                text += "### \(rule.id): \(rule.title)\n\n"
                text += "- topic `\(rule.topic.rawValue)`, severity `\(rule.severity.rawValue)`, check `\(rule.kind.name)`"
                text += rule.levels.isEmpty ? "" : ", levels \(rule.levels.map(\.rawValue).joined(separator: ", "))"
                text += rule.effective == .always ? "" : ", in force \(rule.effective)"
                text += rule.replaces.map { ", replaces `\($0)`" } ?? ""
                text += "\n- basis (\(rule.basis.status.rawValue)): \(rule.basis.document.title)"
                text += rule.basis.document.number.map { "（\($0)）" } ?? ""
                text += " \(rule.basis.section)\n  > \(rule.basis.quote)\n\n"
            }
        }
        return text
    }

    private static func describe(_ type: SchemaType) -> String {
        switch type {
        case .text(let format): format == .any ? "text" : "text (\(format.rawValue))"
        case .integer(let minimum): minimum.map { "integer ≥ \($0)" } ?? "integer"
        case .number(let minimum): minimum.map { "number ≥ \(Int($0))" } ?? "number"
        case .boolean: "boolean"
        case .date: "date"
        case .choice(let values): values.map { "`\($0)`" }.joined(separator: " \\| ")
        case .list(let element): "list of " + describe(element)
        case .object: "mapping"
        case .dictionary(_, let value): "mapping of name → " + describe(value)
        case .deferred(let description): description
        }
    }
}
