import QingdanPluginAPI

/// An arithmetic formula over a filing's numbers: `max(350, facility.households * 30 / 100)`.
/// Numbers, filing paths, `+ - * /`, parentheses, `max(…)` and `min(…)`. Parsed and its paths
/// checked against the filing format when the pack loads.
indirect enum Formula: Sendable {
    case constant(Double)
    case value(FilingPath)
    case binary(Character, Formula, Formula)
    case call(String, [Formula])

    struct ParseError: Error {
        let message: String
    }

    /// Every filing path the formula reads.
    var paths: [FilingPath] {
        switch self {
        case .constant: []
        case .value(let path): [path]
        case .binary(_, let left, let right): left.paths + right.paths
        case .call(_, let arguments): arguments.flatMap(\.paths)
        }
    }

    /// The value, or nil when a number it reads is missing.
    func evaluate(_ lookup: (FilingPath) -> Double?) -> Double? {
        switch self {
        case .constant(let number): return number
        case .value(let path): return lookup(path)
        case .binary(let operation, let left, let right):
            guard let a = left.evaluate(lookup), let b = right.evaluate(lookup) else { return nil }
            switch operation {
            case "+": return a + b
            case "-": return a - b
            case "*": return a * b
            default: return b == 0 ? nil : a / b
            }
        case .call(let name, let arguments):
            let values = arguments.compactMap { $0.evaluate(lookup) }
            guard values.count == arguments.count, !values.isEmpty else { return nil }
            return name == "max" ? values.max() : values.min()
        }
    }

    static func parse(_ text: String) throws(ParseError) -> Formula {
        var parser = Parser(scalars: Array(text.unicodeScalars))
        let formula = try parser.expression()
        parser.skipSpaces()
        guard parser.index == parser.scalars.count else {
            throw ParseError(message: "公式在第 \(parser.index + 1) 个字符处无法理解")
        }
        return formula
    }

    /// Bounds that keep parsing and evaluating a formula off deep recursion: a pack's formula
    /// is a line, not a program.
    static let maximumNesting = 32
    static let maximumTerms = 200

    private struct Parser {
        let scalars: [Unicode.Scalar]
        var index = 0
        var nesting = 0
        var terms = 0

        mutating func skipSpaces() {
            while index < scalars.count, scalars[index] == " " { index += 1 }
        }

        mutating func take(_ scalar: Unicode.Scalar) -> Bool {
            skipSpaces()
            guard index < scalars.count, scalars[index] == scalar else { return false }
            index += 1
            return true
        }

        mutating func expression() throws(ParseError) -> Formula {
            var left = try term()
            while true {
                if take("+") {
                    left = .binary("+", left, try term())
                } else if take("-") {
                    left = .binary("-", left, try term())
                } else {
                    return left
                }
            }
        }

        mutating func term() throws(ParseError) -> Formula {
            var left = try factor()
            while true {
                if take("*") {
                    left = .binary("*", left, try factor())
                } else if take("/") {
                    left = .binary("/", left, try factor())
                } else {
                    return left
                }
            }
        }

        mutating func factor() throws(ParseError) -> Formula {
            skipSpaces()
            terms += 1
            guard terms <= Formula.maximumTerms else {
                throw ParseError(message: "公式太长：最多 \(Formula.maximumTerms) 个数字或路径")
            }
            if take("(") {
                let inner = try nested { parser throws(ParseError) in try parser.expression() }
                guard take(")") else { throw ParseError(message: "缺少右括号") }
                return inner
            }
            let start = index
            while index < scalars.count, ("0"..."9").contains(scalars[index]) || scalars[index] == "." {
                index += 1
            }
            if index > start {
                guard let number = Double(String(String.UnicodeScalarView(scalars[start..<index]))) else {
                    throw ParseError(message: "无法读取数字")
                }
                return .constant(number)
            }
            while index < scalars.count,
                ("a"..."z").contains(scalars[index]) || ("0"..."9").contains(scalars[index]) || scalars[index] == "_"
                    || scalars[index] == "."
            {
                index += 1
            }
            let word = String(String.UnicodeScalarView(scalars[start..<index]))
            guard !word.isEmpty else { throw ParseError(message: "第 \(start + 1) 个字符处缺少数字或路径") }
            if word == "max" || word == "min" {
                guard take("(") else { throw ParseError(message: "\(word) 后面要有括号") }
                let arguments = try nested { parser throws(ParseError) in
                    var arguments = [try parser.expression()]
                    while parser.take(",") { arguments.append(try parser.expression()) }
                    return arguments
                }
                guard take(")") else { throw ParseError(message: "\(word)(…) 缺少右括号") }
                return .call(word, arguments)
            }
            return .value(FilingPath(word))
        }

        /// Parses one level of parentheses deeper.
        mutating func nested<T>(_ body: (inout Parser) throws(ParseError) -> T) throws(ParseError) -> T {
            nesting += 1
            defer { nesting -= 1 }
            guard nesting <= Formula.maximumNesting else {
                throw ParseError(message: "括号嵌套过深：最多 \(Formula.maximumNesting) 层")
            }
            return try body(&self)
        }
    }
}

/// How a message prints a number: whole numbers without decimals, others with up to two.
func display(_ number: Double) -> String { number.placeholderText ?? "" }
