import QingdanCore

/// `number.at-least`: a number in the filing reaches a threshold: the largest of the `at_least`
/// terms, each a formula with a reason. The message can show the computed threshold and the
/// reason of the term that set it: 「建筑面积 400 m² 低于标准 450 m²（1500 户 × 30 m²/百户）」.
struct NumberAtLeast: Check {
    struct Term: Sendable {
        let formula: Formula
        let reason: MessageTemplate
    }

    let value: FilingPath
    let terms: [Term]

    static let kind = CheckKind(
        name: "number.at-least",
        summary: "数值不低于按公式计算的标准（取各项中的最大值）",
        options: ObjectSchema(title: "number.at-least 的选项", properties: [
            Property("value", .text(.filingPath), required: true, title: "要检查的数值"),
            Property("at_least", .list(.object(ObjectSchema(title: "标准", properties: [
                Property("formula", .text(), required: true, title: "公式，如 facility.households * 30 / 100"),
                Property("reason", .text(), required: true, title: "说明，可用 {households} 等公式中数值的名称"),
            ]))), required: true, title: "标准（取最大值）"),
        ]),
        variables: [("value", "数值"), ("threshold", "计算出的标准"), ("reason", "决定标准的那一项的说明"),
                    ("shortfall", "差额")],
        compile: { options throws(PackProblem) in
            let value = try options.filingPath("value")
            try requireNumber(value, options, at: "value")
            var terms: [Term] = []
            for entry in options.node("at_least")?.items.map({ $0 }) ?? [] {
                let text = entry["formula"]?.text ?? ""
                let formula: Formula
                do throws(Formula.ParseError) {
                    formula = try Formula.parse(text)
                } catch {
                    throw PackProblem(code: .option, file: options.file, location: entry["formula"]!.location,
                                      message: "公式「\(text)」：\(error.message)")
                }
                for path in formula.paths {
                    guard let type = path.schemaType, isNumber(type) else {
                        throw PackProblem(code: .option, file: options.file, location: entry["formula"]!.location,
                                          message: "公式中的「\(path)」不是申报格式中的数值",
                                          hint: "公式只能引用整数或数字，如 facility.households")
                    }
                }
                let reason = MessageTemplate(entry["reason"]?.text ?? "")
                let known = Set(formula.paths.compactMap(\.keys.last))
                for name in reason.variables where !known.contains(name) {
                    throw PackProblem(code: .template, file: options.file, location: entry["reason"]!.location,
                                      message: "说明中的「{\(name)}」不是公式引用的数值",
                                      hint: known.isEmpty ? "这一项的公式没有引用数值" : "可用：\(known.sorted().joined(separator: "、"))")
                }
                terms.append(Term(formula: formula, reason: reason))
            }
            guard !terms.isEmpty else { throw options.problem(at: "at_least", "at_least 不能为空") }
            return NumberAtLeast(value: value, terms: terms)
        })

    var reads: [FilingPath] { [value] + terms.flatMap(\.formula.paths) }

    /// The numbers the formulas read, by the last key of their path (`{households}`).
    var variables: [String] { terms.flatMap(\.formula.paths).compactMap(\.keys.last) + [value.keys.last!] }

    func run(on filing: FilingView, into sink: inout FindingSink) {
        guard let node = filing.node(at: value), let actual = node.number else { return }
        let lookup = { (path: FilingPath) in filing.node(at: path)?.number }
        var best: (threshold: Double, term: Term)?
        for term in terms {
            guard let threshold = term.formula.evaluate(lookup) else { continue }
            if threshold > best?.threshold ?? -.infinity { best = (threshold, term) }
        }
        guard let best, actual < best.threshold else { return }
        var values: MessageValues = [:]
        for path in reads { values[path.keys.last!] = lookup(path).map(display) }
        values["value"] = display(actual)
        values["threshold"] = display(best.threshold)
        values["shortfall"] = display(best.threshold - actual)
        values["reason"] = best.term.reason.render(values)
        sink.report(at: node, path: value.documentPath, values)
    }
}

private func isNumber(_ type: SchemaType) -> Bool {
    switch type {
    case .integer, .number: true
    default: false
    }
}

private func requireNumber(_ path: FilingPath, _ options: CheckOptions, at option: String) throws(PackProblem) {
    guard let type = path.schemaType, isNumber(type) else {
        throw options.problem(at: option, "「\(path)」不是数值")
    }
}
