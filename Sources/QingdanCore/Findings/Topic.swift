import QingdanPluginAPI

/// What kind of problem a finding is: a fixed vocabulary shared by every pack, so provinces can
/// roll findings up across jurisdictions. Meanings never change; new topics may be added.
public struct Topic: RawRepresentable, Hashable, Sendable, Comparable, CustomStringConvertible {
    public let rawValue: String

    public init?(rawValue: String) {
        guard Topic.descriptions[rawValue] != nil else { return nil }
        self.rawValue = rawValue
    }

    private init(known: String) { rawValue = known }

    public var description: String { rawValue }
    /// The Chinese description from the filing format's topic table.
    public var summary: String { Topic.descriptions[rawValue] ?? rawValue }

    public static func < (lhs: Topic, rhs: Topic) -> Bool { lhs.rawValue < rhs.rawValue }

    public static let syntax = Topic(known: "format.syntax")
    public static let encoding = Topic(known: "format.encoding")
    public static let schema = Topic(known: "format.schema")
    public static let waiver = Topic(known: "waiver")
    public static let duplicateRegion = Topic(known: "filing.duplicate-region")
    public static let packMismatch = Topic(known: "filing.pack-mismatch")
    public static let noLocalPack = Topic(known: "filing.no-local-pack")
    public static let nothingToCheck = Topic(known: "filing.nothing-to-check")
    public static let unlistedTask = Topic(known: "admission.unlisted-task")

    /// True for the `format.*` topics: the input could not be read as a filing.
    public var isFormat: Bool { rawValue.hasPrefix("format.") }

    public static var all: [Topic] { order.map { Topic(known: $0) } }

    private static let order = [
        "format.syntax", "format.encoding", "format.schema",
        "list.missing", "list.count", "list.item-fields", "list.duplicate",
        "negative.missing", "negative.conflict", "assistance.funding",
        "certificate.banned", "certificate.fields", "certificate.count",
        "signboard.outside.count", "signboard.outside.kind", "signboard.inside.count", "signboard.style",
        "signboard.name.abbreviation", "signboard.name.script", "signboard.award", "signboard.revision-frequency",
        "facility.area", "facility.activity-share",
        "mechanism.basis", "mechanism.dedicated-staff", "mechanism.funding",
        "admission.unlisted-task", "admission.unchecked", "process.steps", "reports.evidence",
        "asset.trading-venue",
        "reports.unapproved", "evaluation.unapproved",
        "filing.duplicate-region", "filing.pack-mismatch", "filing.no-local-pack", "filing.nothing-to-check", "waiver",
    ]

    private static let descriptions: [String: String] = [
        "format.syntax": "不是格式正确的 YAML",
        "format.encoding": "不是 UTF-8 编码",
        "format.schema": "键未知、缺少或类型不对",
        "list.missing": "缺少辖区要求的清单",
        "list.count": "清单事项多于（或少于）核定数",
        "list.item-fields": "事项缺少名称、内容或依据",
        "list.duplicate": "同一清单中事项重复",
        "negative.missing": "负面清单缺少政策列明的事项",
        "negative.conflict": "不应由村级组织负责的事项出现在其他清单中",
        "assistance.funding": "协助事项未写明经费或权责（费随事转、权随责走）",
        "certificate.banned": "证明事项属于村级组织不应出具的证明",
        "certificate.fields": "证明事项缺少依据、时限、用途或流程",
        "certificate.count": "证明事项多于辖区保留数",
        "signboard.outside.count": "外部标牌多于允许数量",
        "signboard.outside.kind": "外部悬挂了不应在外部悬挂的标牌",
        "signboard.inside.count": "内部标牌多于允许数量",
        "signboard.style": "标牌书写方向或颜色不合规定式样",
        "signboard.name.abbreviation": "标牌使用简称",
        "signboard.name.script": "标牌使用繁体字或不规范简化字",
        "signboard.award": "评比表彰、示范创建类牌子作为标牌悬挂",
        "signboard.revision-frequency": "挂牌清单变更过于频繁",
        "facility.area": "综合服务设施建筑面积低于标准",
        "facility.activity-share": "群众活动区域面积占比低于要求",
        "mechanism.basis": "工作机制没有中央、法定依据或省级同意",
        "mechanism.dedicated-staff": "无依据要求专人专岗",
        "mechanism.funding": "有依据的工作机制未写明保障单位",
        "admission.unlisted-task": "交办村级组织的工作不在准入清单内",
        "process.steps": "小微权力流程环节过多",
        "asset.trading-venue": "达到限额的村集体资产资源交易未进入规定的公共资源交易平台",
        "filing.duplicate-region": "同一区划代码有多份申报",
        "admission.unchecked": "本次检查不含所属县级申报，交办工作未能核对准入",
        "reports.evidence": "台账报表或交办工作要求重复、多头、突击报送，或以截图、视频作为工作依据",
        "reports.unapproved": "向村级组织下发的表格、报表未经规定的审核",
        "evaluation.unapproved": "评比达标考核项目由部门或乡镇自行设立，未经统一确定",
        "filing.pack-mismatch": "申报指定的规则包不适用于其地区，已按地区的规则包检查",
        "filing.no-local-pack": "没有该地区的地方规则包，只按全国规则检查",
        "filing.nothing-to-check": "申报中没有适用规则检查的任何部分，规则都没有可检查的内容",
        "waiver": "豁免有误：缺少理由、已过期、未豁免任何问题或未指明规则",
    ]
}
