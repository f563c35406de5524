import QingdanYAML

/// A reason a rule pack cannot be used, located in the pack file.
public struct PackProblem: Error, Sendable, Equatable {
    public enum Code: String, Sendable, CaseIterable {
        case syntax = "pack.syntax"
        case schema = "pack.schema"
        case notFound = "pack.not-found"
        case idMismatch = "pack.id-mismatch"
        case extendsCycle = "pack.extends-cycle"
        case unknownKind = "pack.unknown-kind"
        case option = "pack.option"
        case duplicateRule = "pack.duplicate-rule"
        case citation = "pack.citation"
        case template = "pack.template"
        case example = "pack.example"
        case loosening = "pack.loosening"
        case region = "pack.region"
        case dates = "pack.dates"
        /// The baseline file (`--baseline`) cannot be read or parsed, is not a baseline, or is too large.
        case baselineSyntax = "baseline.syntax"
        case baselineSchema = "baseline.schema"
        case baselineLimit = "baseline.limit"
        /// The waiver file (`--waivers`) cannot be read or parsed, departs from its format, or is too large.
        case waiverSyntax = "waiver.syntax"
        case waiverSchema = "waiver.schema"
        case waiverLimit = "waiver.limit"

        /// The hint a problem carries when the place that found it has nothing more specific.
        public var defaultHint: String {
            switch self {
            case .syntax: "修正规则包文件这一处的 YAML 语法"
            case .schema: "对照 Docs/writing-rules.md 修正这个键或值"
            case .notFound: "检查规则包编号和 --rules 目录；`qingdan packs list` 列出可用的规则包"
            case .idMismatch: "规则包文件名（不含 .yaml）要与其中的 id 相同"
            case .extendsCycle: "去掉 extends 链中的一环，使继承关系不成环"
            case .unknownKind: "Docs/check-kinds.md 列出可用的检查类型；插件提供的类型要先装上插件"
            case .option: "对照 Docs/check-kinds.md 中这种检查类型的选项修正"
            case .duplicateRule: "每条规则的编号在全部规则包中唯一；改名，或用 replaces 取代上级规则"
            case .citation: "每条规则都要写明依据：basis 给出文件、条款和政策原句"
            case .template: "消息模板中只能用这种检查类型提供的变量"
            case .example: "修正规则的示例，使 expect 与规则实际的结论一致"
            case .loosening: "下级规则包只能收紧上级的限制；确需放宽时引用更高层级的依据"
            case .region: "一个区划代码前缀只能属于一个规则包"
            case .dates: "effective.from（施行日期）要早于或等于 effective.until（失效前最后一天）"
            case .baselineSyntax: "基线文件由 `qingdan baseline` 写出；损坏时重新生成"
            case .baselineSchema: "用 `qingdan baseline` 重新生成基线文件，不要手工改写它的结构"
            case .baselineLimit: "基线文件太大：检查它是否为 `qingdan baseline` 写出的文件，或按目录分别生成基线"
            case .waiverSyntax: "修正豁免文件这一处的 YAML 语法（`qingdan explain waiver.syntax` 说明豁免文件的写法）"
            case .waiverSchema: "修正豁免文件的这个键或值（`qingdan explain waiver.schema` 说明豁免文件的写法）"
            case .waiverLimit: "豁免文件太大：一份豁免文件通常只有几十条豁免；检查是否给错了文件"
            }
        }
    }

    public var code: Code
    public var file: String
    public var location: SourceLocation
    public var message: String
    /// What to do about it: the finder's own hint, else the code's default.
    public var hint: String
    /// Another place involved, such as the parent rule a child loosens.
    public var related: (file: String, location: SourceLocation)?

    public init(
        code: Code, file: String, location: SourceLocation, message: String, hint: String? = nil,
        related: (file: String, location: SourceLocation)? = nil
    ) {
        self.code = code
        self.file = file
        self.location = location
        self.message = message
        self.hint = hint ?? code.defaultHint
        self.related = related
    }

    public static func == (lhs: PackProblem, rhs: PackProblem) -> Bool {
        lhs.code == rhs.code && lhs.file == rhs.file && lhs.location == rhs.location
            && lhs.message == rhs.message && lhs.hint == rhs.hint
            && lhs.related?.file == rhs.related?.file && lhs.related?.location == rhs.related?.location
    }
}

/// Every problem found while loading packs; nothing is checked with a broken pack.
public struct PackLoadFailure: Error, Sendable {
    public let problems: [PackProblem]

    public init(problems: [PackProblem]) {
        self.problems = problems
    }
}
