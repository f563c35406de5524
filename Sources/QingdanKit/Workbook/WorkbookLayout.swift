import QingdanPluginAPI

/// How a filing is laid out in a workbook, derived from the filing format (so a key a plugin
/// adds has its sheet or column too): a sheet per list, named by its Chinese title or one of
/// the names districts use; a column per key of the list's items, headed by its title or a
/// synonym; the scalars outside lists (region, date, facility) as label–value rows of a
/// 基本信息 sheet or above a table. See Docs/workbooks.md.
struct WorkbookLayout: Sendable {
    /// A list of the format: its sheet.
    struct Table: Sendable {
        let keys: [String]
        let title: String
        /// The item's keys, for a list of mappings; nil for a list of scalars (dates).
        let item: ObjectSchema?
        let scalar: SchemaType?
        /// Normalised names a sheet may have (`WorkbookLayout.normalized`).
        let names: [String]
        /// Normalised column heading → key of the item.
        let columns: [String: String]
        /// The headings shown in suggestions and written by `export`: the keys' titles.
        let headings: [(key: String, title: String)]

        var path: String { keys.joined(separator: ".") }
    }

    /// A scalar outside lists (`region.code`, `as_of`, `facility.households`).
    struct Field: Sendable {
        let keys: [String]
        let type: SchemaType
        let title: String
    }

    let format: FilingFormat
    let tables: [Table]
    let fields: [Field]
    /// Normalised label → field.
    let labels: [String: Field]

    static let informationSheetNames = ["基本信息", "基本情况", "申报信息", "封面", "填报信息"].map(normalized)
    /// Labels of a 基本信息 sheet that belong to the paperwork, not to the filing (and the
    /// heading 项目 of its label column).
    static let paperworkLabels: Set<String> = Set(
        [
            "填报人", "填表人", "联系人", "联系电话", "电话", "手机", "填报单位", "审核人", "负责人", "制表人", "盖章", "单位盖章",
            "签发人", "经办人", "说明", "填报说明", "备注", "项目", "项目名称", "填报时间", "邮箱", "电子邮箱", "单位负责人",
            "主要负责人", "分管负责人", "分管领导", "填报部门", "传真", "地址", "邮编",
        ].map(normalized))
    /// Headings of the running-number column, which is not part of an item.
    static let numberHeadings: Set<String> = Set(["序号", "编号", "序", "顺序号", "no", "no.", "项目编号"].map(normalized))
    /// The label of a header-block row that names the list a CSV table holds.
    static let listLabels: Set<String> = Set(["清单", "清单名称", "清单类别", "表名"].map(normalized))

    init(format: FilingFormat) {
        self.format = format
        var tables: [Table] = []
        var fields: [Field] = []
        func visit(_ object: ObjectSchema, prefix: [String]) {
            for property in object.properties {
                let keys = prefix + [property.name]
                switch property.type {
                case .object(let inner): visit(inner, prefix: keys)
                case .list(.object(let item)):
                    tables.append(Self.table(keys: keys, title: property.title, item: item, scalar: nil))
                case .list(let scalar) where scalar.isScalar:
                    tables.append(Self.table(keys: keys, title: property.title, item: nil, scalar: scalar))
                case let type where type.isScalar:
                    fields.append(Field(keys: keys, type: type, title: property.title))
                default: break
                }
            }
        }
        visit(format.root, prefix: [])
        self.tables = tables
        self.fields = fields
        var labels: [String: Field] = [:]
        for field in fields {
            let path = field.keys.joined(separator: ".")
            for name in [field.title, path] + (Self.fieldSynonyms[path] ?? []) {
                let key = Self.normalized(name)
                if labels[key] == nil { labels[key] = field }
            }
        }
        self.labels = labels
    }

    static func table(keys: [String], title: String, item: ObjectSchema?, scalar: SchemaType?) -> Table {
        let path = keys.joined(separator: ".")
        let names = ([title, path, keys.last!] + (tableSynonyms[path] ?? [])).map(normalized)
        var columns: [String: String] = [:]
        var headings: [(String, String)] = []
        if let item {
            for property in item.properties {
                headings.append((property.name, property.title))
                columns[normalized(property.title)] = property.name
                columns[normalized(property.name)] = property.name
            }
            // Synonyms after the titles: a title never loses to another key's synonym.
            for property in item.properties {
                for synonym in columnSynonyms[property.name] ?? [] where columns[normalized(synonym)] == nil {
                    columns[normalized(synonym)] = property.name
                }
            }
        } else {
            headings.append(("", title))
            for synonym in [title, "日期", "变更日期", "修订日期"] { columns[normalized(synonym)] = "" }
        }
        return Table(
            keys: keys, title: title, item: item, scalar: scalar, names: Array(Set(names)), columns: columns,
            headings: headings)
    }

    /// The table a sheet name (or a title row) names: the same name first, then a name it
    /// contains (`渝北区依法协助政府工作事项清单`), the longest such name winning.
    func table(named name: String, containing: Bool) -> Table? {
        let wanted = Self.normalized(name)
        guard !wanted.isEmpty else { return nil }
        if let exact = tables.first(where: { $0.names.contains(wanted) }) { return exact }
        guard containing else { return nil }
        var best: (table: Table, length: Int)?
        for table in tables {
            for candidate in table.names where candidate.count >= 2 && wanted.contains(candidate) {
                if candidate.count > (best?.length ?? 0) { best = (table, candidate.count) }
            }
        }
        return best?.table
    }

    /// Sheet names a drafter could have meant, for suggestions.
    var sheetSuggestions: [String] { ["基本信息"] + tables.map { Self.shortTitle($0.title) } }

    static func shortTitle(_ title: String) -> String {
        title.hasSuffix("清单") ? String(title.dropLast(2)) : title
    }

    /// A name as compared: spaces, numbering (`附件2`, `一、`, `1.`), bracketed remarks
    /// (`（2024年）`) and a trailing 清单, 表 or 一览表 removed; full-width letters and digits
    /// folded; lower case.
    static func normalized(_ text: String) -> String {
        var scalars: [Unicode.Scalar] = []
        var depth = 0
        for scalar in text.unicodeScalars {
            var scalar = scalar
            if (0xFF01...0xFF5E).contains(scalar.value) { scalar = Unicode.Scalar(scalar.value - 0xFEE0)! }
            switch scalar {
            case "(", "（", "【", "[", "〔": depth += 1
            case ")", "）", "】", "]", "〕": depth = max(depth - 1, 0)
            default:
                if depth == 0 && !scalar.properties.isWhitespace && scalar != "\u{3000}" && scalar != "*" {
                    scalars.append(scalar)
                }
            }
        }
        var text = String(String.UnicodeScalarView(scalars)).lowercased()
        // Numbering in front: 附件2、 附件2： 1. 1、 一、 （一） (the brackets already went).
        if text.hasPrefix("附件") { text = String(text.dropFirst(2)) }
        let numbering = Set("0123456789一二三四五六七八九十")
        let withoutNumber = text.drop { numbering.contains($0) }
        if withoutNumber.count < text.count, let first = withoutNumber.first, ".、:：．-_".contains(first) {
            text = String(withoutNumber.dropFirst())
        } else if withoutNumber.count < text.count, text.first.map({ "0123456789".contains($0) }) == true,
            !withoutNumber.isEmpty, withoutNumber.first.map({ !$0.isASCII }) == true
        {
            text = String(withoutNumber)
        }
        for suffix in ["一览表", "清单", "表"] where text.hasSuffix(suffix) && text.count > suffix.count + 1 {
            text = String(text.dropLast(suffix.count))
            break
        }
        return text
    }

    // MARK: The names districts use

    static let tableSynonyms: [String: [String]] = [
        "lists.self_governance": ["依法自治事项", "自治事项", "依法履行职责事项", "履行职责事项", "村级组织依法自治事项", "社区依法自治事项"],
        "lists.assistance": ["依法协助政府工作事项", "协助政府工作事项", "协助事项", "依法协助事项", "协助工作事项", "依法协助政府事项"],
        "lists.negative": ["负面事项", "负面清单", "村级组织负面事项"],
        "lists.certificates": ["依法出具证明事项", "出具证明事项", "证明事项", "保留证明事项", "保留的证明事项"],
        "lists.supervision": ["监督活动", "监督活动事项", "监督事项"],
        "lists.reports": ["台账报表"],
        "lists.evaluations": ["评比达标活动", "评比达标", "评比达标考核"],
        "lists.micro_powers": ["小微权力", "小微权力事项"],
        "lists.cadre_responsibilities": ["责任清单", "村级班子主要负责人责任"],
        "lists.cadre_prohibitions": ["村干部负面", "干部负面"],
        "lists.banned_certificates": ["不出具证明事项", "不应出具证明事项", "不应由村级组织出具的证明事项"],
        "signboards.outside": ["外部标牌", "外挂标牌", "外挂牌子", "室外标牌", "对外挂牌", "外部挂牌"],
        "signboards.inside": ["内部标牌", "室内标牌", "内部标识", "内部挂牌", "室内挂牌"],
        "mechanisms": ["村级工作机制", "工作机制"],
        "tasks": ["交办村级组织的工作", "交办工作", "交办事项"],
        "asset_transactions": ["村集体资产资源交易", "资产资源交易"],
        "signboard_list_revisions": ["挂牌清单变更日期", "挂牌清单变更", "变更日期"],
    ]

    static let columnSynonyms: [String: [String]] = [
        "name": [
            "事项名称", "名称", "事项", "项目名称", "证明名称", "证明事项名称", "证明事项", "标牌名称", "牌子名称", "机制名称", "工作名称",
            "交易名称", "工作事项", "权力事项", "事项名称及内容",
        ],
        "content": ["事项内容", "内容", "具体内容", "工作内容", "主要内容", "工作内容和要求", "职责内容", "主要职责"],
        "basis": [
            "法律依据", "设定依据", "法律法规依据", "政策依据", "依据", "法规依据", "法律法规政策依据", "设立依据", "悬挂依据", "实施依据",
            "文件依据",
        ],
        "department": ["责任部门", "主管部门", "责任单位", "牵头部门", "业务主管部门", "职能部门", "主管单位", "业务指导部门"],
        "funding": ["经费保障", "经费来源", "经费", "工作经费", "经费保障方式"],
        "approval": ["审批", "审定", "准入审批", "审批情况", "审定情况"],
        "note": ["备注", "说明"],
        "time_limit": ["出具时限", "办理时限", "时限", "承诺时限", "办结时限"],
        "purpose": ["办理用途", "用途", "证明用途"],
        "process": ["具体流程", "办理流程", "流程", "办理程序", "出具流程"],
        "guide": ["办事指南", "指南"],
        "form_sample": ["表单样本", "样表", "表单", "样本"],
        "steps": ["办理流程环节", "流程环节", "环节", "流程步骤", "运行流程", "办理流程"],
        "category": ["事项类别", "类别", "分类"],
        "major": ["是否重大事项", "重大事项"],
        "responsible": ["实施责任主体", "责任主体", "实施主体"],
        "supervisor": ["监督主体"],
        "applies_to": ["适用对象"],
        "kind": ["标牌类别", "类别", "牌子类别", "类型"],
        "orientation": ["书写方向", "方向"],
        "background": ["底色", "背景色"],
        "text_color": ["字色", "文字颜色", "字体颜色"],
        "basis_level": ["依据层级"],
        "set_by": ["设立单位", "设立部门", "发文单位"],
        "dedicated_staff": ["是否要求专人专岗", "专人专岗"],
        "funded_by": ["经费和人员保障单位", "保障单位"],
        "assigned_by": ["交办单位", "交办部门"],
        "list_item": ["对应的清单事项", "对应清单事项", "清单事项"],
        "purchase": ["购买服务"],
        "venue": ["交易场所"],
        "date": ["交易日期", "日期"],
        "resolution": ["决议"],
    ]

    static let fieldSynonyms: [String: [String]] = [
        "qingdan": ["格式版本"],
        "region.code": ["区划代码", "行政区划代码", "地区代码", "统计用区划代码", "区划编码"],
        "region.name": ["地区名称", "地区", "行政区划名称", "区划名称", "村（社区）名称", "村名称", "社区名称"],
        "region.level": ["层级", "行政层级", "级别", "地区层级"],
        "as_of": ["基准日期", "截至日期", "截止日期", "日期", "填报日期", "发布日期"],
        "pack": ["规则包"],
        "facility.households": ["户数", "总户数"],
        "facility.building_area_m2": ["总建筑面积", "建筑面积", "综合服务设施建筑面积"],
        "facility.activity_area_m2": ["群众活动区域面积", "活动区域面积", "活动面积", "群众活动面积"],
    ]

    /// Region levels as people write them.
    static let levelSynonyms: [String: String] = [
        "省": "province", "省级": "province", "市": "city", "市级": "city", "地级": "city", "县": "county", "区": "county",
        "县级": "county", "区级": "county", "县区": "county", "乡": "township", "镇": "township", "街道": "township",
        "乡镇": "township", "乡级": "township", "乡镇街道": "township", "村": "village", "社区": "village", "村级": "village",
        "村社区": "village",
    ]
}
