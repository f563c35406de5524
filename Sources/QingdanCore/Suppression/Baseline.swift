import QingdanPluginAPI
import QingdanYAML

/// The findings a project accepted when it adopted Qingdan: `qingdan baseline` writes them and
/// `--baseline` fails only on findings not in it. Findings are matched by fingerprint.
public struct Baseline: Sendable {
    public static let format = "qingdan-baseline"
    public static let version = 1

    public let fingerprints: Set<String>

    public init(fingerprints: Set<String>) {
        self.fingerprints = fingerprints
    }

    /// Reads a baseline written by `qingdan baseline` (JSON, read strictly when its name ends `.json`).
    public static func load(path: String, limits: ParseLimits = .baseline) -> Result<Baseline, PackLoadFailure> {
        func failure(_ code: PackProblem.Code, _ location: SourceLocation, _ message: String, _ hint: String? = nil)
            -> Result<Baseline, PackLoadFailure>
        {
            .failure(
                PackLoadFailure(problems: [
                    PackProblem(code: code, file: path, location: location, message: message, hint: hint)
                ]))
        }
        let tree: YAMLTree
        do {
            tree = try YAMLTree.parse(try SourceFile.load(path: path, maxBytes: limits.maxFileBytes), limits: limits)
        } catch {
            if error.code == .limit {
                return failure(
                    .baselineLimit, error.location,
                    "基线文件超出上限（\(limits.maxFileBytes >> 20) MB、\(limits.maxNodes) 个值）：\(error.message)")
            }
            return failure(.baselineSyntax, error.location, error.message, error.hint)
        }
        let root = tree.root
        guard root["format"]?.text == format, root["version"]?.integer == version,
            let findings = root["findings"], findings.isSequence
        else {
            return failure(
                .baselineSchema, root.location, "不是 Qingdan 基线文件（format: \(format)，version: \(version)）",
                "用 `qingdan baseline` 生成基线文件")
        }
        return .success(Baseline(fingerprints: Set(findings.items.compactMap { $0["fingerprint"]?.text })))
    }

    /// The baseline file for `findings`, sorted so that it diffs well.
    public static func render(_ findings: [Finding]) -> String {
        let sorted = findings.sorted {
            ($0.file, $0.ruleID, $0.anchor, $0.identity) < ($1.file, $1.ruleID, $1.anchor, $1.identity)
        }
        return JSONWriter.render(
            .object([
                ("format", .string(format)),
                ("version", .int(version)),
                (
                    "findings",
                    .array(
                        sorted.map { finding in
                            .object([
                                ("fingerprint", .string(finding.fingerprint)),
                                ("rule_id", .string(finding.ruleID.rawValue)),
                                ("file", .string(finding.file)),
                                ("anchor", .string(finding.anchor)),
                                ("message", .string(finding.message)),
                            ])
                        })
                ),
            ]))
    }
}
