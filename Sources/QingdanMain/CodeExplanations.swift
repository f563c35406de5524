import QingdanCore
import QingdanPluginAPI
import QingdanSpreadsheet
import QingdanYAML

/// What `qingdan explain` says of a code that is no rule: the codes of files that do not parse,
/// of the filing schema, of the engine and of waivers, written for the drafter who meets one.
/// Nothing here names a file of the repository: the installed binary is all a user has.
struct CodeExplanation {
    var title: String
    var text: String
    /// A wrong line and the right one, when an example says it best.
    var wrong: String?
    var right: String?
    var fix: String

    /// Every code a drafter can see that is no rule's id, in the order `explain` lists them.
    static var allCodes: [String] {
        (FindingCode.yamlCodes + FindingCode.schemaCodes + FindingCode.spreadsheetCodes + FindingCode.filingCodes
            + FindingCode.waiverCodes)
            .map(\.rawValue) + waiverFileCodes.map(\.rawValue)
    }

    static let waiverFileCodes: [PackProblem.Code] = [.waiverSyntax, .waiverSchema, .waiverLimit]

    static func explanation(of code: String) -> CodeExplanation? { table[code] }

    static func render(_ code: String, _ explanation: CodeExplanation) -> String {
        var text = "\(code)  \(explanation.title)\n\n"
        let waivable =
            code.hasPrefix("waiver.") || FindingCode(code).isWaivable
            ? (code.hasPrefix("waiver.") ? "否（豁免本身的问题）" : "可以（用豁免注释或豁免文件，写明理由）")
            : "不能（文件要先改正才能检查）"
        text += "能否豁免：\(waivable)\n\n"
        text += "说明：\(explanation.text)\n"
        if let wrong = explanation.wrong, let right = explanation.right {
            text += "\n错误写法：\n" + indented(wrong) + "\n正确写法：\n" + indented(right)
        }
        text += "\n怎么改：\(explanation.fix)\n"
        return text
    }

    private static func indented(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n") + "\n"
    }

    private static let table: [String: CodeExplanation] = [
        "yaml.syntax": CodeExplanation(
            title: "文件不是格式正确的 YAML",
            text: "Qingdan 读不懂这个文件的结构：常见的是缺少冒号、缩进不一致、引号或括号没有成对。报告的行列是要改的地方。",
            wrong: "region:\n  code: \"500112101100\n  name 某村", right: "region:\n  code: \"500112101100\"\n  name: 某村",
            fix: "按报告的行列改正；键和值之间用半角冒号「:」加一个空格，同一层的键从同一列开始，引号和括号要成对。"),
        "yaml.encoding": CodeExplanation(
            title: "文件不是 UTF-8 编码",
            text: "申报文件要用 UTF-8 编码保存。从 Word、WPS 或旧版记事本另存的文件常是 GB18030（GBK）或 UTF-16。",
            fix: "用编辑器“另存为”，编码选 UTF-8；或检查时加 --encoding gb18030（或 utf-16）读取。"),
        "yaml.duplicate-key": CodeExplanation(
            title: "同一个映射里键重复",
            text: "同一层里一个键只能写一次；写了两次时，不能确定以哪个为准。消息里写明第一次出现的位置。",
            wrong: "region:\n  name: 某村\n  name: 某某村", right: "region:\n  name: 某某村",
            fix: "合并两处内容，或删去一处。"),
        "yaml.alias": CodeExplanation(
            title: "使用了锚点或别名",
            text: "申报文件不使用 YAML 的锚点（&名称）和别名（*名称）：它们让一处内容在别处重复，读者看不出实际写了什么。",
            fix: "把要重复的内容直接写出来。"),
        "yaml.tag": CodeExplanation(
            title: "使用了不支持的 YAML 标签",
            text: "以「!」开头的标签（如 !!binary、!custom）在申报文件中没有意义。",
            fix: "去掉标签；要让一个值按文本读，给它加引号。"),
        "yaml.complex-key": CodeExplanation(
            title: "键不是文本",
            text: "键必须是简短的文本；这里的键是一个列表或映射，通常是缩进或冒号写错了。",
            fix: "检查这一行的缩进和冒号，键要写成「名称: 值」。"),
        "yaml.multiple-documents": CodeExplanation(
            title: "一个文件里有多个 YAML 文档",
            text: "「---」分隔行开始了第二个文档；一个申报文件只能有一个文档。",
            fix: "删去多余的「---」，或把各文档拆成单独的文件。"),
        "yaml.empty": CodeExplanation(
            title: "文件是空的",
            text: "文件里没有内容，或只有空白和注释。",
            fix: "申报文件至少要写「qingdan: 1」、region 和 as_of。"),
        "yaml.limit": CodeExplanation(
            title: "文件超过大小、嵌套层数或节点数的上限",
            text: "申报文件通常只有几 KB、嵌套不超过 5 层；超过上限的文件多半不是申报文件，或缩进写错了。",
            fix: "检查是否选错了文件、缩进是否写错；确需检查更大的文件，用 --max-file-size、--max-depth 或 --max-nodes 调高上限。"),
        "input.unreadable": CodeExplanation(
            title: "无法读取文件",
            text: "文件不存在、没有读取权限，或不是普通文件（是目录、管道或设备）。",
            fix: "检查路径是否正确、文件是否可读。"),
        "yaml.full-width-colon": CodeExplanation(
            title: "键后面用了全角冒号",
            text: "在中文输入法下输入的冒号「：」是全角的，YAML 不认；键和值之间要用半角冒号「:」加一个空格。值里面的全角冒号（如「时间：每月1日」）没有问题。",
            wrong: "  name：某村", right: "  name: 某村",
            fix: "把键后面的「：」改为「: 」。这个改法是确定的，编辑器可以自动修正。"),
        "yaml.full-width-space": CodeExplanation(
            title: "用了全角空格缩进",
            text: "行首的全角空格「　」（中文输入法下的空格）不算缩进，会被当作键名的一部分。",
            fix: "把行首的全角空格改为半角空格，和同一层的键对齐；能确定缩进时，编辑器可以自动修正。"),
        "yaml.tab-indent": CodeExplanation(
            title: "用了 Tab 缩进",
            text: "YAML 只能用空格缩进，不能用 Tab。",
            fix: "把行首的 Tab 改为空格，和同一层的键对齐（下一层比上一层多缩进两个空格）；能确定缩进时，编辑器可以自动修正。"),
        "yaml.full-width-dash": CodeExplanation(
            title: "列表项前用了全角短横线",
            text: "列表项要以半角减号「-」加一个空格开头；全角的「－」或破折号「—」不算。",
            wrong: "  － name: 某某", right: "  - name: 某某",
            fix: "把「－」改为「-」。这个改法是确定的，编辑器可以自动修正。"),
        "yaml.full-width-hash": CodeExplanation(
            title: "注释用了全角「＃」",
            text: "注释要以半角「#」开头；以全角「＃」开头的一行会被当作内容来读。",
            wrong: "＃ 下面是标牌", right: "# 下面是标牌",
            fix: "把「＃」改为「#」。这个改法是确定的，编辑器可以自动修正。"),
        "schema.unknown-key": CodeExplanation(
            title: "未知的键",
            text: "申报格式里没有这个键：多半是拼写错误，或把键放到了错误的一层。消息会给出最接近的键名。",
            wrong: "lists:\n  assistence: []", right: "lists:\n  assistance: []",
            fix: "按建议改正键名，或检查这一行的缩进。"),
        "input.workbook-corrupt": CodeExplanation(
            title: "工作簿无法读取",
            text: "文件的扩展名是 .xlsx，但它不是完整的 Excel 工作簿：可能下载或拷贝时损坏了，或是改了扩展名的其他文件（压缩包、Word 文档）。",
            fix: "在 Excel、WPS 或 LibreOffice 中打开后重新另存为「Excel 工作簿（*.xlsx）」；打不开的文件请向发来的人重新索取。"),
        "input.workbook-legacy": CodeExplanation(
            title: "旧版或其他软件格式的工作簿",
            text: "Qingdan 读取 .xlsx 工作簿和 .csv 表格；Excel 97-2003 的 .xls、WPS 的 .et、LibreOffice 的 .ods 要先另存。",
            fix: "在表格软件中选「另存为」，文件类型选「Excel 工作簿（*.xlsx）」，再检查新文件。"),
        "input.workbook-encrypted": CodeExplanation(
            title: "工作簿设置了打开密码",
            text: "加密的工作簿不输入密码就读不出内容，Qingdan 不接收密码。",
            fix: "在 Excel 中打开，选「文件 → 信息 → 保护工作簿 → 用密码进行加密」，清空密码后保存；WPS 在「文件 → 文档加密」中取消。"),
        "input.workbook-macro": CodeExplanation(
            title: "工作簿含有宏",
            text: "含宏的工作簿（.xlsm）可能带有可执行的代码，Qingdan 不读取；申报内容用不到宏。",
            fix: "另存为不含宏的「Excel 工作簿（*.xlsx）」，再检查新文件。"),
        "input.workbook-limit": CodeExplanation(
            title: "工作簿超过大小上限",
            text: "工作簿解压后的内容或有内容的单元格数超过了上限（默认解压后 64 MB、25 万个单元格）。申报工作簿通常只有几百行；远超上限的多半是误选了别的文件，或是恶意构造的压缩炸弹。",
            fix: "确认选对了文件；确需检查更大的工作簿时，用 --max-file-size 和 --max-nodes 调高上限。"),
        "input.workbook-formula": CodeExplanation(
            title: "单元格是公式",
            text: "Qingdan 按单元格里写的内容检查，不计算公式：公式的结果可能随其他单元格变化，不能作为申报内容。序号列的公式（如 =ROW()-2）不受影响。",
            wrong: "D5：=协助事项!D3", right: "D5：区民政局",
            fix: "选中这些单元格，复制，再用「选择性粘贴 → 数值」粘贴回原处，保存后检查。"),
        "input.csv-syntax": CodeExplanation(
            title: "CSV 表格的引号不成对",
            text: "CSV 中以双引号开始的单元格要以双引号结束；内容里的双引号要写成两个（\"\"）。",
            fix: "在报告的单元格末尾补上双引号；或在 Excel、WPS 中打开后重新另存为「CSV UTF-8（逗号分隔）」。"),
        "schema.unknown-sheet": CodeExplanation(
            title: "不认识的工作表",
            text: "工作表的名称（和第一行的标题）不是申报格式中的任何清单，也不是「基本信息」，其中的内容没有检查。隐藏的工作表和空的工作表不检查，也不报告。",
            wrong: "工作表名称：Sheet1", right: "工作表名称：协助事项（或在第一行写标题「某某区依法协助政府工作事项清单」）",
            fix: "把工作表改名为清单名称（如 依法自治事项、协助事项、负面事项、证明事项、外部标牌），或删去不属于申报的工作表。"),
        "schema.unknown-column": CodeExplanation(
            title: "不认识的列",
            text: "列名行中有一列不是这张清单的项（或与另一列重复，或有内容却没有列名），这一列的内容没有检查。消息会给出最接近的列名。",
            wrong: "法律依椐", right: "法律依据",
            fix: "按建议改正列名；不属于清单的列（如 联系人）请删去或移到表格之外。"),
        "schema.no-header-row": CodeExplanation(
            title: "找不到列名行",
            text: "工作表是一张清单，但前 20 行中没有一行写着这张清单的列名（如 事项名称、法律依据），无法知道每一列是什么。",
            fix: "在表格内容上方写一行列名，如 序号、事项名称、事项内容、法律依据、责任部门。"),
        "schema.missing-key": CodeExplanation(
            title: "缺少必填的键",
            text: "这一层必须写的键没有写；只能取几个值之一的键，建议里列出可以写的值和它们的意思。",
            fix: "在报告的位置加上这个键和它的值。"),
        "schema.empty-value": CodeExplanation(
            title: "必填的值没有填写",
            text: "键写了，后面却没有值，或值只是空白；列表里也不能有空的「- 」。",
            fix: "在键后面写上内容，或删去空的列表项。"),
        "schema.type": CodeExplanation(
            title: "值的类型不对",
            text: "这里应是数字、日期、列表或映射，写成了别的。日期写成 2024-03-01，数字只写阿拉伯数字、不带单位也不加引号；写法确定时（如「2024年3月1日」「420平方米」），编辑器可以自动修正。",
            wrong: "as_of: 2024年3月1日\nfacility:\n  building_area_m2: 420平方米",
            right: "as_of: 2024-03-01\nfacility:\n  building_area_m2: 420",
            fix: "按建议的写法改正。"),
        "schema.value": CodeExplanation(
            title: "值不在允许的范围内",
            text: "只能取几个值之一的键写了别的值（建议里列出可以写的值和它们的意思），或数字超出范围、区划代码位数不对。",
            wrong: "      kind: 村委会", right: "      kind: villagers_committee",
            fix: "改为可以写的值之一，或核对这个数。"),
        "filing.unknown-pack": CodeExplanation(
            title: "指定的规则包不存在",
            text: "申报的 pack: 写了一个没有的规则包。",
            fix: "删去 pack: 让 Qingdan 按区划代码选择，或改为 `qingdan packs list` 列出的规则包。"),
        "filing.no-pack": CodeExplanation(
            title: "无法确定规则包",
            text: "区划代码没有对应的规则包，申报也没有用 pack: 指定。",
            fix: "核对 region.code；或在文件中写 pack:，或检查时加 --pack。"),
        "filing.no-applicable-rules": CodeExplanation(
            title: "没有适用于这份申报的规则",
            text: "规则包里没有对这个层级、在 as_of 这一天有效的规则。",
            fix: "核对 region.level 和 as_of，或用 pack: 指定适用的规则包。"),
        "filing.duplicate-region": CodeExplanation(
            title: "同一区划代码、同一日期有多份申报",
            text: "一次检查里两份申报写了同一个区划代码和同一个 as_of，不能确定哪一份有效。",
            fix: "删去重复的一份，或改正其中一份的区划代码或日期。"),
        "filing.pack-mismatch": CodeExplanation(
            title: "指定的规则包不适用于这个地区",
            text: "pack: 写的规则包不覆盖这份申报的区划代码；已按地区自己的规则包检查。",
            fix: "删去 pack:，或改为这个地区的规则包。"),
        "filing.no-local-pack": CodeExplanation(
            title: "没有这个地区的地方规则包",
            text: "只按全国规则检查了；地方规定的要求没有检查（提示，不是错误）。",
            fix: "地方规定需另行核对；地区的规则包若在别处，检查时用 --rules 目录加载，或用 --pack 指定。"),
        "filing.nothing-to-check": CodeExplanation(
            title: "申报里没有规则要检查的内容",
            text: "规则适用，但申报没有写它们检查的任何部分（如村级申报没有 signboards、facility、mechanisms、tasks），不能算作检查通过。",
            fix: "补上应申报的部分。"),
        "waiver.blanket": CodeExplanation(
            title: "豁免注释没有指明规则",
            text: "豁免注释要写明豁免哪条规则，不能笼统地豁免一切。",
            wrong: "# qingdan: allow\n- name: 农户种养殖情况证明",
            right: "# qingdan: allow YB-CERT-COUNT reason=\"经区政府同意暂保留\" until=2025-12-31\n- name: 农户种养殖情况证明",
            fix: "在注释里写上规则编号和理由。"),
        "waiver.malformed": CodeExplanation(
            title: "豁免写得不完整",
            text: "豁免缺少理由（reason=），日期写错，或写的规则编号不存在。",
            fix: "写成「# qingdan: allow 规则编号 reason=\"理由\" until=YYYY-MM-DD」（until 可以不写）。"),
        "waiver.expired": CodeExplanation(
            title: "豁免已到期",
            text: "豁免写明的到期日期已过，这条豁免不再生效，被豁免的问题重新报告。",
            fix: "问题已解决就删去豁免；仍需豁免的，经批准后更新到期日期。"),
        "waiver.unused": CodeExplanation(
            title: "豁免没有豁免任何问题",
            text: "这条豁免指向的问题已经不存在了。",
            fix: "删去这条豁免。"),
        "waiver.unwaivable": CodeExplanation(
            title: "这个问题不能豁免",
            text: "豁免指明的是文件格式、编码或申报格式的问题；这些问题要改正文件，不能豁免。",
            fix: "删去这条豁免，改正文件。"),
        "waiver.syntax": CodeExplanation(
            title: "豁免文件不是格式正确的 YAML",
            text: "--waivers 给出的豁免文件读不懂：缺少冒号、缩进不一致或引号没有成对。",
            fix: "按报告的行列改正豁免文件；豁免文件的写法见 `qingdan explain waiver.schema`。"),
        "waiver.schema": CodeExplanation(
            title: "豁免文件的键或值不对",
            text: "豁免文件（--waivers）的每一条豁免要写明适用的申报文件、规则编号、理由、批准机关和批准文号，到期日期可以不写；这里有未知的键、缺少的键或写错的值。",
            wrong: "waivers:\n  - rules: [YB-CERT-COUNT]\n    reason: 暂保留",
            right: """
                qingdan-waivers: 1
                waivers:
                  - files: ["filings/500112/*.yaml"]
                    rules: [YB-CERT-COUNT]
                    reason: 经区政府同意，暂保留第 8 项证明至市级清理完成
                    approver: 渝北区人民政府
                    document: 渝北府办〔2023〕15号
                    until: 2025-12-31
                """,
            fix: "按报告的行列改正豁免文件的这个键或值。"),
        "waiver.limit": CodeExplanation(
            title: "豁免文件太大",
            text: "一份豁免文件通常只有几十条豁免；这份超过了上限。",
            fix: "检查是否给错了文件。"),
    ]
}
