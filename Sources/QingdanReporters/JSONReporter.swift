import QingdanCore

/// The machine-readable report, format `qingdan-report` version 1 (Docs/report-format.md):
/// one entry per file with its findings, then the summary and the roll-up. Written as the run
/// goes; key order is fixed.
public struct JSONReporter: Reporter {
    /// Bumped on any change that could break a consumer; additions of keys do not bump it.
    public static let formatVersion = 1
    let toolVersion: String
    private var first = true

    public init(toolVersion: String) {
        self.toolVersion = toolVersion
    }

    public mutating func begin(into output: inout String) {
        output += "{\n  \"format\": \"qingdan-report\",\n  \"version\": \(Self.formatVersion),\n"
        output += "  \"tool\": {\"name\": \"qingdan\", \"version\": "
        JSONWriter.escape(toolVersion, into: &output)
        output += "},\n  \"files\": ["
    }

    public mutating func add(_ report: FileReport, into output: inout String) {
        output += first ? "\n    " : ",\n    "
        first = false
        JSONWriter.write(Self.file(report), indent: 2, into: &output)
    }

    public mutating func end(_ summary: RunSummary, into output: inout String) {
        output += first ? "],\n  \"summary\": " : "\n  ],\n  \"summary\": "
        JSONWriter.write(.object([
            ("files", .int(summary.files)),
            ("clean", .int(summary.clean)),
            ("with_findings", .int(summary.withFindings)),
            ("input_errors", .int(summary.inputErrors)),
            ("errors", .int(summary.count(.error))),
            ("warnings", .int(summary.count(.warning))),
            ("infos", .int(summary.count(.info))),
            ("suppressed", .int(summary.suppressedTotal)),
        ]), indent: 1, into: &output)
        output += ",\n  \"rollup\": "
        JSONWriter.write(.array(summary.rollup.keys.sorted().map { key in
            .object([("region", .string(key.region)), ("name", .optional(summary.regionNames[key.region])),
                     ("topic", .string(key.topic.rawValue)), ("count", .int(summary.rollup[key]!))])
        }), indent: 1, into: &output)
        output += "\n}\n"
    }

    static func file(_ report: FileReport) -> JSONWriter.Value {
        var pairs: [(String, JSONWriter.Value)] = [
            ("path", .string(report.file)),
            ("status", .string(report.hasInputError ? "input-error" : report.findings.isEmpty ? "clean" : "findings")),
        ]
        pairs.append(("region", report.header.map { header in
            .object([("code", .optional(header.regionCode)), ("name", .optional(header.regionName)),
                     ("level", .optional(header.level?.rawValue))])
        } ?? .null))
        pairs.append(("as_of", .optional(report.header?.asOf?.description)))
        pairs.append(("pack", report.pack.map { pack in
            .object([
                ("id", .string(pack.id)),
                ("chain", .array(pack.versionChain.map { .object([("id", .string($0.id)), ("version", .string($0.version))]) })),
            ])
        } ?? .null))
        pairs.append(("rules_run", .int(report.rulesRun)))
        pairs.append(("findings", .array(report.findings.map { finding($0) })))
        pairs.append(("suppressed", .array(report.suppressed.map { item in
            var value = finding(item.finding)
            if case .object(var fields) = value {
                fields.append(("suppression", .object([
                    ("kind", .string(item.suppression.kind.rawValue)),
                    ("reason", .string(item.suppression.reason)),
                    ("approver", .optional(item.suppression.approver)),
                    ("document", .optional(item.suppression.document)),
                    ("until", .optional(item.suppression.until?.description)),
                ])))
                value = .object(fields)
            }
            return value
        })))
        return .object(pairs)
    }

    static func finding(_ finding: Finding) -> JSONWriter.Value {
        .object([
            ("rule_id", .string(finding.ruleID)),
            ("topic", .string(finding.topic.rawValue)),
            ("severity", .string(finding.severity.rawValue)),
            ("file", .string(finding.file)),
            ("line", .int(finding.location.line)),
            ("column", .int(finding.location.column)),
            ("offset", .int(finding.location.offset)),
            ("path", .string(finding.path.description)),
            ("message", .string(finding.message)),
            ("hint", .optional(finding.hint)),
            ("pack", .optional(finding.packID)),
            ("basis", finding.basis.map { basis in
                .object([
                    ("document", .string(basis.documentID)),
                    ("title", .string(basis.document.title)),
                    ("number", .optional(basis.document.number)),
                    ("section", .string(basis.section)),
                    ("quote", .string(basis.quote)),
                    ("status", .string(basis.status.rawValue)),
                ])
            } ?? .null),
            ("fingerprint", .string(finding.fingerprint)),
        ])
    }
}
