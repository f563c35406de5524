import QingdanPluginAPI
import QingdanYAML

/// Exemptions of whole filings from rules, approved by an authority and kept in one file that
/// `--waivers` names:
///
///     qingdan-waivers: 1
///     waivers:
///       - files: ["filings/500112/*.yaml"]
///         rules: [YB-CERT-COUNT]
///         reason: 经区政府同意，暂保留第 8 项证明至市级清理完成
///         approver: 渝北区人民政府
///         document: 渝北府办〔2023〕15号
///         until: 2025-12-31
public struct WaiverFile: Sendable {
    public struct Entry: Sendable {
        public let files: [Glob]
        public let rules: [String]
        public let reason: String
        public let approver: String
        public let document: String
        public let until: CivilDate?
        public let location: SourceLocation

        /// Whether a pattern matches `file` as given or in its one spelling (`./a.yaml` is `a.yaml`).
        public func covers(file: String) -> Bool {
            let spelled = PathSpelling.canonical(file)
            return files.contains { $0.matches(file) || $0.matches(spelled) }
        }
    }

    public let path: String
    public let entries: [Entry]

    static let schema = SchemaType.object(
        ObjectSchema(
            title: "豁免文件",
            properties: [
                Property("qingdan-waivers", .integer(minimum: 1, maximum: 1), required: true, title: "豁免文件格式版本"),
                Property(
                    "waivers",
                    .list(
                        .object(
                            ObjectSchema(
                                title: "豁免",
                                properties: [
                                    Property("files", .list(.text()), required: true, title: "适用的申报文件（可用 * 和 **）"),
                                    Property("rules", .list(.text(.ruleID)), required: true, title: "豁免的规则"),
                                    Property("reason", .text(), required: true, title: "理由"),
                                    Property("approver", .text(), required: true, title: "批准机关"),
                                    Property("document", .text(), required: true, title: "批准文号"),
                                    Property("until", .date, title: "有效至（含）"),
                                ]))), required: true, title: "豁免"),
            ]))

    /// Reads and validates a waiver file; every problem is located in it.
    public static func load(path: String, knownRules: Set<String>) -> Result<WaiverFile, PackLoadFailure> {
        func failure(
            _ location: SourceLocation, _ message: String, _ hint: String? = nil, code: PackProblem.Code = .waiverSchema
        ) -> PackProblem {
            PackProblem(code: code, file: path, location: location, message: message, hint: hint)
        }
        let limits = ParseLimits.waiverFile
        let tree: YAMLTree
        do {
            tree = try YAMLTree.parse(try SourceFile.load(path: path, maxBytes: limits.maxFileBytes), limits: limits)
        } catch {
            let problem =
                error.code == .limit
                ? failure(
                    error.location, "豁免文件超出上限（\(limits.maxFileBytes >> 20) MB、\(limits.maxNodes) 个值）：\(error.message)",
                    code: .waiverLimit)
                : failure(error.location, error.message, error.hint, code: .waiverSyntax)
            let slips = error.others.map { failure($0.location, $0.message, $0.hint, code: .waiverSyntax) }
            return .failure(PackLoadFailure(problems: [problem] + slips))
        }
        var problems = SchemaValidator.validate(tree.root, against: schema).map {
            failure($0.location, "\($0.path)：\($0.message)", $0.hint)
        }
        var entries: [Entry] = []
        for item in tree.root["waivers"]?.items.map({ $0 }) ?? [] where item.isMapping {
            // An entry without `rules` (the schema reports it) names none.
            let ruleNodes = item["rules"]?.items.filter { $0.text != nil } ?? []
            let rules = ruleNodes.compactMap(\.text)
            for (rule, node) in zip(rules, ruleNodes) where !knownRules.contains(rule) {
                problems.append(
                    failure(
                        node.location, "没有编号为「\(rule)」的规则",
                        Suggestions.hint(for: rule, among: knownRules.sorted(), listing: "规则编号")))
            }
            entries.append(
                Entry(
                    files: item["files"]?.items.compactMap { $0.text.map { Glob(PathSpelling.canonical($0)) } } ?? [],
                    rules: rules, reason: item["reason"]?.text ?? "", approver: item["approver"]?.text ?? "",
                    document: item["document"]?.text ?? "", until: item["until"]?.date,
                    location: item.location))
        }
        guard problems.isEmpty else { return .failure(PackLoadFailure(problems: problems)) }
        return .success(WaiverFile(path: path, entries: entries))
    }
}
