import QingdanCore

/// The machine-readable report, format `qingdan-report` version 1 (Docs/report-format.md).
public struct JSONReporter: Reporter {
    public static let name = "json"
    /// Bumped on any change that could break a consumer; additions of keys do not bump it.
    public static let formatVersion = 1

    public init() {}

    public func render(_ run: CheckRun) -> String {
        typealias Value = JSONWriter.Value
        let files: [Value] = run.reports.map { report in
            var pairs: [(String, Value)] = [
                ("path", .string(report.file)),
                ("status", .string(report.hasInputError ? "input-error" : report.findings.isEmpty ? "clean" : "findings")),
            ]
            if let header = report.header {
                pairs.append(("region", .object([
                    ("code", .optional(header.regionCode)),
                    ("name", .optional(header.regionName)),
                    ("level", .optional(header.level?.rawValue)),
                ])))
                pairs.append(("as_of", .optional(header.asOf?.description)))
            }
            pairs.append(("pack", report.pack.map { pack in
                .object([
                    ("id", .string(pack.id)),
                    ("chain", .array(pack.versionChain.map { .object([("id", .string($0.id)), ("version", .string($0.version))]) })),
                ])
            } ?? .null))
            pairs.append(("rules_run", .int(report.rulesRun)))
            pairs.append(("findings", .int(report.findings.count)))
            return .object(pairs)
        }
        let findings: [Value] = run.findings.map { finding in
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
        return JSONWriter.render(.object([
            ("format", .string("qingdan-report")),
            ("version", .int(Self.formatVersion)),
            ("tool", .object([("name", .string("qingdan")), ("version", .string(run.toolVersion))])),
            ("files", .array(files)),
            ("findings", .array(findings)),
            ("summary", .object([
                ("files", .int(run.reports.count)),
                ("errors", .int(run.count(.error))),
                ("warnings", .int(run.count(.warning))),
                ("infos", .int(run.count(.info))),
            ])),
        ]))
    }
}
