import QingdanPluginAPI
import QingdanYAML

/// A pack file parsed and checked against the pack schema, before its rules are compiled
/// (compiling needs the documents of the packs it extends).
struct PackFile: Sendable {
    let id: String
    let version: String
    let title: String
    let extends: String?
    let regions: [String]
    let effective: DateRange
    let documents: [String: PolicyDocument]
    let ruleNodes: [YAMLNode]
    let root: YAMLNode
    var file: String { root.tree.source.path }

    /// Parses and validates one pack file; nil when it has problems (appended to `problems`).
    /// Whether a schema issue is about a rule's policy citation (`basis` missing or incomplete):
    /// those get their own code, since a rule without its citation must never ship.
    static func isCitation(_ issue: SchemaIssue) -> Bool {
        let keys = issue.path.components.compactMap { component -> String? in
            if case .key(let key) = component { return key }
            return nil
        }
        guard keys.first == "rules" else { return false }
        return keys.contains("basis") || issue.missingKey == "basis"
    }

    static func read(id: String, source: SourceFile, problems: inout [PackProblem]) -> PackFile? {
        let tree: YAMLTree
        do {
            tree = try YAMLParser.parse(source)
        } catch {
            // Every typing slip of the file, not only the first.
            problems += error.all.map {
                PackProblem(code: .syntax, file: source.path, location: $0.location, message: $0.message, hint: $0.hint)
            }
            return nil
        }
        let root = tree.root
        let issues = SchemaValidator.validate(root, against: PackSchema.file)
        problems += issues.map {
            PackProblem(
                code: Self.isCitation($0) ? .citation : .schema, file: source.path, location: $0.location,
                message: "\($0.path)：\($0.message)", hint: $0.hint)
        }
        guard issues.isEmpty else { return nil }
        if let version = root["qingdan-pack"]?.integer, version != PackSchema.version {
            problems.append(
                PackProblem(
                    code: .schema, file: source.path, location: root["qingdan-pack"]!.location,
                    message: "不支持规则包格式版本 \(version)；这一版 Qingdan 读版本 \(PackSchema.version)"))
            return nil
        }
        let declared = root["id"]?.text ?? ""
        guard declared == id else {
            problems.append(
                PackProblem(
                    code: .idMismatch, file: source.path, location: root["id"]!.location,
                    message: "规则包名「\(declared)」与文件位置不符，按位置应为「\(id)」",
                    hint: "规则包名就是它在规则目录下的路径（不含 .yaml）"))
            return nil
        }
        let effective = dateRange(root["effective"])
        if let problem = orderProblem(effective, root["effective"], file: source.path, what: "规则包") {
            problems.append(problem)
        }
        var documents: [String: PolicyDocument] = [:]
        if let table = root["documents"] {
            for (key, value) in table.pairs {
                let document = PolicyDocument(
                    title: value["title"]?.text ?? "", number: value["number"]?.text,
                    source: value["source"]?.text, issued: value["issued"]?.text,
                    authority: Authority(rawValue: value["level"]?.text ?? "") ?? .township,
                    status: PolicyDocument.Status(rawValue: value["status"]?.text ?? "") ?? .draft)
                if document.status != .draft, let word = PolicyDocument.draftWords.first(where: document.title.contains)
                {
                    problems.append(
                        PackProblem(
                            code: .citation, file: source.path, location: (value["status"] ?? value).location,
                            message: "文件「\(document.title)」是\(word)，status 却不是 draft",
                            hint: "写 status: draft：以征求意见稿为依据的规则，每份报告都会注明「依据为征求意见稿」"))
                }
                documents[key.text ?? ""] = document
            }
        }
        return PackFile(
            id: id, version: root["version"]?.text ?? "", title: root["title"]?.text ?? "",
            extends: root["extends"]?.text, regions: root["regions"]?.items.compactMap(\.text) ?? [],
            effective: effective, documents: documents,
            ruleNodes: root["rules"].map { Array($0.items) } ?? [], root: root)
    }

    /// The problem of an `effective` range that ends before it begins (`what` names whose it is),
    /// located at its `until`.
    static func orderProblem(_ range: DateRange, _ node: YAMLNode?, file: String, what: String) -> PackProblem? {
        guard let from = range.from, let until = range.until, until < from, let node else { return nil }
        return PackProblem(
            code: .dates, file: file, location: (node["until"] ?? node).location,
            message: "\(what)的有效期 effective.from \(from) 晚于 effective.until \(until)，没有一天有效",
            hint: "核对这两个日期：until 是失效前的最后一天（含），不能早于 from；是否写反了？")
    }

    static func dateRange(_ node: YAMLNode?) -> DateRange {
        DateRange(
            from: node?["from"]?.date, until: node?["until"]?.date,
            verified: node?["status"]?.text != LegalBasis.Status.unverified.rawValue, note: node?["note"]?.text)
    }
}
