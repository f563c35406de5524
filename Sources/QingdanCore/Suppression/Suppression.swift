import QingdanPluginAPI
import QingdanYAML

/// Why a finding is not counted.
public struct Suppression: Sendable, Equatable {
    public enum Kind: String, Sendable {
        /// A `# qingdan: allow` comment in the filing.
        case inline
        /// An entry of the waiver file.
        case waiverFile
        /// The finding is in the baseline.
        case baseline
    }

    public let kind: Kind
    public let reason: String
    public let approver: String?
    public let document: String?
    public let until: CivilDate?
}

public struct SuppressedFinding: Sendable, Equatable {
    public var finding: Finding
    public let suppression: Suppression
}

/// Applies waivers and the baseline to one file's findings.
public struct Suppressor: Sendable {
    public let waiverFile: WaiverFile?
    public let baseline: Baseline?
    /// Waivers expire after this day.
    public let today: CivilDate
    /// Rule ids and format codes a waiver may name.
    public let knownRules: Set<String>

    public init(waiverFile: WaiverFile? = nil, baseline: Baseline? = nil, today: CivilDate, knownRules: Set<String>) {
        self.waiverFile = waiverFile
        self.baseline = baseline
        self.today = today
        self.knownRules = knownRules
    }

    public struct Outcome: Sendable {
        public var findings: [Finding]
        public var suppressed: [SuppressedFinding]
        /// Indexes of waiver-file entries that waived something here.
        public var usedWaiverEntries: Set<Int>
    }

    public func apply(to findings: [Finding], source: SourceFile, root: YAMLNode?) -> Outcome {
        var active: [Finding] = []
        var suppressed: [SuppressedFinding] = []
        var problems: [Finding] = []
        let file = source.path
        func problem(
            _ code: FindingCode, _ severity: Severity, _ location: SourceLocation, _ message: String, _ hint: String?
        ) {
            problems.append(
                Finding(
                    ruleID: code, topic: .waiver, severity: severity, file: file, location: location,
                    path: [], message: message, hint: hint, anchor: "line \(location.line)", identity: message))
        }

        var waivers: [InlineWaiver] = []
        for waiver in root.map({ InlineWaiver.scan($0.tree) }) ?? [] {
            if waiver.isBlanket {
                problem(
                    .waiverBlanket, .error, waiver.location, "豁免注释没有指明规则，不豁免任何问题",
                    "写成 `# qingdan: allow 规则编号 reason=\"理由\"`；每条豁免只针对一条规则")
            } else if let wording = waiver.wordingProblem {
                problem(
                    .waiverMalformed, .error, waiver.location, "豁免注释有误：\(wording)，不豁免任何问题",
                    "写成 `# qingdan: allow \(waiver.rules.joined(separator: ",")) reason=\"理由\" until=2025-12-31`")
            } else if waiver.reason == nil {
                problem(
                    .waiverMalformed, .error, waiver.location, "豁免注释缺少理由（reason），不豁免任何问题",
                    "写成 `# qingdan: allow \(waiver.rules.joined(separator: ",")) reason=\"理由\"`")
            } else if let text = waiver.invalidUntil {
                problem(.waiverMalformed, .error, waiver.location, "豁免注释的 until「\(text)」不是日期", "写成 until=2025-12-31")
            } else if let code = waiver.rules.first(where: { !FindingCode($0).isWaivable }) {
                problem(
                    .waiverUnwaivable, .error, waiver.location, Self.unwaivableMessage(code) + "，这条注释不豁免任何问题",
                    Self.unwaivableHint)
            } else if let unknown = waiver.rules.first(where: { !knownRules.contains($0) }) {
                problem(
                    .waiverMalformed, .error, waiver.location, "豁免注释中的「\(unknown)」不是规则编号",
                    Suggestions.hint(for: unknown, among: knownRules.sorted(), listing: "规则编号"))
            } else if let until = waiver.until, until < today {
                problem(
                    .waiverExpired, .warning, waiver.location,
                    "豁免 \(waiver.rules.joined(separator: "、")) 已于 \(until) 到期，不再豁免", "问题已改正的删去这条注释；仍需豁免的重新审批并更新 until")
            } else {
                waivers.append(waiver)
            }
        }
        var usedInline = Set<Int>()
        var usedEntries = Set<Int>()
        let entries = waiverFile?.entries.enumerated().filter { $0.element.covers(file: file) } ?? []

        for finding in findings {
            if !finding.isWaivable {
                active.append(finding)
            } else if let index = waivers.firstIndex(where: {
                $0.targetLine == finding.location.line && $0.rules.contains(finding.ruleID.rawValue)
            }) {
                usedInline.insert(index)
                let waiver = waivers[index]
                suppressed.append(
                    SuppressedFinding(
                        finding: finding,
                        suppression: Suppression(
                            kind: .inline, reason: waiver.reason ?? "", approver: nil, document: nil,
                            until: waiver.until)))
            } else if let (index, entry) = entries.first(where: {
                $0.element.rules.contains(finding.ruleID.rawValue)
                    && ($0.element.until.map { today <= $0 } ?? true)
            }) {
                usedEntries.insert(index)
                suppressed.append(
                    SuppressedFinding(
                        finding: finding,
                        suppression: Suppression(
                            kind: .waiverFile, reason: entry.reason, approver: entry.approver, document: entry.document,
                            until: entry.until)))
            } else if let baseline, baseline.fingerprints.contains(finding.fingerprint) {
                suppressed.append(
                    SuppressedFinding(
                        finding: finding,
                        suppression: Suppression(
                            kind: .baseline, reason: "基线中已有", approver: nil, document: nil, until: nil)))
            } else {
                active.append(finding)
            }
        }
        for (index, waiver) in waivers.enumerated() where !usedInline.contains(index) {
            problem(
                .waiverUnused, .warning, waiver.location,
                "豁免 \(waiver.rules.joined(separator: "、")) 没有豁免任何问题（第 \(waiver.targetLine) 行没有这条规则的问题）",
                "问题已改正的删去这条注释；注释要写在问题所在行的上一行")
        }
        return Outcome(findings: active + problems, suppressed: suppressed, usedWaiverEntries: usedEntries)
    }

    /// 「schema.type」是输入或格式问题的代码，不能豁免: for an inline waiver that names an input
    /// or format code (the waiver file's `rules` take rule ids only, so its schema refuses them).
    static func unwaivableMessage(_ code: String) -> String {
        "「\(code)」是输入或格式问题的代码，不能豁免"
    }

    static let unwaivableHint =
        "改正申报文件本身（YAML 格式、键和值、区划代码、规则包、重复申报）；豁免只能针对规则编号，如 YB-CERT-COUNT"

    /// Findings for waiver-file entries that waived nothing in the whole run, or have expired.
    public func waiverFileProblems(used: Set<Int>) -> [Finding] {
        guard let waiverFile else { return [] }
        var problems: [Finding] = []
        for (index, entry) in waiverFile.entries.enumerated() {
            let rules = entry.rules.joined(separator: "、")
            if let until = entry.until, until < today {
                problems.append(
                    Finding(
                        ruleID: .waiverExpired, topic: .waiver, severity: .warning, file: waiverFile.path,
                        location: entry.location, path: ["waivers", .index(index)],
                        message: "豁免 \(rules)（\(entry.document)）已于 \(until) 到期，不再豁免",
                        hint: "重新审批并更新 until，或删去这条豁免"))
            } else if !used.contains(index) {
                problems.append(
                    Finding(
                        ruleID: .waiverUnused, topic: .waiver, severity: .warning, file: waiverFile.path,
                        location: entry.location, path: ["waivers", .index(index)],
                        message: "豁免 \(rules)（\(entry.document)）在本次检查中没有豁免任何问题",
                        hint: "问题已改正或文件已不在检查范围的，删去这条豁免"))
            }
        }
        return problems
    }
}

extension FindingCode {
    /// Codes that no waiver, waiver file or baseline may suppress: the file could not be read,
    /// parsed or validated as a filing, or could not be judged as written (no pack, a pack that
    /// does not cover it, no rule, nothing for the rules to read, another filing of the same
    /// region and date). Waiving one would let a malformed filing pass.
    public static let unwaivableCodes: Set<FindingCode> = Set(
        yamlCodes + schemaCodes + [.unknownPack, .noPack, .noRules, .duplicateRegion, .packMismatch, .nothingToCheck])

    /// Whether a waiver may name this code: not one of `unwaivableCodes`, nor any code of the
    /// input, YAML or schema families (a plugin's own schema code included).
    public var isWaivable: Bool {
        !Self.unwaivableCodes.contains(self) && !rawValue.hasPrefix("yaml.") && !rawValue.hasPrefix("input.")
            && !rawValue.hasPrefix("schema.")
    }
}

extension Finding {
    /// Whether a waiver or the baseline may suppress this finding: its code is waivable and it
    /// is no input error (a `format.*` topic, which makes the exit status 2).
    public var isWaivable: Bool { ruleID.isWaivable && !topic.isFormat }
}
