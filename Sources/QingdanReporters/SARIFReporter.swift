import QingdanCore
import QingdanPluginAPI
import QingdanYAML

/// SARIF 2.1.0 for code-scanning tools (GitHub code scanning, Azure DevOps, IDE viewers): every
/// rule with its help text and legal basis, every finding as a result with its location; waived
/// and baselined findings as suppressed results.
public struct SARIFReporter: Reporter {
    let context: ReportContext
    private var ruleIndex: [FindingCode: Int] = [:]
    private var first = true

    /// Stable codes of format and engine findings, listed as rules too.
    static let formatCodes: [(id: FindingCode, topic: String, text: String)] =
        YAMLCodes.all + FindingCode.schemaCodes.map { ($0, "format.schema", "申报文件的键未知、缺少、为空或类型不对") } + [
            (.unknownPack, "format.schema", "申报文件指定的规则包不存在"),
            (.noPack, "format.schema", "无法为申报文件确定规则包"),
            (.noRules, "format.schema", "规则包中没有适用于这份申报的规则"),
            (.duplicateRegion, "filing.duplicate-region", "同一区划代码有多份申报"),
            (.packMismatch, "filing.pack-mismatch", "申报指定的规则包不适用于其地区，已按地区的规则包检查"),
            (.noLocalPack, "filing.no-local-pack", "没有该地区的地方规则包，只按全国规则检查"),
            (.nothingToCheck, "filing.nothing-to-check", "申报中没有适用规则检查的任何部分"),
            (.waiverBlanket, "waiver", "豁免注释没有指明规则"),
            (.waiverMalformed, "waiver", "豁免注释缺少理由、日期有误或规则编号不存在"),
            (.waiverExpired, "waiver", "豁免已到期"),
            (.waiverUnused, "waiver", "豁免没有豁免任何问题"),
            (.waiverUnwaivable, "waiver", "豁免注释指明的是输入或格式问题，不能豁免"),
        ]

    public init(context: ReportContext) {
        self.context = context
    }

    public mutating func begin(into output: inout TextBuffer) {
        var rules: [JSONWriter.Value] = []
        for rule in context.rules {
            ruleIndex[FindingCode(rule.id)] = rules.count
            rules.append(Self.descriptor(rule))
        }
        for code in Self.formatCodes where ruleIndex[code.id] == nil {
            ruleIndex[code.id] = rules.count
            // Waiver problems are warnings, the note that no local pack exists is information.
            let level =
                code.id == .noLocalPack || code.id == .nothingToCheck
                ? "note" : code.topic == "waiver" ? "warning" : "error"
            rules.append(
                .object([
                    ("id", .string(code.id.rawValue)),
                    ("shortDescription", .object([("text", .string(code.text))])),
                    (
                        "defaultConfiguration",
                        .object([("level", .string(level))])
                    ),
                    ("properties", .object([("tags", .array([.string(code.topic)]))])),
                ]))
        }
        output += "{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n  \"version\": \"2.1.0\",\n"
        output += "  \"runs\": [\n    {\n      \"tool\": {\n        \"driver\": "
        JSONWriter.write(
            .object([
                ("name", .string("qingdan")),
                ("version", .string(context.toolVersion)),
                ("rules", .array(rules)),
            ]), indent: 4, into: &output)
        output += "\n      },\n      \"columnKind\": \"unicodeCodePoints\",\n      \"results\": ["
    }

    public mutating func add(_ report: FileReport, into output: inout TextBuffer) {
        for finding in report.findings { write(result(finding, suppression: nil), into: &output) }
        for item in report.suppressed { write(result(item.finding, suppression: item.suppression), into: &output) }
    }

    public mutating func end(_ summary: RunSummary, into output: inout TextBuffer) {
        output += first ? "],\n" : "\n      ],\n"
        // The day waivers' `until` and missing `as_of` were judged against.
        if let today = summary.today { output += "      \"properties\": {\"today\": \"\(today)\"},\n" }
        output +=
            "      \"invocations\": [{\"executionSuccessful\": \(summary.hasInputError ? "false" : "true")}]\n    }\n  ]\n}\n"
    }

    private mutating func write(_ value: JSONWriter.Value, into output: inout TextBuffer) {
        output += first ? "\n        " : ",\n        "
        first = false
        JSONWriter.write(value, indent: 4, into: &output)
    }

    private func result(_ finding: Finding, suppression: Suppression?) -> JSONWriter.Value {
        var pairs: [(String, JSONWriter.Value)] = [
            ("ruleId", .string(finding.ruleID.rawValue))
        ]
        if let index = ruleIndex[finding.ruleID] { pairs.append(("ruleIndex", .int(index))) }
        pairs.append(("level", .string(Self.level(finding.severity))))
        var text = finding.message
        if let citation = finding.citation { text += "\n依据：\(citation)" }
        if let hint = finding.hint { text += "\n建议：\(hint)" }
        pairs.append(("message", .object([("text", .string(text))])))
        pairs.append(
            (
                "locations",
                .array([
                    .object([
                        (
                            "physicalLocation",
                            .object([
                                ("artifactLocation", .object([("uri", .string(Self.uri(finding.file)))])),
                                (
                                    "region",
                                    .object([
                                        ("startLine", .int(finding.shownLine)),
                                        ("startColumn", .int(finding.shownColumn)),
                                    ])
                                ),
                            ])
                        ),
                        (
                            "logicalLocations",
                            .array(
                                [
                                    .object([
                                        (
                                            "fullyQualifiedName",
                                            .string(finding.path.description.isEmpty ? "/" : finding.path.description)
                                        )
                                    ])
                                ]
                                    // A workbook's cell, as spreadsheets name it: its row and
                                    // column are the region's line and column.
                                    + (finding.cell.map { cell in
                                        [
                                            .object([
                                                ("name", .string(cell.reference)),
                                                ("fullyQualifiedName", .string(cell.description)),
                                                ("kind", .string("element")),
                                            ])
                                        ]
                                    } ?? []))
                        ),
                    ])
                ])
            ))
        pairs.append(("partialFingerprints", .object([("qingdan/v1", .string(finding.fingerprint))])))
        if let suppression {
            pairs.append(
                (
                    "suppressions",
                    .array([
                        .object([
                            ("kind", .string(suppression.kind == .inline ? "inSource" : "external")),
                            ("status", .string("accepted")),
                            (
                                "justification",
                                .string(
                                    [suppression.reason, suppression.approver, suppression.document]
                                        .compactMap { $0 }.joined(separator: "；"))
                            ),
                        ])
                    ])
                ))
        }
        pairs.append(("properties", .object([("topic", .string(finding.topic.rawValue))])))
        return .object(pairs)
    }

    static func descriptor(_ rule: Rule) -> JSONWriter.Value {
        let basis = rule.basis
        var help = "\(rule.title)\n\n依据：\(basis.document.title)"
        if let number = basis.document.number { help += "（\(number)）" }
        help += " \(basis.section)\n「\(basis.quote)」"
        help += basis.remarkText
        if let hint = rule.hint { help += "\n\n建议：\(hint)" }
        var markdown = "**\(rule.title)**\n\n依据：\(basis.document.title)"
        if let number = basis.document.number { markdown += "（\(number)）" }
        markdown += " \(basis.section)\n\n> \(basis.quote)"
        if !basis.remarks.isEmpty { markdown += "\n\n**" + basis.remarks.joined(separator: "；") + "**" }
        if let hint = rule.hint { markdown += "\n\n建议：\(hint)" }
        return .object([
            ("id", .string(rule.id)),
            ("name", .string(rule.id)),
            ("shortDescription", .object([("text", .string(rule.title))])),
            ("fullDescription", .object([("text", .string("\(rule.title)：「\(basis.quote)」"))])),
            ("help", .object([("text", .string(help)), ("markdown", .string(markdown))])),
            ("defaultConfiguration", .object([("level", .string(level(rule.severity)))])),
            (
                "properties",
                .object([
                    ("tags", .array([.string(rule.topic.rawValue), .string(rule.packID)])),
                    ("topic", .string(rule.topic.rawValue)),
                    ("pack", .string(rule.packID)),
                    (
                        "basis",
                        .object([
                            ("document", .string(basis.documentID)),
                            ("title", .string(basis.document.title)),
                            ("number", .optional(basis.document.number)),
                            ("section", .string(basis.section)),
                            ("quote", .string(basis.quote)),
                            ("status", .string(basis.status.rawValue)),
                            ("document_status", .string(basis.document.status.rawValue)),
                            ("effective_from", .optional(basis.effective.from?.description)),
                            ("effective_until", .optional(basis.effective.until?.description)),
                            ("effective_status", .string(basis.effective.verified ? "verified" : "unverified")),
                            ("remarks", .array(basis.remarks.map { .string($0) })),
                        ])
                    ),
                ])
            ),
        ])
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// A relative path as a URI reference: each segment percent-encoded where URIs require it.
    static func uri(_ path: String) -> String {
        var text = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                text.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                text += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return text
    }
}

/// Codes of the YAML layer with what each means, for formats that list them.
enum YAMLCodes {
    static let all: [(id: FindingCode, topic: String, text: String)] = [
        (.syntax, "format.syntax", "不是格式正确的 YAML"),
        (.encoding, "format.encoding", "不是 UTF-8 编码"),
        (.duplicateKey, "format.syntax", "同一映射中的键重复"),
        (.alias, "format.syntax", "使用了锚点或别名"),
        (.tag, "format.syntax", "使用了不支持的 YAML 标签"),
        (.complexKey, "format.syntax", "键不是文本"),
        (.multipleDocuments, "format.syntax", "一个文件中有多个 YAML 文档"),
        (.empty, "format.syntax", "文件是空的"),
        (.limit, "format.syntax", "超过大小、深度或节点数的上限"),
        (.unreadable, "format.syntax", "无法读取文件"),
        (.fullWidthColon, "format.syntax", "键后面用了全角冒号"),
        (.fullWidthIndent, "format.syntax", "用了全角空格缩进"),
        (.tabIndent, "format.syntax", "用了 Tab 缩进"),
        (.fullWidthDash, "format.syntax", "列表项前用了全角短横线"),
        (.fullWidthHash, "format.syntax", "注释用了全角「＃」"),
    ]
}
