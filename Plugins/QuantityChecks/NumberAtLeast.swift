import QingdanPluginAPI

/// `number.at-least`: a number in the filing reaches a threshold: the largest of the `at_least`
/// terms, each a formula with a reason. The message can show the computed threshold and the
/// reason of the term that set it: 「建筑面积 400 m² 低于标准 450 m²（1500 户 × 30 m²/百户）」.
struct NumberAtLeast: CheckKind {
    struct Options: CheckOptions {
        @CheckOption("value", title: "要检查的数值") var value: FilingPath
        @CheckOption("at_least", title: "标准（取最大值）") var atLeast: [TermOptions]
    }

    struct TermOptions: CheckOptions {
        static let title = "标准"
        @CheckOption("formula", title: "公式，如 facility.households * 30 / 100") var formula: String
        @CheckOption("reason", title: "说明，可用 {households} 等公式中数值的名称") var reason: String
    }

    struct Message: FindingMessage {
        let value: String
        let threshold: String
        let reason: String
        let shortfall: String
        /// The numbers the formulas read, by the last key of their path (`{households}`).
        let extraValues: [String: String]

        static let placeholders: [Placeholder<Message>] = [
            Placeholder("value", \.value, "数值"),
            Placeholder("threshold", \.threshold, "计算出的标准"),
            Placeholder("reason", \.reason, "决定标准的那一项的说明"),
            Placeholder("shortfall", \.shortfall, "差额"),
        ]
    }

    struct Term: Sendable {
        let formula: Formula
        let reason: MessageTemplate
    }

    static let name = "number.at-least"
    static let summary = "数值不低于按公式计算的标准（取各项中的最大值）"

    let value: FilingPath
    let terms: [Term]

    init(options: Options, context: CheckContext) throws(PackProblem) {
        guard let type = context.format.type(at: options.value.keys), Self.isNumber(type) else {
            throw options.$value.problem("「\(options.value)」不是数值")
        }
        var terms: [Term] = []
        for term in options.atLeast {
            let formula: Formula
            do throws(Formula.ParseError) {
                formula = try Formula.parse(term.formula)
            } catch {
                throw term.$formula.problem("公式「\(term.formula)」：\(error.message)")
            }
            for path in formula.paths {
                guard let type = context.format.type(at: path.keys), Self.isNumber(type) else {
                    throw term.$formula.problem(
                        "公式中的「\(path)」不是申报格式中的数值",
                        hint: "公式只能引用整数或数字，如 facility.households")
                }
            }
            let reason = MessageTemplate(term.reason)
            let known = Set(formula.paths.compactMap(\.keys.last))
            for name in reason.variables where !known.contains(name) {
                throw term.$reason.problem(
                    "说明中的「{\(name)}」不是公式引用的数值",
                    hint: known.isEmpty ? "这一项的公式没有引用数值" : "可用：\(known.sorted().joined(separator: "、"))",
                    code: .template)
            }
            terms.append(Term(formula: formula, reason: reason))
        }
        value = options.value
        self.terms = terms
    }

    var reads: [FilingPath] { [value] + terms.flatMap(\.formula.paths) }

    var extraPlaceholders: [String] { reads.compactMap(\.keys.last) }

    func run(on filing: FilingView, into sink: inout FindingSink<Message>) {
        guard let node = filing.node(at: value), let actual = node.number else { return }
        let lookup = { (path: FilingPath) in filing.node(at: path)?.number }
        var best: (threshold: Double, term: Term)?
        for term in terms {
            guard let threshold = term.formula.evaluate(lookup) else { continue }
            if threshold > best?.threshold ?? -.infinity { best = (threshold, term) }
        }
        guard let best, actual < best.threshold else { return }
        var numbers: [String: String] = [:]
        for path in reads {
            if let name = path.keys.last, let number = lookup(path) { numbers[name] = display(number) }
        }
        sink.report(
            at: node, path: value.documentPath,
            Message(
                value: display(actual), threshold: display(best.threshold),
                reason: best.term.reason.render { numbers[$0] },
                shortfall: display(best.threshold - actual), extraValues: numbers))
    }

    private static func isNumber(_ type: SchemaType) -> Bool {
        switch type {
        case .integer, .number: true
        default: false
        }
    }
}
