/// The declarations of the filing format, version 1 (see Docs/filing-format.md): the contract
/// with users. Every key a filing may carry is declared here, with its type and Chinese title;
/// `FilingFormat.standard` is built from them, and plugins may add keys to it.
public enum StandardFiling {
    public static let regionLevels = RegionLevel.allCases.map(\.rawValue)
    public static let signboardKinds = [
        "party_organization", "villagers_committee", "collective_economy",
        "supervision_committee", "service_center", "civilization_station",
        "other", "award",
    ]
    public static let basisLevels = ["central", "law", "statutory", "provincial_approval", "none"]
    public static let colours = ["white", "red", "black", "yellow", "gold", "blue", "other"]

    /// How messages show the values of choice keys.
    public static let valueNames: [String: String] = [
        "white": "白", "red": "红", "black": "黑", "yellow": "黄", "gold": "金", "blue": "蓝", "other": "其他",
        "vertical": "竖写", "horizontal": "横写",
        "party_organization": "村党组织", "villagers_committee": "村民委员会", "collective_economy": "村集体经济组织",
        "supervision_committee": "村务监督委员会", "service_center": "村党群服务中心",
        "civilization_station": "村新时代文明实践站", "award": "评比表彰、示范创建类",
        "central": "党中央、国务院明确要求", "law": "法律明文规定", "statutory": "法律法规规定", "provincial_approval": "省级党委和政府同意",
        "none": "无",
        "province": "省级", "city": "市级", "county": "县级", "township": "乡级", "village": "村级",
    ]

    public static let region = ObjectSchema(
        title: "地区",
        properties: [
            Property(
                "code", .text(.regionCode), required: true, title: "区划代码",
                summary: "省、市、县级写 6 位行政区划代码（如 210000、210300、500112）或 12 位统计用区划代码（如 500112000000），"
                    + "乡、村级写 12 位统计用区划代码（如 210302001001）；也可简写为 2、4、9 位（如 21、2103）"),
            Property("name", .text(), required: true, title: "地区名称"),
            Property(
                "level", .choice(regionLevels), required: true, title: "层级",
                summary: "province（省）、city（市）、county（县、区）、township（乡镇、街道）或 village（村、社区）；须与区划代码的有效位数一致"),
        ])

    private static let itemCommon: [Property] = [
        Property("name", .text(), required: true, title: "事项名称"),
        Property("content", .text(), title: "事项内容"),
        Property("basis", .text(), title: "法律法规依据"),
        Property("department", .text(), title: "责任部门", summary: "提出或负责该事项的部门（权随责走）"),
        Property(
            "approval", .text(), title: "审批", summary: "核定清单之外的事项：审定机关和日期", meaning: .approval),
        Property("note", .text(), title: "备注"),
    ]

    static func listItem(_ title: String, extra: [Property] = []) -> ObjectSchema {
        ObjectSchema(title: title, properties: itemCommon + extra)
    }

    public static let assistanceItem = listItem(
        "依法协助政府工作事项",
        extra: [
            Property(
                "funding", .text(), title: "经费保障", summary: "由谁、以何种方式提供工作经费（费随事转）", meaning: .funding)
        ])

    public static let certificateItem = listItem(
        "证明事项",
        extra: [
            Property("time_limit", .text(), title: "出具时限"),
            Property("purpose", .text(), title: "办理用途"),
            Property("process", .text(), title: "具体流程"),
            Property("guide", .text(), title: "办事指南"),
            Property("form_sample", .text(), title: "表单样本"),
        ])

    // MARK: Micro-powers, cadre lists and asset transactions (宁海、涟源、济源、汕头)

    public static let microPowerItem = listItem(
        "小微权力事项",
        extra: [
            Property("steps", .list(.text()), title: "办理流程环节"),
            Property(
                "category", .text(), title: "事项类别",
                summary: "按本地清单的分类照写，如 公共权力事项、便民服务事项（宁海），重大决策类、日常管理类、便民服务类（涟源）"),
            Property(
                "major", .boolean, title: "是否重大事项",
                summary: "工程招投标等重大事项写 true（宁海：重大事项的流程不受约 5 个环节的限制）"),
            Property("responsible", .text(), title: "实施责任主体", summary: "具体执行该项权力的组织或人员，如 村民委员会"),
            Property("supervisor", .text(), title: "监督主体", summary: "如 村务监督委员会"),
        ])

    /// An item of a list about village cadres: a responsibility of the village's leading members
    /// (责任清单) or a prohibited conduct (干部负面清单, 禁止性要求).
    public static let cadreItem = listItem(
        "村干部清单事项",
        extra: [
            Property("category", .text(), title: "类别", summary: "按本地清单的分类照写，如 重大决策不合规（汕头八大方面）"),
            Property("applies_to", .text(), title: "适用对象", summary: "如 村党组织书记、村民委员会主任、村务监督委员会主任"),
        ])

    /// A transaction in a village collective's assets or resources (村集体资产资源处置、发包、出租).
    public static let assetTransaction = ObjectSchema(
        title: "村集体资产资源交易",
        properties: [
            Property("name", .text(), required: true, title: "交易名称", summary: "标的物和方式，如 村集体闲置厂房出租"),
            Property(
                "value_yuan", .number(minimum: 0), title: "标的物市场调查价或评估总价（元）",
                summary: "按元写数字，如 1.2 万元写 12000"),
            Property(
                "venue", .text(), title: "交易场所",
                summary: "如 某某镇公共资源交易中心，或 村集体自行公开交易"),
            Property("date", .date, title: "交易日期"),
            Property("resolution", .text(), title: "决议", summary: "形成处置方案的会议和日期"),
            Property("note", .text(), title: "备注"),
        ])

    // MARK: Evaluations and purchase of services (南川、罗江、蔡甸)

    /// An evaluation or inspection item for villages (评比达标考核项目): who set it up, and the
    /// district's approval (南川: departments and townships may not add one of their own).
    public static let evaluationItem = listItem(
        "评比达标活动",
        extra: [
            Property(
                "set_by", .text(), title: "设立单位",
                summary: "设立该评比达标考核项目的机关或部门（如 区委、区政府，区农业农村委，某镇人民政府）")
        ])

    /// The purchase of services for a task outside the district's lists (南川: 「未纳入“自治清单”“协助清单”
    /// 的事项，如需由村级组织承担，应采取购买服务方式」).
    static let purchase = Property(
        "purchase", .text(), title: "购买服务",
        summary: "清单之外的工作由村级组织承担时：购买服务的合同或协议（名称、编号或签订日期）")

    public static let lists = ObjectSchema(
        title: "清单",
        properties: [
            Property(
                "self_governance", .list(.object(listItem("依法自治事项"))), title: "依法自治事项清单",
                summary: "海沧：依法履行职责事项"),
            Property("assistance", .list(.object(assistanceItem)), title: "依法协助政府工作事项清单"),
            Property("negative", .list(.object(listItem("负面事项"))), title: "负面事项清单"),
            Property("certificates", .list(.object(certificateItem)), title: "依法出具证明事项清单"),
            Property("supervision", .list(.object(listItem("监督活动事项"))), title: "依法依规组织开展监督活动事项清单"),
            Property("reports", .list(.object(listItem("台账报表"))), title: "台账报表清单"),
            Property("evaluations", .list(.object(evaluationItem)), title: "评比达标活动清单"),
            Property("micro_powers", .list(.object(microPowerItem)), title: "小微权力清单"),
            // Lists about village cadres (济源、汕头).
            Property(
                "cadre_responsibilities", .list(.object(cadreItem)), title: "村级班子主要负责人责任清单",
                summary: "村党组织、村民委员会主任、村务监督委员会主任等的责任（济源）"),
            Property(
                "cadre_prohibitions", .list(.object(cadreItem)), title: "村干部负面清单",
                summary: "村（社区）干部不得有的行为、禁止性要求（济源、汕头）；与 negative（村级组织不作为责任主体的事项）不同"),
            // 蔡甸 publishes this list beside the retained certificates.
            Property(
                "banned_certificates", .list(.object(listItem("不应由村级组织出具的证明事项"))),
                title: "不应由基层群众性自治组织出具证明事项清单",
                summary: "县级地区公布的村级组织不出具的证明（蔡甸：「负面清单」）"),
        ])

    public static let signboard = ObjectSchema(
        title: "标牌",
        properties: [
            Property("name", .text(), required: true, title: "标牌名称", summary: "按实际悬挂的文字，写全称"),
            Property("kind", .choice(signboardKinds), required: true, title: "标牌类别"),
            Property("orientation", .choice(["vertical", "horizontal"]), title: "书写方向"),
            Property("background", .choice(colours), title: "底色"),
            Property("text_color", .choice(colours), title: "字色"),
            Property("basis", .text(), title: "悬挂依据", summary: "外部悬挂其他标牌时，党中央、国务院的明确要求或法律规定"),
            Property(
                "basis_level", .choice(basisLevels), title: "依据层级",
                summary: "外部悬挂其他标牌须 central（党中央、国务院明确要求）或 law（法律明文规定）；行政法规、地方性法规（statutory）不够"),
            Property("note", .text(), title: "备注"),
        ])

    public static let signboards = ObjectSchema(
        title: "标牌",
        properties: [
            Property("outside", .list(.object(signboard)), title: "外部标牌"),
            Property("inside", .list(.object(signboard)), title: "内部标牌"),
        ])

    public static let facility = ObjectSchema(
        title: "综合服务设施",
        properties: [
            Property("households", .integer(minimum: 0), title: "户数"),
            Property("building_area_m2", .number(minimum: 0), title: "总建筑面积（平方米）"),
            Property("activity_area_m2", .number(minimum: 0), title: "群众活动区域面积（平方米）"),
        ])

    public static let mechanism = ObjectSchema(
        title: "村级工作机制",
        properties: [
            Property("name", .text(), required: true, title: "机制名称"),
            Property("set_by", .text(), title: "设立单位"),
            Property("basis", .text(), title: "设立依据"),
            Property(
                "basis_level", .choice(basisLevels), title: "依据层级",
                summary: "central（党中央、国务院明确要求）、law（法律明文规定）、statutory（法律法规规定）、provincial_approval（省级党委和政府同意）或 none"),
            Property("dedicated_staff", .boolean, title: "是否要求专人专岗"),
            Property("funded_by", .text(), title: "经费和人员保障单位"),
            Property("note", .text(), title: "备注"),
        ])

    public static let task = ObjectSchema(
        title: "交办村级组织的工作",
        properties: [
            Property("name", .text(), required: true, title: "工作名称"),
            Property("assigned_by", .text(), title: "交办单位"),
            Property("content", .text(), title: "工作内容和要求", summary: "交办时提出的具体要求，如报送方式、频次和佐证材料"),
            Property(
                "list_item", .text(), title: "对应的清单事项",
                summary: "该工作所执行的县级清单事项名称，与清单中的写法一致（准入依据）"),
            Property("basis", .text(), title: "依据"),
            Property("approval", .text(), title: "准入审批", summary: "清单之外的工作：审定机关和日期", meaning: .approval),
            Property("funding", .text(), title: "经费保障", summary: "由谁、以何种方式提供工作经费（费随事转）", meaning: .funding),
            purchase,
            Property("note", .text(), title: "备注"),
        ])

    public static let root = ObjectSchema(
        title: "申报文件",
        properties: [
            Property("qingdan", .integer(minimum: 1), required: true, title: "格式版本", summary: "写 1"),
            Property("region", .object(region), required: true, title: "地区"),
            Property("as_of", .date, required: true, title: "基准日期", summary: "申报所描述的日期；按当日有效的规则检查"),
            Property(
                "pack", .text(.packID), title: "规则包",
                summary: "不写时按区划代码选择；只能写区划代码对应的规则包或继承它的规则包"),
            Property("lists", .object(lists), title: "清单"),
            Property("signboards", .object(signboards), title: "标牌"),
            Property("signboard_list_revisions", .list(.date), title: "挂牌清单变更日期"),
            Property("facility", .object(facility), title: "综合服务设施"),
            Property("mechanisms", .list(.object(mechanism)), title: "村级工作机制"),
            Property("tasks", .list(.object(task)), title: "交办村级组织的工作"),
            // Collective-asset transactions (宁海).
            Property("asset_transactions", .list(.object(assetTransaction)), title: "村集体资产资源交易"),
        ])
}
