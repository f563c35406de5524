import QingdanPluginAPI

/// The rule-pack format, version 1 (see Docs/writing-rules.md).
public enum PackSchema {
    public static let version = 1

    static let dateRange = dates(fromRequired: false)

    /// A rule's dates: every rule states the day it is in force from.
    static let ruleDates = dates(fromRequired: true)

    private static func dates(fromRequired: Bool) -> ObjectSchema {
        ObjectSchema(
            title: "有效期",
            properties: [
                Property("from", .date, required: fromRequired, title: "施行日期（含）"),
                Property("until", .date, title: "失效前最后一天（含）"),
                Property(
                    "status", .choice(LegalBasis.Status.allCases.map(\.rawValue)), title: "日期核实状态",
                    summary: "原文只给出年份或没有日期、日子由规则包选定时写 unverified，报告注明「日期未核实」"),
                Property("note", .text(), title: "日期说明", summary: "日期从何而来，如「原文只写 2016 年」"),
            ])
    }

    static let document = ObjectSchema(
        title: "政策文件",
        properties: [
            Property("title", .text(), required: true, title: "文件名称"),
            Property("level", .choice(Authority.allCases.map(\.rawValue)), required: true, title: "发文层级"),
            Property("number", .text(), title: "文号"),
            Property("issued", .date, title: "发布日期"),
            Property("source", .text(.documentSource), title: "原文出处", summary: "Rules/ 下的原文文件，或公开地址"),
            Property(
                "status", .choice(PolicyDocument.Status.allCases.map(\.rawValue)), required: true, title: "文件状态",
                summary: "in-force（施行中）或 draft（征求意见稿等草案：依据它的规则在每份报告中注明「依据为征求意见稿」）"),
        ])

    static let basis = ObjectSchema(
        title: "法律依据",
        properties: [
            Property("document", .text(.identifier), required: true, title: "文件（documents 中的简称）"),
            Property("section", .text(), required: true, title: "条款或章节"),
            Property("quote", .text(), required: true, title: "原文引文"),
            Property("status", .choice(LegalBasis.Status.allCases.map(\.rawValue)), required: true, title: "核实状态"),
        ])

    static let examples = ObjectSchema(
        title: "示例",
        properties: [
            Property("fail", .list(.deferred(description: "申报文件片段")), required: true, title: "应报告问题的示例"),
            Property("pass", .list(.deferred(description: "申报文件片段")), required: true, title: "不应报告问题的示例"),
        ])

    static let rule = ObjectSchema(
        title: "规则",
        properties: [
            Property("id", .text(.ruleID), required: true, title: "规则编号"),
            Property("title", .text(), required: true, title: "规则标题"),
            Property("topic", .text(), required: true, title: "问题类别"),
            Property("severity", .choice(Severity.allCases.map(\.rawValue)), required: true, title: "严重程度"),
            Property("levels", .list(.choice(StandardFiling.regionLevels)), title: "适用层级"),
            Property("effective", .object(ruleDates), required: true, title: "有效期"),
            Property("basis", .object(basis), required: true, title: "法律依据"),
            Property("replaces", .text(.ruleID), title: "取代上级规则包中的规则"),
            Property(
                "yields_to", .list(.text(.ruleID)), title: "让位于这些规则",
                summary: "这些规则已报告同一事项（如同一项证明）时，本规则不再报告：一个问题只报一次"),
            Property("check", .deferred(description: "检查（kind 和选项）"), required: true, title: "检查"),
            Property("message", .text(), required: true, title: "消息模板"),
            Property("hint", .text(), title: "修改建议"),
            Property("examples", .object(examples), required: true, title: "示例"),
        ])

    static let root = ObjectSchema(
        title: "规则包",
        properties: [
            Property("qingdan-pack", .integer(minimum: 1), required: true, title: "规则包格式版本"),
            Property("id", .text(.packID), required: true, title: "规则包名"),
            Property("version", .text(), required: true, title: "规则包版本"),
            Property("title", .text(), required: true, title: "名称"),
            Property("extends", .text(.packID), title: "继承的规则包"),
            Property(
                "regions", .list(.text(.regionCode)), title: "适用的区划代码前缀",
                summary: "按所指的地区比较，21、210000、210000000000 都指辽宁省；既不写 regions 也不写 extends 的规则包（全国规则包）"
                    + "适用于没有地方规则包的地区"),
            Property("effective", .object(dateRange), title: "有效期"),
            Property("documents", .dictionary(key: .identifier, value: .object(document)), title: "引用的政策文件"),
            Property("rules", .list(.object(rule)), title: "规则"),
        ])

    public static let file = SchemaType.object(root)
}
