import QingdanPluginAPI
import QingdanYAML

/// Turns a rule's mapping into a `Rule`: resolves its citation, validates and compiles its check
/// options with the kind's schema, checks its message placeholders and its examples.
struct RuleCompiler {
    let registry: CheckKindRegistry
    /// Documents the rule may cite: its pack's and its ancestors'.
    let documents: [String: PolicyDocument]
    let packID: String
    let packEffective: DateRange

    func compile(_ node: YAMLNode, problems: inout [PackProblem]) -> Rule? {
        let file = node.tree.source.path
        let before = problems.count
        func problem(_ code: PackProblem.Code, _ at: YAMLNode?, _ message: String, hint: String? = nil) {
            problems.append(
                PackProblem(code: code, file: file, location: (at ?? node).location, message: message, hint: hint))
        }
        let id = node["id"]?.text ?? ""

        let topicText = node["topic"]?.text ?? ""
        let topic = Topic(rawValue: topicText)
        if topic == nil {
            problem(
                .schema, node["topic"], "\(id)：未知的问题类别「\(topicText)」",
                hint: Suggestions.hint(for: topicText, among: Topic.all.map(\.rawValue), listing: "类别"))
        }

        let basisNode = node["basis"]!
        let documentID = basisNode["document"]?.text ?? ""
        let document = documents[documentID]
        if document == nil {
            problem(
                .citation, basisNode["document"], "\(id)：引用的文件「\(documentID)」不在本规则包及其上级规则包的 documents 中",
                hint: Suggestions.hint(for: documentID, among: documents.keys.sorted(), listing: "文件简称"))
        }

        let effective = PackFile.dateRange(node["effective"])
        if let reversed = PackFile.orderProblem(effective, node["effective"], file: file, what: "\(id)：规则") {
            problems.append(reversed)
        } else if !DateRange.within(effective, packEffective).isSatisfiable {
            // At the rule's end that lies outside the pack's days.
            let ends = packEffective.from.map { from in effective.until.map { $0 < from } ?? false } ?? false
            problem(
                .dates, node["effective"]?[ends ? "until" : "from"] ?? node["effective"],
                "\(id)：规则的有效期（\(effective)）与规则包的有效期（\(packEffective)）没有重叠，规则没有一天有效",
                hint: "核对规则和规则包的 effective：规则只在两者都有效的日子里检查")
        }
        if let document, let issued = document.issued.flatMap({ CivilDate($0) }), let from = effective.from,
            from < issued
        {
            problem(
                .citation, node["effective"]?["from"],
                "\(id)：施行日期 \(from) 早于所引文件的发布日期 \(issued)，规则不能早于它的依据生效",
                hint: "把 effective.from 改为 \(issued) 或更晚（文件规定的施行日期）")
        }

        let checkNode = node["check"]!
        let compiled = compileCheck(checkNode, ruleID: id, problems: &problems)

        let message = MessageTemplate(node["message"]?.text ?? "")
        if let (kind, check) = compiled {
            let known = kind.placeholders.map(\.name) + check.extraPlaceholders
            for variable in message.variables where !known.contains(variable) {
                problem(
                    .template, node["message"], "\(id)：消息模板中的「{\(variable)}」不是检查类型 \(kind.name) 提供的值",
                    hint: Suggestions.hint(for: variable, among: known, listing: "值"))
            }
        }

        let examples = readExamples(node["examples"]!, ruleID: id, problems: &problems)

        guard problems.count == before, let topic, let document, let compiled else { return nil }
        return Rule(
            id: id, title: node["title"]?.text ?? "", topic: topic,
            severity: Severity(rawValue: node["severity"]?.text ?? "") ?? .error,
            levels: node["levels"]?.items.compactMap { $0.text.flatMap(RegionLevel.init(rawValue:)) } ?? [],
            effective: effective,
            basis: LegalBasis(
                documentID: documentID, document: document,
                section: basisNode["section"]?.text ?? "", quote: basisNode["quote"]?.text ?? "",
                status: LegalBasis.Status(rawValue: basisNode["status"]?.text ?? "") ?? .unverified,
                effective: DateRange.within(effective, packEffective)),
            replaces: node["replaces"]?.text, yieldsTo: node["yields_to"]?.items.compactMap(\.text) ?? [],
            kind: compiled.kind, check: compiled.check, message: message,
            hint: node["hint"]?.text, examples: examples, packID: packID, packEffective: packEffective,
            checkNode: checkNode, node: node)
    }

    private func compileCheck(_ node: YAMLNode, ruleID: String, problems: inout [PackProblem]) -> (
        kind: RegisteredKind, check: CompiledCheck
    )? {
        let file = node.tree.source.path
        guard node.isMapping, let kindNode = node["kind"], let kindName = kindNode.text else {
            problems.append(
                PackProblem(
                    code: .unknownKind, file: file, location: node.location,
                    message: "\(ruleID)：check 要写成映射，并用 kind 指明检查类型",
                    hint: "可用的检查类型：\(registry.names.joined(separator: "、"))"))
            return nil
        }
        guard let kind = registry.kind(named: kindName) else {
            problems.append(
                PackProblem(
                    code: .unknownKind, file: file, location: kindNode.location,
                    message: "\(ruleID)：未知的检查类型「\(kindName)」",
                    hint: Suggestions.hint(for: kindName, among: registry.names, listing: "检查类型")))
            return nil
        }
        let schema = ObjectSchema(
            title: "检查类型 \(kind.name) 的选项",
            properties: [Property("kind", .text(), required: true, title: "检查类型")] + kind.options.properties)
        let issues = SchemaValidator.validate(node, against: .object(schema), at: ["check"])
        for issue in issues {
            let message: String
            if issue.code == .unknownKey, let option = issue.path.lastKey {
                let suggestion = Suggestions.closest(to: option, in: kind.options.properties.map(\.name))
                message = "\(ruleID)：检查类型 \(kind.name) 不支持选项「\(option)」" + (suggestion.map { "；是否想写「\($0)」？" } ?? "")
            } else {
                message = "\(ruleID)：\(issue.path)：\(issue.message)"
            }
            problems.append(
                PackProblem(
                    code: .option, file: file, location: issue.location, message: message,
                    hint: issue.code == .unknownKey
                        ? "\(kind.name) 的选项：\(kind.options.properties.map(\.name).joined(separator: "、"))"
                        : issue.hint))
        }
        guard issues.isEmpty else { return nil }
        do {
            return (kind, try kind.compile(node, format: registry.format))
        } catch {
            var problem = error
            problem.message = "\(ruleID)：\(problem.message)"
            problems.append(problem)
            return nil
        }
    }

    /// A rule example: a fragment of a filing, or one paired with its district's filing.
    private var example: (single: SchemaType, paired: SchemaType) {
        let fragment = registry.format.root.relaxed
        return (
            .object(fragment),
            .object(
                ObjectSchema(
                    title: "跨文件示例",
                    properties: [
                        Property("filing", .object(fragment), required: true, title: "申报文件片段"),
                        Property("district", .object(fragment), required: true, title: "所属县级地区的申报文件片段"),
                    ]))
        )
    }

    private func readExamples(_ node: YAMLNode, ruleID: String, problems: inout [PackProblem]) -> [RuleExample] {
        let file = node.tree.source.path
        var examples: [RuleExample] = []
        let schemas = example
        for expectation in [RuleExample.Expectation.fail, .pass] {
            let list = node[expectation.rawValue]
            let items = list.map { Array($0.items) } ?? []
            if items.isEmpty {
                problems.append(
                    PackProblem(
                        code: .example, file: file, location: (list ?? node).location,
                        message: "\(ruleID)：至少要有一个\(expectation == .fail ? "应报告问题（fail）" : "不应报告问题（pass）")的示例",
                        hint: "示例既说明规则，也作为测试运行"))
            }
            for (index, item) in items.enumerated() {
                // An example for a cross-filing rule pairs a filing with its district's filing.
                let paired = item["filing"] != nil
                let issues = SchemaValidator.validate(item, against: paired ? schemas.paired : schemas.single)
                for issue in issues {
                    problems.append(
                        PackProblem(
                            code: .example, file: file, location: issue.location,
                            message:
                                "\(ruleID)：\(expectation.rawValue) 示例 \(index + 1) 不符合申报格式：\(issue.path)：\(issue.message)",
                            hint: issue.hint))
                }
                examples.append(
                    RuleExample(
                        expectation: expectation, number: index + 1,
                        node: paired ? item["filing"] ?? item : item, district: paired ? item["district"] : nil,
                        whole: item))
            }
        }
        return examples
    }
}
