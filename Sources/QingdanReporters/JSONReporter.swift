import QingdanCore
import QingdanPluginAPI

/// The machine-readable report, format `qingdan-report` version 1 (Docs/report-format.md):
/// one entry per file with its findings, then the summary and the roll-up. Written as the run
/// goes; key order is fixed.
public struct JSONReporter: Reporter {
    /// Bumped on any change that could break a consumer; additions of keys do not bump it.
    public static let formatVersion = 1
    let toolVersion: String
    private var first = true
    private var constants = RuleConstants()

    public init(toolVersion: String) {
        self.toolVersion = toolVersion
    }

    public mutating func begin(into output: inout TextBuffer) {
        output += "{\n  \"format\": \"qingdan-report\",\n  \"version\": \(Self.formatVersion),\n"
        output += "  \"tool\": {\"name\": \"qingdan\", \"version\": "
        JSONWriter.escape(toolVersion, into: &output)
        output += "},\n  \"files\": ["
    }

    public mutating func add(_ report: FileReport, into output: inout TextBuffer) {
        output += first ? "\n    " : ",\n    "
        first = false
        var stream = JSONStream(depth: 2)
        Self.write(report, to: &stream, constants: &constants)
        output.bytes.append(contentsOf: stream.text.bytes)
    }

    public mutating func end(_ summary: RunSummary, into output: inout TextBuffer) {
        output += first ? "],\n  \"summary\": " : "\n  ],\n  \"summary\": "
        JSONWriter.write(
            .object([
                ("files", .int(summary.files)),
                ("clean", .int(summary.clean)),
                ("with_findings", .int(summary.withFindings)),
                ("input_errors", .int(summary.inputErrors)),
                ("errors", .int(summary.count(.error))),
                ("warnings", .int(summary.count(.warning))),
                ("infos", .int(summary.count(.info))),
                ("suppressed", .int(summary.suppressedTotal)),
                ("today", .optional(summary.today?.description)),
            ]), indent: 1, into: &output)
        output += ",\n  \"rollup\": "
        JSONWriter.write(
            .array(
                summary.rollup.keys.sorted().map { key in
                    .object([
                        ("region", .string(key.region)), ("name", .optional(summary.regionNames[key.region])),
                        ("topic", .string(key.topic.rawValue)), ("count", .int(summary.rollup[key]!)),
                    ])
                }), indent: 1, into: &output)
        output += "\n}\n"
    }

    /// One file's entry, written straight to the stream (no intermediate tree: this runs once
    /// per file of a run).
    static func write(_ report: FileReport, to stream: inout JSONStream) {
        var constants = RuleConstants()
        write(report, to: &stream, constants: &constants)
    }

    static func write(_ report: FileReport, to stream: inout JSONStream, constants: inout RuleConstants) {
        let canonicalFile = PathSpelling.canonical(report.file)
        stream.beginObject()
        stream.member("path", report.file)
        stream.member("status", report.hasInputError ? "input-error" : report.findings.isEmpty ? "clean" : "findings")
        stream.key("region")
        if let header = report.header {
            stream.beginObject()
            stream.member("code", header.regionCode)
            stream.member("name", header.regionName)
            stream.member("level", header.level?.rawValue)
            stream.endObject()
        } else {
            stream.null()
        }
        stream.member("as_of", report.header?.asOf?.description)
        stream.key("pack")
        if let pack = report.pack {
            stream.beginObject()
            stream.member("id", pack.id)
            stream.key("chain")
            stream.beginArray()
            for link in pack.chain {
                stream.item()
                stream.beginObject()
                stream.member("id", link.id)
                stream.member("version", link.version)
                stream.endObject()
            }
            stream.endArray()
            stream.endObject()
        } else {
            stream.null()
        }
        stream.member("rules_run", report.rulesRun)
        stream.member("rules_with_content", report.rulesWithContent)
        stream.key("findings")
        stream.beginArray()
        for finding in report.findings {
            stream.item()
            write(finding, suppression: nil, canonicalFile: canonicalFile, to: &stream, constants: &constants)
        }
        stream.endArray()
        stream.key("suppressed")
        stream.beginArray()
        for item in report.suppressed {
            stream.item()
            write(
                item.finding, suppression: item.suppression, canonicalFile: canonicalFile, to: &stream,
                constants: &constants)
        }
        stream.endArray()
        stream.endObject()
    }

    /// The members of a finding that are the same for every finding of its rule — hint, pack and
    /// basis — written once per rule and copied after that.
    struct RuleConstants {
        private var written: [String: TextBuffer] = [:]

        mutating func write(_ finding: Finding, to stream: inout JSONStream) {
            let key = "\(finding.ruleID.rawValue)\u{0}\(finding.packID ?? "")\u{0}\(stream.currentDepth)"
            if let fragment = written[key], finding.basis != nil {
                return stream.raw(fragment)
            }
            var fragment = JSONStream(depth: stream.currentDepth)
            JSONReporter.writeConstants(of: finding, to: &fragment)
            // Only a rule's findings share their basis; format problems have none and are few.
            if finding.basis != nil { written[key] = fragment.text }
            stream.raw(fragment.text)
        }
    }

    /// `"hint": …, "pack": …, "basis": {…}` as members of an open object.
    static func writeConstants(of finding: Finding, to stream: inout JSONStream) {
        stream.beginFragment()
        stream.member("hint", finding.hint)
        stream.member("pack", finding.packID)
        stream.key("basis")
        if let basis = finding.basis {
            stream.beginObject()
            stream.member("document", basis.documentID)
            stream.member("title", basis.document.title)
            stream.member("number", basis.document.number)
            stream.member("section", basis.section)
            stream.member("quote", basis.quote)
            stream.member("status", basis.status.rawValue)
            stream.member("document_status", basis.document.status.rawValue)
            stream.member("effective_from", basis.effective.from?.description)
            stream.member("effective_until", basis.effective.until?.description)
            stream.member("effective_status", basis.effective.verified ? "verified" : "unverified")
            stream.key("remarks")
            stream.beginArray()
            for remark in basis.remarks {
                stream.item()
                stream.string(remark)
            }
            stream.endArray()
            stream.endObject()
        } else {
            stream.null()
        }
    }

    static func write(
        _ finding: Finding, suppression: Suppression?, canonicalFile: String, to stream: inout JSONStream,
        constants: inout RuleConstants
    ) {
        stream.beginObject()
        stream.member("rule_id", finding.ruleID.rawValue)
        stream.member("topic", finding.topic.rawValue)
        stream.member("severity", finding.severity.rawValue)
        stream.member("file", finding.file)
        stream.member("line", finding.shownLine)
        stream.member("column", finding.shownColumn)
        if let cell = finding.cell {
            if !cell.sheet.isEmpty { stream.member("sheet", cell.sheet) }
            stream.member("cell", cell.reference)
        } else {
            stream.member("offset", finding.location.offset)
        }
        stream.member("path", finding.path.description)
        stream.member("message", finding.message)
        constants.write(finding, to: &stream)
        stream.member("fingerprint", finding.fingerprint(canonicalFile: canonicalFile))
        if let suppression {
            stream.key("suppression")
            stream.beginObject()
            stream.member("kind", suppression.kind.rawValue)
            stream.member("reason", suppression.reason)
            stream.member("approver", suppression.approver)
            stream.member("document", suppression.document)
            stream.member("until", suppression.until?.description)
            stream.endObject()
        }
        stream.endObject()
    }
}
