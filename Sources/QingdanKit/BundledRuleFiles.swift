// swift-format-ignore-file
// Generated from Rules/ by `swift run qingdan-generate`. Do not edit by hand.

let bundledRuleFiles: [(id: String, path: String, text: String)] = [
    ("cn", "Rules/cn.yaml", #"""
# yaml-language-server: $schema=../Docs/schemas/rule-pack.schema.json
# 全国规则包：党中央、国务院及国务院部门对村级组织工作事务、机制牌子和证明事项的规定。
# 各省、市、县（区）规则包继承本包（extends: cn）。
qingdan-pack: 1
id: cn
version: "1.0"
title: 全国
documents:
  cn-mca-2020-20:
    title: 民政部等六部门《关于改进和规范基层群众性自治组织出具证明工作的指导意见》及《不应由基层群众性自治组织出具证明事项清单（第一批）》
    level: national
    status: in-force
    number: 民发〔2020〕20号
  cn-2022-28:
    title: 中共中央办公厅 国务院办公厅《关于规范村级组织工作事务、机制牌子和证明事项的意见》
    level: national
    status: in-force
    number: 厅字〔2022〕28号
    issued: 2022-08-22
    # 引文经鞍山市贯彻通知（征求意见稿）转述，可在该文中核对。
    source: sources/003_177504c8e4607ae5.txt

rules:
  - id: CN-CERT-BANNED
    title: 不得出具民政部清单列明的 20 项证明
    topic: certificate.banned
    severity: error
    effective:
      from: 2020-04-28
      status: unverified
      note: 民发〔2020〕20号 2020 年印发；这一日子据公开转载，未与原文核对
    basis:
      document: cn-mca-2020-20
      section: 正文及附件《不应由基层群众性自治组织出具证明事项清单（第一批）》
      # 这句的措辞据公开转载（FACTS.md 第 7 节），未与原文核对；「有明确法律法规依据……」一句讲的是可以出具什么，不是禁止什么。
      quote: 凡是没有法律法规依据或未经国务院批准列入保留证明事项清单的证明事项，基层群众性自治组织不予出具
      status: unverified
    check:
      kind: items.catalogue
      list: lists.certificates
      catalogue:
        - 亲属关系证明
        - 居民身份信息证明
        - 户口登记项目内容变更申请证明
        - 居民养犬证明
        - 无犯罪记录证明
        - 社区戒毒社区康复人员情况证明（表现证明）
        - 人员失踪证明
        - 婚姻状况证明
        - 出生证明
        - 健在证明
        - 死亡证明
        - 疾病状况证明
        - 残疾状况证明
        - 婚育状况证明
        - 居民就业状况证明
        - 居民个人档案证明
        - 居民财产证明
        - 遗产继承权证明
        - 市场主体住所证明
        - 证件遗失证明
      # 日常简称（FACTS.md 第 7 节：无犯罪证明、养犬证明、身份证遗失证明、失踪证明、残疾证明、生存证明指同一事项；
      # 第 4 节：第 6 项也有不带「（表现证明）」的写法）。养犬、失踪、遗失证明由可有可无的词（居民、人员、证件）匹配。
      aliases:
        无犯罪记录证明: [无犯罪证明]
        社区戒毒社区康复人员情况证明（表现证明）: [社区戒毒社区康复人员情况证明]
        健在证明: [生存证明]
        残疾状况证明: [残疾证明]
      # 附件各项的子项名称，据清单附件的公开转载（FACTS.md 第 7 节），未与原文核对：按它们认定时，消息注明未核实。
      # 其他常见写法（未婚证明、就业证明……）不在来源中，同样按未核实处理。
      unverified_aliases:
        居民身份信息证明: [户籍证明, 身份信息证明]
        无犯罪记录证明: [无违法犯罪记录证明, 无违法犯罪证明]
        社区戒毒社区康复人员情况证明（表现证明）: [社区戒毒人员表现证明, 社区康复人员表现证明]
        居民就业状况证明: [就业证明, 失业证明]
        婚姻状况证明: [婚姻关系证明, 分居证明, 未婚证明, 单身证明]
        疾病状况证明: [急诊证明, 意外伤害证明]
        婚育状况证明: [生育状况证明]
        居民财产证明: [经济状况证明, 收入证明, 偿还能力证明, 房产证明, 银行存款证明, 投资情况证明, 车辆所有权证明]
        市场主体住所证明: [经营场所证明, 同意住宅改变为经营性用房证明, 经营性用房无扰民证明]
      optional_words: [居民, 人员, 证件, 个人]
      # 集体经济组织、企业的证明不是居民个人的证明（村集体经济组织年度收入证明不是「收入证明」）。
      except: [集体经济组织, 股份经济合作社, 经济合作社, 专业合作社, 村集体, 企业]
    message: 证明事项{item}属于《不应由基层群众性自治组织出具证明事项清单（第一批）》第 {number} 项「{entry}」，村级组织不应出具{unverified}
    hint: 从证明事项清单中删去该项；需要核实的，由主管部门通过信息共享、告知承诺等方式办理
    examples:
      fail:
        - lists:
            certificates:
              - name: 亲属关系证明  # ←
                basis: 无
        - lists:
            certificates:
              - name: 社区戒毒社区康复人员情况证明  # ←
        - lists:
            certificates:
              - name: 出具 婚姻状况 证明  # ←
        - lists:
            certificates:
              - name: 婚姻状况（未婚）证明  # ←
        - lists:
            certificates:
              - name: 无犯罪证明  # ←
        - lists:
            certificates:
              - name: 出生、死亡证明  # ←
        - lists:
            certificates:
              - name: 身份证遗失证明  # ←
        - lists:
            certificates:
              - name: 村民收入证明  # ←
      pass:
        - lists:
            certificates:
              - name: 居住情况证明
                basis: 《居住证暂行条例》第九条
              - name: 村民土地承包经营情况证明
              - name: 出生医学证明办理指引
              - name: 家庭经济困难学生认定情况证明
              - name: 村集体经济组织年度收入证明

  - id: CN-CERT-BASIS
    title: 保留的证明事项要有设定依据
    topic: certificate.fields
    severity: error
    effective:
      from: 2020-04-28
      status: unverified
      note: 民发〔2020〕20号 2020 年印发；这一日子据公开转载，未与原文核对
    yields_to: [CN-CERT-BANNED]
    basis:
      document: cn-mca-2020-20
      section: 二、依法依规确定出具证明事项
      quote: 有明确法律法规依据或经国务院批准列入保留证明事项清单、属于基层群众性自治组织职责范围的事项
      status: verified
    check:
      kind: items.fields
      lists: [lists.certificates]
      fields: [basis]
    message: 证明事项{item}缺少{missing}
    hint: 写明出具该证明的法律法规依据或国务院批准文件
    examples:
      fail:
        - lists:
            certificates:
              - name: 居住情况证明  # ←
      pass:
        - lists:
            certificates:
              - name: 居住情况证明
                basis: 《居住证暂行条例》第九条

  - id: CN-LIST-DUPLICATE
    title: 同一清单不重复列出同一事项
    topic: list.duplicate
    severity: warning
    effective:
      from: 2022-08-22
    basis:
      document: cn-2022-28
      section: 鞍山市贯彻通知 二、（一）转述
      quote: 分级制定村级组织工作事务清单，向社会公布
      status: verified
    check:
      kind: items.unique
      lists:
        - lists.self_governance
        - lists.assistance
        - lists.negative
        - lists.certificates
        - lists.supervision
        - lists.reports
        - lists.evaluations
        - lists.micro_powers
        - tasks
        - mechanisms
        - signboards.outside
        - signboards.inside
        - lists.banned_certificates
        - lists.cadre_responsibilities
        - lists.cadre_prohibitions
    message: "{title}第 {number} 项{item}与第 {first_number} 项{first}重复"
    hint: 删去重复的一项；确是两项不同工作的，把名称写得能区分开
    examples:
      fail:
        - lists:
            assistance:
              - name: 协助开展社会救助
              - name: 协助做好退役军人服务保障
              - name: 协助开展 社会救助  # ←
        - signboards:
            inside:
              - {name: 党员活动室（图书室）, kind: other}
              - {name: 党员活动室(图书室), kind: other}  # ←
      pass:
        - lists:
            assistance:
              - name: 协助开展社会救助
              - name: 协助开展临时救助

  - id: CN-NEGATIVE-CONFLICT
    title: 村级组织不作为行政执法、拆迁拆违、招商引资、安全生产的责任主体
    topic: negative.conflict
    severity: error
    effective:
      from: 2022-08-22
    basis:
      document: cn-2022-28
      section: 鞍山市贯彻通知 五、（四）转述
      quote: 不得将村级组织作为行政执法、拆迁拆违、招商引资、安全生产等事务的责任主体
      status: verified
    check:
      kind: items.categories
      lists: [lists.self_governance, lists.assistance, tasks]
      categories:
        行政执法:
          keywords: [行政执法, 执法]
          # 执法机构的名称（报送镇综合行政执法队处理）不是让村级组织执法。
          except: [执法队, 执法大队, 执法中队, 执法局, 执法部门, 执法机关, 执法人员]
          # 执法巡查、执法检查本身就是执法。
          mentions_excuse: false
        拆迁拆违:
          keywords: [拆迁, 拆违, 违法建筑, 违章建筑, 违法建设, 违章搭建, 违法搭建, 私搭乱建]
        招商引资:
          keywords: [招商引资, 招商任务, 引进项目任务]
        安全生产:
          keywords: [安全生产, 生产安全]
    message: "{item}（{title}）{why}，属于「{category}」，村级组织不应是其责任主体"
    hint: 从该清单删去此项；确需村级组织参与的，写成协助事项并注明主管部门和经费
    examples:
      fail:
        - lists:
            self_governance:
              - name: 负责辖区违法建筑拆除  # ←
        - tasks:
            - name: 完成年度招商引资任务  # ←
              assigned_by: 某镇政府
        - lists:
            assistance:
              - name: 协助并牵头完成征地拆迁任务  # ←
                department: 区住房城乡建设委
        - lists:
            assistance:
              - name: 协助做好重点项目建设
                content: 负责项目涉及房屋的拆迁签约  # ←
      pass:
        - lists:
            self_governance:
              - name: 调解民间纠纷
        - tasks:
            - name: 协助开展安全生产宣传
              assigned_by: 区应急管理局
        - lists:
            assistance:
              - name: 配合做好违法建设巡查报告
                department: 区城市管理局
              - name: 协助开展征地拆迁政策宣传
                department: 区规划自然资源局

  - id: CN-NEGATIVE-OWN-LIST
    title: 本级负面清单列明的事项不再列入自治、协助清单
    topic: negative.conflict
    severity: warning
    effective:
      from: 2022-08-22
    # 同一事项已按全国规则报告为错误的，不再以本级负面清单重复提醒。
    yields_to: [CN-NEGATIVE-CONFLICT]
    basis:
      document: cn-2022-28
      section: 鞍山市贯彻通知 五、（四）转述
      quote: 不得将村级组织作为行政执法、拆迁拆违、招商引资、安全生产等事务的责任主体
      status: verified
    check:
      kind: items.categories
      lists: [lists.self_governance, lists.assistance]
      from_list: lists.negative
      # 组织村民整治人居环境是村民自治的事（《中华人民共和国村民委员会组织法》第八条），不是负面清单的「环境整治」。
      except: [人居环境, 执法队, 执法大队, 执法中队, 执法局, 执法部门, 执法机关, 执法人员]
      # 负面清单上写的事项名称，也指这些常见写法。
      list_keywords:
        拆迁拆违: [拆迁, 拆违, 拆除, 违法建筑, 违章建筑, 违法建设, 违章搭建, 违法搭建, 私搭乱建]
        行政执法: [执法]
        招商引资: [招商引资, 招商任务, 引进项目任务]
        安全生产: [安全生产, 生产安全]
        生产安全管理: [安全生产, 生产安全]
        城市管理: [城市管理, 城管]
        协税护税: [协税, 护税, 征税, 催缴税]
      list_mentions_excuse_not: [执法]
      assisting_allowed: false
    message: "{item}（{title}）与本申报负面清单中的「{category}」是同一事项：{why}"
    hint: 负面事项不应由村级组织承担；确需村级组织配合的，写明只限宣传、报告等，或调整负面清单
    examples:
      fail:
        - lists:
            negative:
              - name: 征地拆迁
            assistance:
              - name: 协助做好征地拆迁工作  # ←
                department: 区住房城乡建设委
        - lists:
            negative:
              - name: 协税护税
            assistance:
              - name: 协助做好农村房屋出租户催缴税款工作  # ←
                department: 区税务局
      pass:
        - lists:
            negative:
              - name: 行政执法
            assistance:
              - name: 协助做好违法建设巡查
                content: 发现私搭乱建及时拍照登记，报送镇综合行政执法队处理
                department: 区城市管理局
        - lists:
            negative:
              - name: 征地拆迁
            assistance:
              - name: 协助开展征地拆迁政策宣传
                department: 区住房城乡建设委
        # 全国规则已报告为错误的同一事项，这里不再提醒（yields_to）。
        - lists:
            negative:
              - name: 拆迁拆违
            self_governance:
              - name: 负责辖区违法建筑拆除

  - id: CN-CERT-FIELDS
    title: 保留的证明事项明确出具时限、办理用途和具体流程
    topic: certificate.fields
    severity: error
    effective:
      from: 2022-08-22
    yields_to: [CN-CERT-BANNED]
    basis:
      document: cn-2022-28
      section: 鞍山市贯彻通知 四、（二）转述
      quote: 县级党委和政府要针对具体证明事项，明确出具时限、办理用途、具体流程及法律依据，实行清单化管理
      status: verified
    check:
      kind: items.fields
      lists: [lists.certificates]
      # 法律依据由 CN-CERT-BASIS 检查，这里不重复报告。
      fields: [time_limit, purpose, process]
    message: 证明事项{item}缺少{missing}
    hint: 写明出具时限（time_limit，如「即时办结」「3个工作日」）、办理用途（purpose）和具体流程（process）
    examples:
      fail:
        - lists:
            certificates:
              - name: 居住情况证明  # ←
                basis: 《居住证暂行条例》第九条
                time_limit: 即时办结
        - lists:
            certificates:
              - name: 村民土地承包经营情况证明
                basis: 《中华人民共和国农村土地承包法》第二十四条
                time_limit: 无  # ←
                purpose: 办理土地经营权流转
                process: 申请人提出申请，村民委员会核实后出具
      pass:
        - lists:
            certificates:
              - name: 居住情况证明
                basis: 《居住证暂行条例》第九条
                time_limit: 即时办结
                purpose: 申领居住证
                process: 申请人提出申请，村民委员会核实居住情况后当场出具

  - id: CN-TASK-DEPLOYMENT
    title: 清单之外的工作须经县级党委和政府统一部署才交给村级组织
    topic: admission.unlisted-task
    severity: error
    effective:
      from: 2022-08-22
    levels: [township, village]
    basis:
      document: cn-2022-28
      section: 鞍山市贯彻通知 五、（四）转述
      quote: 未经县级党委和政府统一部署，党政群机构不得将自身权责事项派交村级组织承担
      status: verified
    check:
      kind: tasks.admitted
      list: tasks
      # 县级公布的工作事务清单就是县级统一部署的事项；清单之外的，要有统一部署的记录。
      admitted_by: [lists.self_governance, lists.assistance]
      # 清单之外：有统一部署的记录，或者由政府购买服务（购买服务是合同，不是派交）。
      exempt_when_any: [{approval: [present]}, {purchase: [present]}]
      # 村民会议、村民委员会等村级组织自己安排的工作，不是党政群机构派交的。
      exempt_contains: {assigned_by: [村民会议, 村民代表会议, 村民委员会, 村务监督委员会, 村党组织, 村党支部, 村党委, 村党总支]}
    message: 交办的工作{item}不在{district}的{lists}中{why}，也没有写明县级党委和政府的统一部署
    hint: 清单之外的工作，要写明 approval（县级党委和政府统一部署的文件或会议，以及日期），或写明购买服务的合同（purchase）；没有统一部署的，不应派交村级组织
    examples:
      fail:
        - filing:
            tasks: [{name: 协助开展企业用工情况调查, assigned_by: 县人力社保局}]  # ←
          district:
            region: {code: "330212", name: 浙江省宁波市鄞州区, level: county}
            lists: {assistance: [{name: 协助开展社会救助}]}
        - filing:
            tasks: [{name: 协助开展企业用工情况调查, assigned_by: 县人力社保局, approval: 局长办公会同意}]  # ←
          district:
            region: {code: "330212", name: 浙江省宁波市鄞州区, level: county}
            lists: {assistance: [{name: 协助开展社会救助}]}
      pass:
        - filing:
            tasks: [{name: 协助开展社会救助, assigned_by: 区民政局}]
          district:
            region: {code: "330212", name: 浙江省宁波市鄞州区, level: county}
            lists: {assistance: [{name: 协助开展社会救助}]}
        - filing:
            tasks:
              - name: 协助开展企业用工情况调查
                assigned_by: 区人力社保局
                approval: 区委、区政府 2023-03-15 印发工作方案统一部署
              - name: 村级公路日常养护
                assigned_by: 区交通运输局
                purchase: 《农村公路日常养护购买服务协议》（2023-03-08 签订）
              - name: 村庄清洁行动
                assigned_by: 某某村村民委员会
          district:
            region: {code: "330212", name: 浙江省宁波市鄞州区, level: county}
            lists: {assistance: [{name: 协助开展社会救助}]}

  - id: CN-TASK-DEPLOYMENT-UNCHECKED
    title: 交办工作是否经统一部署，须与县级申报一起核对
    topic: admission.unchecked
    severity: info
    effective:
      from: 2022-08-22
    levels: [township, village]
    basis:
      document: cn-2022-28
      section: 鞍山市贯彻通知 五、（四）转述
      quote: 未经县级党委和政府统一部署，党政群机构不得将自身权责事项派交村级组织承担
      status: verified
    check:
      kind: district.in-run
      section: tasks
    message: 本次检查不含所属县级地区的申报，{title}未能与县级公布的清单核对是否经统一部署
    hint: 把县级的清单申报与村级申报放在一起检查：在同一条命令中列出两者，或检查它们所在的整个文件夹
    examples:
      fail:
        - tasks: [{name: 协助开展社会救助, assigned_by: 区民政局}]  # ←
      pass:
        - filing:
            tasks: [{name: 协助开展社会救助, assigned_by: 区民政局}]
          district:
            region: {code: "330212", name: 浙江省宁波市鄞州区, level: county}
            lists: {assistance: [{name: 协助开展社会救助}]}

  - id: CN-REPORTS-EVIDENCE
    title: 不以截图、视频作为落实工作的依据，不重复、多头、突击报送
    topic: reports.evidence
    severity: error
    effective:
      from: 2022-08-22
    basis:
      document: cn-2022-28
      section: 鞍山市贯彻通知 二、（三）转述
      quote: 不得要求村级组织重复报送、多头报送、突击报送数据和材料，不得简单以上传工作场景截图或者录制视频等作为评价村级组织是否落实工作的依据
      status: verified
    check:
      kind: items.categories
      lists: [tasks, lists.reports]
      fields: [name, content, note]
      responsibility_only: false
      assisting_allowed: false
      categories:
        以截图、视频作为工作依据:
          keywords: [工作场景截图, 截图, 录制视频, 拍摄视频, 上传视频, 视频佐证, 视频留痕, 小视频]
          except: [视频会议, 监控视频]
        # 照片、视频本身可以是工作记录；拿来考核、评价、佐证工作是否落实，才是原文所禁止的「等」。
        以照片、视频作为考核依据:
          keywords: [照片, 视频, 图片]
          except: [视频会议, 监控视频, 照片采集, 证件照]
          with_any: [依据, 考核, 考评, 评比, 评价, 佐证, 留痕]
        重复、多头、突击报送:
          # 原文的词，和它们的常见写法：向几个部门分别报送（多头）、纸质电子各报一套（重复）、接通知当天就要（突击）。
          # 「发现险情立即报送」是应急报告，不算突击报送。
          keywords: [重复报送, 多头报送, 突击报送, 重复填报, 多头填报, 各报一套, 各报送一套, 纸质版和电子版各, 同时报送纸质,
                     接通知后当日, 接到通知后当日, 接通知当日, 接到通知当天, 接通知后当天]
        向几个部门分别报送:
          keywords: [分别向, 分别报送, 分别上报]
          with_any: [报送, 上报, 填报, 报表]
    message: "{item}（{title}）要求{category}：{why}"
    hint: 台账、报表由乡级党委和政府每年年初按规定频次统一安排报送；评价工作看实效，不要求上传截图、录制视频
    examples:
      fail:
        - tasks:
            - name: 人居环境整治每日巡查
              assigned_by: 镇农业服务中心
              content: 每天在工作群上传巡查工作场景截图  # ←
        - lists:
            reports:
              - name: 防溺水宣传工作台账
                content: 每次宣传须录制视频上传镇防溺水工作群  # ←
        - tasks:
            - name: 疫苗接种摸排情况
              assigned_by: 镇卫生院
              note: 镇卫生院、镇社会事务办各要一份，须重复报送  # ←
        - tasks:
            - name: 每周上传网格巡查照片和视频作为考核依据  # ←
              assigned_by: 镇综治中心
      pass:
        - tasks:
            - name: 协助开展人居环境整治宣传
              assigned_by: 镇农业服务中心
        - lists:
            reports:
              - name: 村民委员会会议记录
                content: 按季度汇总，每年年初统一报送
        - tasks:
            - name: 参加全镇安全生产视频会议
              assigned_by: 镇应急办
        - tasks:
            - name: 协助做好违法建设巡查
              assigned_by: 区城市管理局
              content: 发现私搭乱建及时拍照登记，报送镇综合行政执法队处理
        - tasks:
            - name: 协助做好汛期防汛防台工作
              assigned_by: 镇应急管理办公室
              content: 发现险情立即报送镇防汛办；不要求上传工作截图，整治前后照片不作为考核依据
        - lists:
            reports:
              - name: 村民委员会会议记录
                content: 按季度汇总，每年年初统一报送，不得重复报送、多头报送

  - id: CN-MECHANISM-STAFF
    title: 原则上不在村级设立专门工作机制、要求专人专岗
    topic: mechanism.dedicated-staff
    severity: warning
    effective:
      from: 2022-08-22
    basis:
      document: cn-2022-28
      section: 鞍山市贯彻通知 三、（一）转述
      quote: 可由村级组织、基层群团组织承担相应职责的，原则上不得在村级设立专门工作机制或者要求专人专岗
      status: verified
    check:
      kind: items.forbidden
      lists: [mechanisms]
      # 没有依据的机制要求专人专岗，由 CN-MECHANISM-BASIS 报告一次（「不得新设村级工作机制，不得要求专人专岗」）；
      # 党中央、国务院明确要求或法律法规明确规定的，可以专人专岗。这里只看经省级同意、可以设立的机制。
      when: {dedicated_staff: ["true"], basis_level: [provincial_approval]}
      # 村民会议、村民委员会依自治设立的组织不是党政群机构设立的机制。
      unless_contains: {set_by: [村民会议, 村民代表会议, 村民委员会, 村务监督委员会, 村党组织, 村党支部, 村党委, 村党总支]}
    message: 工作机制{item}要求专人专岗；可由村级组织、基层群团组织承担相应职责的，原则上不得要求专人专岗
    hint: 能由村级组织、基层群团组织承担的职责，不另设专人专岗；确有需要的，写明理由，或写明依据（basis、basis_level）
    examples:
      fail:
        - mechanisms:
            - {name: 村级禁毒工作站, set_by: 县禁毒委员会办公室, basis_level: provincial_approval, dedicated_staff: true}  # ←
      pass:
        - mechanisms:
            - {name: 村级禁毒工作站, set_by: 县禁毒委员会办公室, basis_level: provincial_approval, dedicated_staff: false}
        - mechanisms:
            - {name: 村人民调解委员会, set_by: 村民委员会, basis: 《中华人民共和国人民调解法》第八条, basis_level: law, dedicated_staff: true}
        - mechanisms:
            - {name: 某某工作站, set_by: 区某某局, dedicated_staff: true}

  - id: CN-OUTSIDE-COUNT
    title: 外部标牌不超过 6 块
    topic: signboard.outside.count
    severity: error
    effective:
      from: 2022-08-22
    basis:
      document: cn-2022-28
      section: 鞍山市贯彻通知 三、（三）转述
      quote: 可以在村级综合服务设施外部显著位置，悬挂村党组织、村民委员会、村集体经济组织、村务监督委员会和村党群服务中心、村新时代文明实践站6块工作服务机构类标牌（标识）
      status: verified
    check:
      kind: list.count
      list: signboards.outside
      max: 6
      # 「除党中央、国务院明确要求或法律明文规定外」：有这样依据的标牌不计入 6 块。
      exempt_when: {basis_level: [central, law]}
    message: 外部悬挂了 {count} 块标牌，超过 {max} 块；从{item}起超出 {excess} 块
    hint: 外部只挂村党组织、村民委员会、村集体经济组织、村务监督委员会、村党群服务中心、村新时代文明实践站 6 块；其他牌子移入内部或撤下
    examples:
      fail:
        - signboards:
            outside:
              - {name: 中国共产党某某村委员会, kind: party_organization}
              - {name: 某某村村民委员会, kind: villagers_committee}
              - {name: 某某村股份经济合作社, kind: collective_economy}
              - {name: 某某村村务监督委员会, kind: supervision_committee}
              - {name: 某某村党群服务中心, kind: service_center}
              - {name: 某某村新时代文明实践站, kind: civilization_station}
              - {name: 某某村综治中心, kind: other}  # ←
      pass:
        - signboards:
            outside:
              - {name: 中国共产党某某村委员会, kind: party_organization}
              - {name: 某某村村民委员会, kind: villagers_committee}
              - {name: 某某村股份经济合作社, kind: collective_economy}
              - {name: 某某村村务监督委员会, kind: supervision_committee}
              - {name: 某某村党群服务中心, kind: service_center}
              - {name: 某某村新时代文明实践站, kind: civilization_station}
              - {name: 某某村人民调解委员会, kind: other, basis: 《中华人民共和国人民调解法》第八条, basis_level: law}

  - id: CN-OUTSIDE-KIND
    title: 外部只悬挂 6 类工作服务机构标牌，其他标牌须有中央或法律依据
    topic: signboard.outside.kind
    severity: error
    effective:
      from: 2022-08-22
    basis:
      document: cn-2022-28
      section: 鞍山市贯彻通知 三、（三）转述
      quote: 除党中央、国务院明确要求或法律明文规定外，外部不得悬挂其他标牌（标识）
      status: verified
    check:
      kind: items.forbidden
      lists: [signboards.outside]
      when: {kind: [other]}
      # 「法律明文规定」：只有法律（law）；机制可依法律法规（statutory），标牌不行。
      unless: {basis_level: [central, law], basis: [present]}
    message: 外部标牌{item}不属于 6 类工作服务机构标牌，也没有写明党中央、国务院明确要求或法律明文规定的依据
    hint: 撤下或移入内部；确有依据的，写明 basis（文件或法律条文）和 basis_level（central 或 law）；行政法规、地方性法规和部门文件不是外部挂牌的依据
    examples:
      fail:
        - signboards:
            outside:
              - {name: 某某村综治中心, kind: other}  # ←
        - signboards:
            outside:
              - {name: 某某村老年协会, kind: other, basis: 市民政局通知, basis_level: none}  # ←
        - signboards:
            outside:
              - {name: 某某村村务公开监督小组, kind: other, basis: 《辽宁省实施〈中华人民共和国村民委员会组织法〉办法》, basis_level: statutory}  # ←
      pass:
        - signboards:
            outside:
              - {name: 某某村人民调解委员会, kind: other, basis: 《中华人民共和国人民调解法》第八条, basis_level: law}
              - {name: 某某村村民委员会, kind: villagers_committee}

  - id: CN-STYLE-ORIENTATION
    title: 四个组织的外部标牌一般竖写
    topic: signboard.style
    severity: warning
    effective:
      from: 2022-08-22
    basis:
      document: cn-2022-28
      section: 鞍山市贯彻通知 三、（三）转述
      quote: 式样一般采用竖写，党组织白底红字，其他组织白底黑字
      status: verified
    check:
      kind: items.forbidden
      lists: [signboards.outside]
      # 「一横四竖一标识」（来源 004）：村党群服务中心横写、新时代文明实践站作标识，均是公认的式样；竖写指四个组织的标牌。
      when:
        kind: [party_organization, villagers_committee, collective_economy, supervision_committee]
        orientation: [horizontal]
      report_at: value
    message: 外部标牌{item}是横写，式样一般采用竖写
    hint: 改为竖写；原文为「一般」，确有需要横写的可保留
    examples:
      fail:
        - signboards:
            outside:
              - {name: 某某村村民委员会, kind: villagers_committee, orientation: horizontal}  # ←
      pass:
        - signboards:
            outside:
              - {name: 某某村党群服务中心, kind: service_center, orientation: horizontal}
              - {name: 某某村村民委员会, kind: villagers_committee, orientation: vertical}
              - {name: 某某村新时代文明实践站, kind: civilization_station, orientation: horizontal}

  - id: CN-STYLE-PARTY-COLOURS
    title: 党组织标牌一般白底红字
    topic: signboard.style
    severity: warning
    effective:
      from: 2022-08-22
    basis:
      document: cn-2022-28
      section: 鞍山市贯彻通知 三、（三）转述
      quote: 式样一般采用竖写，党组织白底红字，其他组织白底黑字
      status: verified
    check:
      kind: items.forbidden
      lists: [signboards.outside]
      when: {kind: [party_organization]}
      unless: {background: [white, absent], text_color: [red, absent]}
      report_at: value
    message: 党组织标牌{item}是{background}底{text_color}字，式样一般为白底红字
    hint: "党组织标牌一般采用白底红字（background: white，text_color: red）"
    examples:
      fail:
        - signboards:
            outside:
              - {name: 中国共产党某某村委员会, kind: party_organization, background: white, text_color: black}  # ←
      pass:
        - signboards:
            outside:
              - {name: 中国共产党某某村委员会, kind: party_organization, background: white, text_color: red}
              - {name: 某某村村民委员会, kind: villagers_committee, background: white, text_color: black}

  - id: CN-STYLE-OTHER-COLOURS
    title: 其他组织标牌一般白底黑字
    topic: signboard.style
    severity: warning
    effective:
      from: 2022-08-22
    basis:
      document: cn-2022-28
      section: 鞍山市贯彻通知 三、（三）转述
      quote: 式样一般采用竖写，党组织白底红字，其他组织白底黑字
      status: verified
    check:
      kind: items.forbidden
      lists: [signboards.outside]
      # 「其他组织白底黑字」说的是组织；党群服务中心和新时代文明实践站不是组织（FACTS.md 第 7 节）。
      when: {kind: [villagers_committee, collective_economy, supervision_committee]}
      unless: {background: [white, absent], text_color: [black, absent]}
      report_at: value
    message: 标牌{item}是{background}底{text_color}字，其他组织标牌式样一般为白底黑字
    hint: "党组织以外的标牌一般采用白底黑字（background: white，text_color: black）"
    examples:
      fail:
        - signboards:
            outside:
              - {name: 某某村村民委员会, kind: villagers_committee, background: white, text_color: red}  # ←
      pass:
        - signboards:
            outside:
              - {name: 某某村村民委员会, kind: villagers_committee, background: white, text_color: black}
              - {name: 中国共产党某某村委员会, kind: party_organization, background: white, text_color: red}

  - id: CN-NAME-ABBREVIATION
    title: 标牌名称写全称，不用简称
    topic: signboard.name.abbreviation
    severity: error
    effective:
      from: 2022-08-22
    basis:
      document: cn-2022-28
      section: 鞍山市贯彻通知 三、（三）转述
      quote: 挂牌名称要采用县级党委和政府及有关机构设置文件规定的名称，不能使用简称，不得使用繁体字或不规范的简化字
      status: verified
    check:
      kind: items.abbreviations
      lists: [signboards.outside, signboards.inside]
      abbreviations:
        中共: 中国共产党
        村委会: 村民委员会
        村委: 村民委员会
        居委会: 居民委员会
        村监会: 村务监督委员会
        村监委: 村务监督委员会
        村监委会: 村务监督委员会
        村监委员会: 村务监督委员会
        监委会: 村务监督委员会
        村务监督会: 村务监督委员会
        调委会: 人民调解委员会
        治保会: 治安保卫委员会
        妇联: 妇女联合会
        党群中心: 党群服务中心
        文明实践站: 新时代文明实践站
    message: 标牌{item}用了简称「{short}」，应写全称「{full}」：{suggestion}
    hint: 挂牌名称以县级党委和政府及有关机构设置文件规定的名称为准
    examples:
      fail:
        - signboards:
            outside:
              - {name: 某某村村委会, kind: villagers_committee}  # ←
        - signboards:
            outside:
              - {name: 某某村文明实践站, kind: civilization_station}  # ←
        - signboards:
            outside:
              - {name: 中共某某村支部委员会, kind: party_organization}  # ←
        - signboards:
            outside:
              - {name: 某某村监委会, kind: supervision_committee}  # ←
        - signboards:
            inside:
              - {name: 某某村调委会, kind: other}  # ←
      pass:
        - signboards:
            outside:
              - {name: 中国共产党某某村委员会, kind: party_organization}
              - {name: 某某村村民委员会, kind: villagers_committee}
              - {name: 某某村新时代文明实践站, kind: civilization_station}
              - {name: 某某村村务监督委员会, kind: supervision_committee}
            inside:
              - {name: 村务监督会议室, kind: other}
              - {name: 村民委员会会议室, kind: other}
              - {name: 某某村人民调解委员会, kind: other}

  - id: CN-NAME-SCRIPT
    title: 标牌名称不用繁体字和不规范的简化字
    topic: signboard.name.script
    severity: error
    effective:
      from: 2022-08-22
    basis:
      document: cn-2022-28
      section: 鞍山市贯彻通知 三、（三）转述
      quote: 挂牌名称要采用县级党委和政府及有关机构设置文件规定的名称，不能使用简称，不得使用繁体字或不规范的简化字
      status: verified
    check:
      kind: items.script
      lists: [signboards.outside, signboards.inside]
    message: 标牌{item}用了{kinds}：{found}；应为「{suggestion}」
    hint: 按《通用规范汉字表》使用规范汉字
    examples:
      fail:
        - signboards:
            outside:
              - {name: 某某村村民委員會, kind: villagers_committee}  # ←
        - signboards:
            inside:
              - {name: 某某村歺厅, kind: other}  # ←
      pass:
        - signboards:
            outside:
              - {name: 乾元村村民委员会, kind: villagers_committee}
              - {name: 中国共产党乾元村委员会, kind: party_organization}

  - id: CN-AWARD-PLAQUES
    title: 评比达标表彰类和创建示范类牌子集中展陈，不作标牌悬挂
    topic: signboard.award
    severity: error
    effective:
      from: 2022-08-22
    basis:
      document: cn-2022-28
      section: 鞍山市贯彻通知 三、（三）转述
      quote: 评比达标表彰类和创建活动示范类的标牌采取集中展陈形式展示
      status: verified
    check:
      kind: items.forbidden
      lists: [signboards.outside, signboards.inside]
      when: {kind: [award]}
    message: "{title}中的{item}是评比表彰或示范创建类牌子，应集中展陈，不作标牌悬挂"
    hint: 把这类牌子移到荣誉室或展陈区集中展示，并从标牌清单中删去
    examples:
      fail:
        - signboards:
            outside:
              - {name: 全国文明村, kind: award}  # ←
      pass:
        - signboards:
            outside:
              - {name: 某某村村民委员会, kind: villagers_committee}

  - id: CN-MECHANISM-BASIS
    title: 村级工作机制须有中央、法律法规依据或省级同意
    topic: mechanism.basis
    severity: error
    effective:
      from: 2022-08-22
    basis:
      document: cn-2022-28
      section: 鞍山市贯彻通知 三、（一）转述
      quote: 除党中央、国务院明确要求或者法律法规明确规定外，未经省级党委和政府同意，党政群机构不得新设村级工作机制，不得要求专人专岗
      status: verified
    check:
      kind: items.forbidden
      lists: [mechanisms]
      when: {basis_level: [none, absent]}
      # 禁止的是党政群机构新设机制；村民会议、村民代表会议依自治设立的议事组织（红白理事会、村民议事会）不在此列。
      report_at: value
      unless_contains: {set_by: [村民会议, 村民代表会议, 村民委员会, 村务监督委员会, 村党组织, 村党支部, 村党委, 村党总支]}
    message: 工作机制{item}（设立单位：{set_by}）没有党中央、国务院明确要求或法律法规规定的依据，也未经省级党委和政府同意：这样的机制不得新设，也不得要求专人专岗
    hint: 撤销该机制，或写明依据（basis）和依据层级（basis_level：central、statutory 或 provincial_approval）
    examples:
      fail:
        - mechanisms:
            - {name: 某某工作领导小组, set_by: 区某某局}  # ←
        - mechanisms:
            - {name: 某某工作站, set_by: 区某某局, basis_level: none}  # ←
      pass:
        - mechanisms:
            - {name: 村人民调解委员会, set_by: 村民委员会, basis: 《中华人民共和国人民调解法》, basis_level: statutory, funded_by: 区司法局}
            - {name: 某某村红白理事会, set_by: 某某村村民会议, basis_level: none}

  - id: CN-MECHANISM-FUNDING
    title: 有依据设立的工作机制写明提供人员、经费的单位
    topic: mechanism.funding
    severity: error
    effective:
      from: 2022-08-22
    basis:
      document: cn-2022-28
      section: 鞍山市贯彻通知 三、（一）转述
      quote: 党中央、国务院明确要求或者法律法规明确规定设立村级工作机制、专人专岗的，相应的党政群机构应协调提供人员、经费等必要工作条件，不得将保障责任转嫁给村级组织
      status: verified
    check:
      kind: items.fields
      lists: [mechanisms]
      fields: [funded_by]
      # 有依据设立的机制（FACTS.md 第 3 节：党中央、国务院明确要求、法律法规规定或省级同意）。
      when: {basis_level: [central, law, statutory, provincial_approval]}
    message: 工作机制{item}没有写明由哪个党政群机构提供人员、经费等工作条件：缺少{missing}
    hint: 写明 funded_by：设立该机制的党政群机构负责保障，不得转嫁给村级组织
    examples:
      fail:
        - mechanisms:
            - {name: 村人民调解委员会, basis: 《中华人民共和国人民调解法》, basis_level: statutory}  # ←
      pass:
        - mechanisms:
            - {name: 村人民调解委员会, basis: 《中华人民共和国人民调解法》, basis_level: statutory, funded_by: 区司法局}

  - id: CN-MECHANISM-FUNDER
    title: 工作机制的保障责任不转嫁给村级组织
    topic: mechanism.funding
    severity: error
    effective:
      from: 2022-08-22
    basis:
      document: cn-2022-28
      section: 鞍山市贯彻通知 三、（一）转述
      quote: 党中央、国务院明确要求或者法律法规明确规定设立村级工作机制、专人专岗的，相应的党政群机构应协调提供人员、经费等必要工作条件，不得将保障责任转嫁给村级组织
      status: verified
    check:
      kind: items.forbidden
      lists: [mechanisms]
      # 有依据设立的机制（FACTS.md 第 3 节）；没有依据的由 CN-MECHANISM-BASIS 报告。
      when: {basis_level: [central, law, statutory, provincial_approval]}
      when_contains: {funded_by: [村民委员会, 村委会, 村集体, 村级组织, 本村, 村自筹, 村级自筹, 村民自筹, 村自行]}
      # 村民会议、村民委员会依自治设立的组织由村里自己保障，不是转嫁。
      unless_contains: {set_by: [村民会议, 村民代表会议, 村民委员会, 村务监督委员会, 村党组织, 村党支部, 村党委, 村党总支]}
      report_at: value
    message: 工作机制{item}的保障单位是「{funded_by}」，保障责任不得转嫁给村级组织
    hint: 由设立机制的党政群机构提供人员、经费等必要工作条件
    examples:
      fail:
        - mechanisms:
            - {name: 某某服务站, basis_level: statutory, funded_by: 村集体经济收入}  # ←
      pass:
        - mechanisms:
            - {name: 某某服务站, basis_level: statutory, funded_by: 区民政局}
            - {name: 某某村红白理事会, set_by: 某某村村民会议, basis: 《中华人民共和国村民委员会组织法》第七条, basis_level: law, funded_by: 村集体自筹}

"""#),
    ("cn/chongqing/nanchuan", "Rules/cn/chongqing/nanchuan.yaml", #"""
# yaml-language-server: $schema=../../../Docs/schemas/rule-pack.schema.json
# 重庆市南川区：《重庆市南川区减轻村级组织负担具体举措》（南川委农办〔2021〕6号）。
# 评比达标考核项目由区里统一确定，区级部门和乡镇（街道）不得自行增设；未纳入「自治清单」「协助清单」的
# 事项，如需由村级组织承担，应采取购买服务方式。两张清单执行市里的渝府办发〔2019〕23号、渝民发〔2021〕6号，
# 其事项和项数不在本包的来源中，因此本包不核对清单项数。
qingdan-pack: 1
id: cn/chongqing/nanchuan
version: "1.0"
title: 重庆市南川区
extends: cn
regions: ["500119"]
documents:
  nanchuan-2021-6:
    title: 中共重庆市南川区委农村工作暨实施乡村振兴战略领导小组办公室《关于印发重庆市南川区减轻村级组织负担具体举措的通知》
    level: county
    status: in-force
    number: 南川委农办〔2021〕6号
    issued: 2021-07-07
    source: sources/002_5d43e249e26f9d30.txt

rules:
  - id: NC-EVAL-SET-BY
    title: 区级部门、乡镇（街道）不得自行增设对村级组织的评比达标考核项目
    topic: evaluation.unapproved
    severity: error
    effective: {from: 2021-07-07}
    basis:
      document: nanchuan-2021-6
      section: 一、规范对村级组织的达标评比和检查考核
      quote: 区级各部门、各乡镇（街道）不得自行增设、调整、变更对村级组织的评比达标考核项目
      status: verified
    check:
      kind: items.forbidden
      lists: [lists.evaluations]
      # 原文只管「区级各部门、各乡镇（街道）」：中央、市级的评比（中央文明委、市住房城乡建设委）不在此列。
      when_contains: {set_by: [区, 镇, 街道, 乡人民政府, 乡政府, 乡党委]}
      # 没写设立单位的，不知道是谁设立的，照常检查。
      when_unstated: true
      # 区委、区政府（及代其发文的两办）统一确定的项目不需另行审批。
      unless_contains:
        set_by: [区委、区政府, 区委区政府, 区委和区政府, 区人民政府, 区委员会, 区委办公室, 区政府办公室]
      unless: {approval: [present]}
      report_at: value
    message: 评比达标考核项目{item}由{set_by}设立，没有写明经区委、区政府同意
    hint: 区级部门和乡镇（街道）不得自行增设、调整、变更评比达标考核项目：删去该项，或写明纳入区委、区政府统一考核评比的文件和日期（approval）；区委、区政府确定的项目在 set_by 写明
    examples:
      fail:
        - lists:
            evaluations:
              - name: 村级档案规范化管理达标评比
                set_by: 区档案馆  # ←
        - lists:
            evaluations:
              - name: 村（社区）党建工作考核
                set_by: 区委、区政府
              - name: 最美庭院评比  # ←
        - lists:
            evaluations:
              - name: 村级环境卫生月度检查评比
                set_by: 某镇人民政府
                approval: 未经审批  # ←
      pass:
        - lists:
            evaluations:
              - name: 村（社区）年度目标管理综合考核
                set_by: 南川区委、区政府
              - name: 乡村振兴示范村创建评比
                set_by: 区乡村振兴局
                approval: 区委、区政府纳入年度综合考核评比 2022-02-15
              - name: 全国文明村镇评选
                set_by: 中央精神文明建设指导委员会
              - name: 重庆市美丽宜居乡村评选
                set_by: 市住房城乡建设委
              - name: 村（社区）综合考核
                set_by: 中共重庆市南川区委、重庆市南川区人民政府

  - id: NC-EVAL-REPEATED
    title: 同一项目不重复考核评比（换个说法也算）
    topic: list.duplicate
    severity: warning
    effective: {from: 2021-07-07}
    yields_to: [CN-LIST-DUPLICATE]
    basis:
      document: nanchuan-2021-6
      section: 一、规范对村级组织的达标评比和检查考核
      quote: 建立统一的考核评比机制，防止同一项目重复考核
      status: verified
    check:
      kind: items.unique
      lists: [lists.evaluations]
      ignore_words: [考核, 考评, 评比, 评选, 评估, 评价, 检查, 督查, 验收, 达标, 年度, 季度, 月度, 专项, 工作, 活动]
      # 名称完全相同的重复由 CN-LIST-DUPLICATE 报告。
      skip_exact: true
    message: "{title}第 {number} 项{item}与第 {first_number} 项{first}考核评比的是同一项目"
    hint: 同一项目只考核一次：把两项合并为一项，纳入统一的考核评比
    examples:
      fail:
        - lists:
            evaluations:
              - {name: 农村人居环境整治考核, set_by: 区委、区政府}
              - {name: 农村人居环境整治专项检查, set_by: 区委、区政府}  # ←
      pass:
        - lists:
            evaluations:
              - {name: 农村人居环境整治考核, set_by: 区委、区政府}
              - {name: 平安村（社区）创建评比, set_by: 区委、区政府}
        - lists:
            evaluations:
              - {name: 农村人居环境整治考核, set_by: 区委、区政府}
              - {name: 农村人居环境整治考核, set_by: 区委、区政府}

  - id: NC-TASK-PURCHASE
    title: 未纳入自治清单、协助清单的事项，如需由村级组织承担，应采取购买服务方式
    topic: admission.unlisted-task
    severity: error
    effective: {from: 2021-07-07}
    levels: [township, village]
    # 统一部署由全国规则 CN-TASK-DEPLOYMENT（厅字〔2022〕28号，2022-08-22 起）检查；这里只看南川自己的购买服务。
    basis:
      document: nanchuan-2021-6
      section: 六、保障村级组织运转经费
      quote: 未纳入“自治清单”“协助清单”的事项，如需由村级组织承担，应采取购买服务方式
      status: verified
    check:
      kind: tasks.admitted
      list: tasks
      admitted_by: [lists.self_governance, lists.assistance]
      exempt_when: {purchase: [present]}
      # 村民会议、村民委员会等村级组织自己安排的工作，不是党政群机构派交的。
      exempt_contains: {assigned_by: [村民会议, 村民代表会议, 村民委员会, 村务监督委员会, 村党组织, 村党支部, 村党委, 村党总支]}
      # 社会救助的八项制度，即《社会救助暂行办法》第二章至第九章的章名。
      related:
        社会救助: [最低生活保障, 低保, 特困人员, 受灾人员救助, 医疗救助, 教育救助, 住房救助, 就业救助, 临时救助]
    message: 交办的工作{item}不在{district}的{lists}中{why}，也没有写明购买服务（purchase）
    hint: 清单外的事项由村级组织承担的，应采取购买服务方式：写明购买服务的合同或协议（purchase）
    examples:
      fail:
        - filing:
            tasks: [{name: 协助开展农村道路交通安全劝导, assigned_by: 某镇人民政府}]  # ←
          district:
            region: {code: "500119", name: 重庆市南川区, level: county}
            lists: {assistance: [{name: 协助开展社会救助}]}
        - filing:
            tasks:
              - name: 协助开展农村道路交通安全劝导  # ←
                assigned_by: 区交通局
                approval: 区委、区政府统一部署 2023-04-01
          district:
            region: {code: "500119", name: 重庆市南川区, level: county}
            lists: {assistance: [{name: 协助开展社会救助}]}
        - filing:
            tasks:
              - name: 开展农村集体经营性资产清查登记  # ←
                assigned_by: 区农业农村委
                purchase: 待定
                approval: 区委、区政府统一部署 2023-04-01
          district:
            region: {code: "500119", name: 重庆市南川区, level: county}
            lists: {assistance: [{name: 协助开展社会救助}]}
      pass:
        - filing:
            tasks:
              - {name: 协助做好最低生活保障申请受理和入户调查, assigned_by: 区民政局}
          district:
            region: {code: "500119", name: 重庆市南川区, level: county}
            lists: {assistance: [{name: 协助开展社会救助}]}
        - filing:
            tasks:
              - name: 协助开展农村道路交通安全劝导
                assigned_by: 区交通局
                approval: 区委、区政府统一部署 2023-04-01
                purchase: 《农村道路交通安全劝导购买服务协议》（区交通局与村民委员会 2023-04-10 签订）
          district:
            region: {code: "500119", name: 重庆市南川区, level: county}
            lists: {assistance: [{name: 协助开展社会救助}]}

  - id: NC-TASK-PURCHASE-UNCHECKED
    title: 交办工作须与区级清单一起核对
    topic: admission.unchecked
    severity: info
    effective: {from: 2021-07-07}
    levels: [township, village]
    replaces: CN-TASK-DEPLOYMENT-UNCHECKED
    basis:
      document: nanchuan-2021-6
      section: 六、保障村级组织运转经费
      quote: 未纳入“自治清单”“协助清单”的事项，如需由村级组织承担，应采取购买服务方式
      status: verified
    check:
      kind: district.in-run
      section: tasks
    message: 本次检查不含所属区县的申报，{title}未能与区级自治清单、协助清单核对
    hint: 把区县的清单申报与村级申报放在一起检查：在同一条命令中列出两者，或检查它们所在的整个文件夹
    examples:
      fail:
        - tasks: [{name: 协助开展社会救助, assigned_by: 区民政局}]  # ←
      pass:
        - filing:
            tasks: [{name: 协助开展社会救助, assigned_by: 区民政局}]
          district:
            region: {code: "500119", name: 重庆市南川区, level: county}
            lists: {assistance: [{name: 协助开展社会救助}]}
        - signboards:
            inside: [{name: 便民服务大厅, kind: other}]

"""#),
    ("cn/chongqing/yubei", "Rules/cn/chongqing/yubei.yaml", #"""
# yaml-language-server: $schema=../../../Docs/schemas/rule-pack.schema.json
# 重庆市渝北区：村级组织工作事项准入「四张清单」——依法自治事项 23 项、依法协助政府工作事项 27 项、
# 负面事项 7 项、依法出具证明事项 7 项。区级清单由区（县级）申报。
qingdan-pack: 1
id: cn/chongqing/yubei
version: "1.0"
title: 重庆市渝北区
extends: cn
regions: ["500112"]
documents:
  yubei-access:
    title: 《渝北区村级组织工作事项准入制度实施办法》
    level: county
    status: in-force
    source: sources/000_2456933c8b36eff8.txt

rules:
  - id: YB-LISTS-REQUIRED
    title: 区级申报包含「四张清单」
    topic: list.missing
    severity: error
    effective:
      from: 2021-01-01
      status: unverified
      note: 原文没有《实施办法》的日期；报道它的农业农村部通知引用 2020 年中央农村工作会议精神，这个起点是推定的
    levels: [county]
    basis:
      document: yubei-access
      section: 导语
      quote: 建立村级组织依法自治事项清单、依法协助政府工作事项清单、负面事项清单、依法出具证明事项清单“四张清单”制度
      status: verified
    check:
      kind: section.required
      sections: [lists.self_governance, lists.assistance, lists.negative, lists.certificates]
    message: "{state}{title}（{section}）"
    hint: 渝北区的区级申报要包含自治、协助、负面、证明四张清单
    examples:
      fail:
        - lists:  # ←
            self_governance: [{name: 调解民间纠纷}]
            assistance: [{name: 协助开展社会救助}]
            negative: [{name: 行政执法}]
        - lists:
            self_governance: [{name: 调解民间纠纷}]
            assistance: []  # ←
            negative: [{name: 行政执法}]
            certificates: [{name: 居住情况证明}]
      pass:
        - lists:
            self_governance: [{name: 调解民间纠纷}]
            assistance: [{name: 协助开展社会救助}]
            negative: [{name: 行政执法}]
            certificates: [{name: 居住情况证明}]

  - id: YB-SELF-COUNT
    title: 依法自治事项与公布的 23 项清单一致
    topic: list.count
    # 「梳理确定……23项依法自治事项清单」报道的是公布的清单，不是准入上限：与之不一致的是提醒（FACTS.md 第 7 节）。
    severity: warning
    effective:
      from: 2021-01-01
      status: unverified
      note: 原文没有《实施办法》的日期；报道它的农业农村部通知引用 2020 年中央农村工作会议精神，这个起点是推定的
    levels: [county]
    basis:
      document: yubei-access
      section: 一、定好自治清单
      quote: 梳理确定村级组织调解民间纠纷、办理公益事业等23项依法自治事项清单
      status: verified
    check:
      kind: list.count
      list: lists.self_governance
      max: 23
      exempt_when: {approval: [present]}
    message: "{title}有 {count} 项未注明审批，与公布的 {max} 项依法自治事项不一致"
    hint: 核对多出的事项是否属于依法自治事项；新增事项写明 approval（审定机关和日期）
    examples:
      fail:
        - lists:
            self_governance: [{name: 自治事项1}, {name: 自治事项2}, {name: 自治事项3}, {name: 自治事项4},
                              {name: 自治事项5}, {name: 自治事项6}, {name: 自治事项7}, {name: 自治事项8},
                              {name: 自治事项9}, {name: 自治事项10}, {name: 自治事项11}, {name: 自治事项12},
                              {name: 自治事项13}, {name: 自治事项14}, {name: 自治事项15}, {name: 自治事项16},
                              {name: 自治事项17}, {name: 自治事项18}, {name: 自治事项19}, {name: 自治事项20},
                              {name: 自治事项21}, {name: 自治事项22}, {name: 自治事项23}, {name: 自治事项24}]  # ←
      pass:
        - lists:
            self_governance: [{name: 自治事项1}, {name: 自治事项2}, {name: 自治事项3}, {name: 自治事项4},
                              {name: 自治事项5}, {name: 自治事项6}, {name: 自治事项7}, {name: 自治事项8},
                              {name: 自治事项9}, {name: 自治事项10}, {name: 自治事项11}, {name: 自治事项12},
                              {name: 自治事项13}, {name: 自治事项14}, {name: 自治事项15}, {name: 自治事项16},
                              {name: 自治事项17}, {name: 自治事项18}, {name: 自治事项19}, {name: 自治事项20},
                              {name: 自治事项21}, {name: 自治事项22}, {name: 自治事项23},
                              {name: 新增自治事项, approval: 区政府审定 2022-03-01}]

  - id: YB-ASSIST-COUNT
    title: 依法协助政府工作事项不超过核定的 27 项，其他事项须经准入
    topic: list.count
    severity: error
    effective:
      from: 2021-01-01
      status: unverified
      note: 原文没有《实施办法》的日期；报道它的农业农村部通知引用 2020 年中央农村工作会议精神，这个起点是推定的
    levels: [county]
    basis:
      document: yubei-access
      section: 二、定好协助清单
      quote: 除依法明确协助政府工作事项清单外，其他需要基层组织协助事项，一律严格把关、限制准入
      status: verified
    check:
      kind: list.count
      list: lists.assistance
      max: 27
      exempt_when: {approval: [present]}
    message: "{title}有 {count} 项未注明准入审批，超过核定的 {max} 项；从{item}起超出 {excess} 项"
    hint: 核定清单之外的协助事项须经准入审定；删去该项，或写明 approval（审定机关和日期）
    examples:
      fail:
        - lists:
            assistance: [{name: 协助1}, {name: 协助2}, {name: 协助3}, {name: 协助4}, {name: 协助5},
                         {name: 协助6}, {name: 协助7}, {name: 协助8}, {name: 协助9}, {name: 协助10},
                         {name: 协助11}, {name: 协助12}, {name: 协助13}, {name: 协助14}, {name: 协助15},
                         {name: 协助16}, {name: 协助17}, {name: 协助18}, {name: 协助19}, {name: 协助20},
                         {name: 协助21}, {name: 协助22}, {name: 协助23}, {name: 协助24}, {name: 协助25},
                         {name: 协助26}, {name: 协助27}, {name: 协助28}]  # ←
      pass:
        - lists:
            assistance: [{name: 协助1}, {name: 协助2}, {name: 协助3}, {name: 协助4}, {name: 协助5},
                         {name: 协助6}, {name: 协助7}, {name: 协助8}, {name: 协助9}, {name: 协助10},
                         {name: 协助11}, {name: 协助12}, {name: 协助13}, {name: 协助14}, {name: 协助15},
                         {name: 协助16}, {name: 协助17}, {name: 协助18}, {name: 协助19}, {name: 协助20},
                         {name: 协助21}, {name: 协助22}, {name: 协助23}, {name: 协助24}, {name: 协助25},
                         {name: 协助26}, {name: 协助27}, {name: 协助28, approval: 区政府审定 2023-01-10}]

  - id: YB-ASSIST-FUNDING
    title: 协助事项写明经费和责任部门（费随事转、权随责走）
    topic: assistance.funding
    severity: error
    effective:
      from: 2021-01-01
      status: unverified
      note: 原文没有《实施办法》的日期；报道它的农业农村部通知引用 2020 年中央农村工作会议精神，这个起点是推定的
    levels: [county]
    basis:
      document: yubei-access
      section: 二、定好协助清单
      quote: 督促区级部门按照“费随事转、权随责走”要求，从指导服务、人员配备、经费投入等方面，为村级组织依法协助政府工作事项给予支持和保障
      status: verified
    check:
      kind: items.fields
      lists: [lists.assistance]
      fields: [department, funding]
    message: 协助事项{item}缺少{missing}
    hint: 写明提出协助要求的区级部门（department）和提供工作经费的方式（funding）
    examples:
      fail:
        - lists:
            assistance:
              - name: 协助开展社会救助  # ←
                department: 区民政局
        - lists:
            assistance:
              - name: 协助做好农村公路日常养护
                department: 区交通运输委
                funding: 由村（居）自筹解决  # ←
        - lists:
            assistance:
              - name: 协助开展森林防火巡查
                department: 区林业局
                funding: 待定  # ←
      pass:
        - lists:
            assistance:
              - name: 协助开展社会救助
                department: 区民政局
                funding: 区民政局按年度拨付村级协助工作经费

  - id: YB-NEGATIVE-INCLUDES
    title: 负面事项清单列明 7 项工作
    topic: negative.missing
    severity: error
    effective:
      from: 2021-01-01
      status: unverified
      note: 原文没有《实施办法》的日期；报道它的农业农村部通知引用 2020 年中央农村工作会议精神，这个起点是推定的
    levels: [county]
    basis:
      document: yubei-access
      section: 三、定好负面清单
      quote: 明确规定不得将村级组织作为行政执法、拆迁拆违、环境整治、城市管理、招商引资、协税护税、生产安全管理等7项工作的责任主体
      status: verified
    check:
      kind: list.includes
      list: lists.negative
      items: [行政执法, 拆迁拆违, 环境整治, 城市管理, 招商引资, 协税护税, 生产安全管理]
      aliases:
        生产安全管理: [安全生产]
    message: "{title}缺少第 {number} 项「{entry}」"
    hint: 负面事项清单要列明全部 7 项；确需新增或取消的，按事前协商、评估审核、审定批准程序调整
    examples:
      fail:
        - lists:
            negative: [{name: 行政执法}, {name: 拆迁拆违}, {name: 环境整治}, {name: 城市管理},  # ←
                       {name: 招商引资}, {name: 生产安全管理}]
      pass:
        - lists:
            negative: [{name: 行政执法}, {name: 拆迁拆违}, {name: 环境整治}, {name: 城市管理},
                       {name: 招商引资}, {name: 协税护税}, {name: 安全生产管理}]

  - id: YB-NEGATIVE-CONFLICT
    title: 负面清单的 7 项工作不得出现在自治清单或交办工作中
    topic: negative.conflict
    severity: error
    effective:
      from: 2021-01-01
      status: unverified
      note: 原文没有《实施办法》的日期；报道它的农业农村部通知引用 2020 年中央农村工作会议精神，这个起点是推定的
    replaces: CN-NEGATIVE-CONFLICT
    basis:
      document: yubei-access
      section: 三、定好负面清单
      quote: 明确规定不得将村级组织作为行政执法、拆迁拆违、环境整治、城市管理、招商引资、协税护税、生产安全管理等7项工作的责任主体
      status: verified
    check:
      kind: items.categories
      lists: [lists.self_governance, lists.assistance, tasks]
      categories:
        行政执法:
          keywords: [行政执法, 执法]
          # 执法机构的名称（报送镇综合行政执法队处理）不是让村级组织执法。
          except: [执法队, 执法大队, 执法中队, 执法局, 执法部门, 执法机关, 执法人员]
          # 执法巡查、执法检查本身就是执法。
          mentions_excuse: false
        拆迁拆违:
          keywords: [拆迁, 拆违, 违法建筑, 违章建筑, 违法建设, 违章搭建, 违法搭建, 私搭乱建]
        环境整治:
          keywords: [环境整治]
          except: [人居环境]
        城市管理:
          keywords: [城市管理, 城管]
        招商引资:
          keywords: [招商引资, 招商任务, 引进项目任务]
        协税护税:
          keywords: [协税, 护税, 征税, 催缴税]
        安全生产:
          keywords: [安全生产, 生产安全]
    message: "{item}（{title}）{why}，属于负面事项「{category}」，村级组织不应是其责任主体"
    hint: 从该清单删去此项；确需村级组织参与的，写成协助事项并注明主管部门和经费
    examples:
      fail:
        - lists:
            self_governance:
              - name: 负责辖区违法建筑的巡查和拆除  # ←
        - tasks:
            - name: 组织开展沿街环境整治  # ←
              assigned_by: 某街道办事处
      pass:
        - lists:
            self_governance:
              - name: 组织村民开展人居环境整治
        - tasks:
            - name: 协助做好协税护税宣传
              assigned_by: 区税务局

  - id: YB-CERT-FIELDS
    title: 保留的证明事项列明设定依据、办事指南和表单样本
    topic: certificate.fields
    severity: error
    effective:
      from: 2021-01-01
      status: unverified
      note: 原文没有《实施办法》的日期；报道它的农业农村部通知引用 2020 年中央农村工作会议精神，这个起点是推定的
    replaces: CN-CERT-BASIS
    yields_to: [CN-CERT-BANNED]
    basis:
      document: yubei-access
      section: 四、定好证明清单
      quote: 取消村级组织出具证明事项35项，梳理保留村级组织依法出具证明事项7项，并列明设定依据、统一办事指南、制定表单样本
      status: verified
    check:
      kind: items.fields
      lists: [lists.certificates]
      fields: [basis, guide, form_sample]
    message: 证明事项{item}缺少{missing}
    hint: 每项保留的证明都要列明设定依据（basis）、统一的办事指南（guide）和表单样本（form_sample）
    examples:
      fail:
        - lists:
            certificates:
              - name: 居住情况证明  # ←
                basis: 《居住证暂行条例》第九条
      pass:
        - lists:
            certificates:
              - name: 居住情况证明
                basis: 《居住证暂行条例》第九条
                guide: 渝北区居住情况证明办事指南
                form_sample: 居住情况证明（样表）

  - id: YB-CERT-COUNT
    title: 保留的证明事项不超过 7 项
    topic: certificate.count
    severity: error
    effective:
      from: 2021-01-01
      status: unverified
      note: 原文没有《实施办法》的日期；报道它的农业农村部通知引用 2020 年中央农村工作会议精神，这个起点是推定的
    levels: [county]
    basis:
      document: yubei-access
      section: 四、定好证明清单
      quote: 取消村级组织出具证明事项35项，梳理保留村级组织依法出具证明事项7项，并列明设定依据、统一办事指南、制定表单样本
      status: verified
    check:
      kind: list.count
      list: lists.certificates
      max: 7
      exempt_when: {approval: [present]}
    message: "{title}有 {count} 项未注明审批，超过保留的 {max} 项；从{item}起超出 {excess} 项"
    hint: 渝北区保留村级组织出具证明事项 7 项，其余证明已取消；经审定新增的，写明 approval（审定机关和日期）
    examples:
      fail:
        - lists:
            certificates: [{name: 证明1}, {name: 证明2}, {name: 证明3}, {name: 证明4},
                           {name: 证明5}, {name: 证明6}, {name: 证明7}, {name: 证明8}]  # ←
      pass:
        - lists:
            certificates: [{name: 证明1}, {name: 证明2}, {name: 证明3}, {name: 证明4},
                           {name: 证明5}, {name: 证明6}, {name: 证明7}]
        - lists:
            certificates: [{name: 证明1}, {name: 证明2}, {name: 证明3}, {name: 证明4},
                           {name: 证明5}, {name: 证明6}, {name: 证明7}, {name: 证明8, approval: 区政府审定 2023-05-10}]

  - id: YB-TASK-ADMISSION
    title: 交办村级组织的工作须在区级清单中或经准入
    topic: admission.unlisted-task
    severity: error
    effective:
      from: 2021-01-01
      status: unverified
      note: 原文没有《实施办法》的日期；报道它的农业农村部通知引用 2020 年中央农村工作会议精神，这个起点是推定的
    levels: [township, village]
    replaces: CN-TASK-DEPLOYMENT
    basis:
      document: yubei-access
      section: 二、定好协助清单
      quote: 除依法明确协助政府工作事项清单外，其他需要基层组织协助事项，一律严格把关、限制准入
      status: verified
    check:
      kind: tasks.admitted
      list: tasks
      admitted_by: [lists.self_governance, lists.assistance]
      exempt_when: {approval: [present]}
      # 村民会议、村民委员会等村级组织自己安排的工作，不是党政群机构派交的。
      exempt_contains: {assigned_by: [村民会议, 村民代表会议, 村民委员会, 村务监督委员会, 村党组织, 村党支部, 村党委, 村党总支]}
      # 社会救助的八项制度，即《社会救助暂行办法》第二章至第九章的章名。
      related:
        社会救助: [最低生活保障, 低保, 特困人员, 受灾人员救助, 医疗救助, 教育救助, 住房救助, 就业救助, 临时救助]
    message: 交办的工作{item}不在{district}的{lists}中{why}，也没有准入审批
    hint: 清单外的协助事项「一律严格把关、限制准入」：经准入的，写明 approval（审定机关和日期）
    examples:
      fail:
        - filing:
            tasks: [{name: 协助开展农村道路交通安全劝导, assigned_by: 某镇政府}]  # ←
          district:
            region: {code: "500112", name: 重庆市渝北区, level: county}
            lists: {assistance: [{name: 协助开展社会救助}]}
        - filing:
            tasks: [{name: 协助开展社会救助并负责低保资金发放, assigned_by: 区民政局}]  # ←
          district:
            region: {code: "500112", name: 重庆市渝北区, level: county}
            lists: {assistance: [{name: 协助开展社会救助}]}
        - filing:
            tasks: [{name: 协助开展农村道路交通安全劝导, assigned_by: 区交通局, approval: 未经审批}]  # ←
          district:
            region: {code: "500112", name: 重庆市渝北区, level: county}
            lists: {assistance: [{name: 协助开展社会救助}]}
      pass:
        - filing:
            tasks: [{name: 协助开展社会救助, assigned_by: 区民政局}]
          district:
            region: {code: "500112", name: 重庆市渝北区, level: county}
            lists: {assistance: [{name: 协助开展社会救助}]}
        - filing:
            tasks:
              - {name: 协助做好最低生活保障申请受理和入户调查, assigned_by: 区民政局}
              - {name: 协助开展困难群众走访, assigned_by: 区民政局, list_item: 协助开展社会救助}
          district:
            region: {code: "500112", name: 重庆市渝北区, level: county}
            lists: {assistance: [{name: 协助开展社会救助}]}
        - filing:
            tasks: [{name: 协助开展农村道路交通安全劝导, assigned_by: 区交通局, approval: 区政府准入审定 2023-04-01}]
          district:
            region: {code: "500112", name: 重庆市渝北区, level: county}
            lists: {assistance: [{name: 协助开展社会救助}]}

  - id: YB-TASK-ADMISSION-UNCHECKED
    title: 交办工作的准入须与区级申报一起核对
    topic: admission.unchecked
    severity: info
    effective:
      from: 2021-01-01
      status: unverified
      note: 原文没有《实施办法》的日期；报道它的农业农村部通知引用 2020 年中央农村工作会议精神，这个起点是推定的
    levels: [township, village]
    replaces: CN-TASK-DEPLOYMENT-UNCHECKED
    basis:
      document: yubei-access
      section: 二、定好协助清单
      quote: 除依法明确协助政府工作事项清单外，其他需要基层组织协助事项，一律严格把关、限制准入
      status: verified
    check:
      kind: district.in-run
      section: tasks
    message: 本次检查不含所属区县的申报，{title}未能与区级清单核对准入
    hint: 把区县的清单申报与村级申报放在一起检查：在同一条命令中列出两者，或检查它们所在的整个文件夹
    examples:
      fail:
        - tasks: [{name: 协助开展社会救助, assigned_by: 区民政局}]  # ←
      pass:
        - filing:
            tasks: [{name: 协助开展社会救助, assigned_by: 区民政局}]
          district:
            region: {code: "500112", name: 重庆市渝北区, level: county}
            lists: {assistance: [{name: 协助开展社会救助}]}
        - signboards:
            inside: [{name: 便民服务大厅, kind: other}]

"""#),
    ("cn/fujian/xiamen/haicang", "Rules/cn/fujian/xiamen/haicang.yaml", #"""
# yaml-language-server: $schema=../../../../Docs/schemas/rule-pack.schema.json
# 福建省厦门市海沧区：《海沧区村(居)民委员会有关职责事项一览表》（"6张清单"），2016 年制定，2020 年修订。
# 引文见 Rules/sources/001_378cf8640503b9f8.txt（农业农村部 国家乡村振兴局清单制典型案例·海沧区）。
# 原文只写明修订年份：2016 年清单按 2016-01-01 至 2019-12-31、2020 年修订清单按 2020-01-01 起计算。
qingdan-pack: 1
id: cn/fujian/xiamen/haicang
version: "1.0"
title: 福建省厦门市海沧区
extends: cn
regions: ["350205"]
documents:
  haicang-lists:
    title: 海沧区《海沧区村(居)民委员会有关职责事项一览表》（6张清单）
    level: county
    status: in-force
    source: sources/001_378cf8640503b9f8.txt

rules:
  - id: HC-LISTS-REQUIRED
    title: 区级申报包含 6 张清单
    topic: list.missing
    severity: error
    effective:
      from: 2016-01-01
      status: unverified
      note: 原文只写「2016年海沧区制定了……6张清单」，没有月日
    levels: [county]
    basis:
      document: haicang-lists
      section: 二是“6张清单”厘清权责边界
      quote: 2016年海沧区制定了村居有关权责事项6张清单,分别是依法履行职责、依法协助基层政府工作、依法依规组织开展监督活动、建立的台账报表、开展的检查评比达标活动和保留证明清单
      status: verified
    check:
      kind: section.required
      sections: [lists.self_governance, lists.assistance, lists.supervision, lists.reports, lists.evaluations, lists.certificates]
    message: "{state}{title}（{section}）"
    hint: 海沧区的区级申报要包含依法履行职责、协助、监督活动、台账报表、评比达标、保留证明 6 张清单；海沧的「依法履行职责事项」写在 self_governance 中
    examples:
      fail:
        - lists:  # ←
            self_governance: [{name: 调解民间纠纷}]
            assistance: [{name: 协助开展社会救助}]
            supervision: [{name: 监督村务公开}]
            reports: [{name: 村级财务台账}]
            evaluations: [{name: 文明村评选}]
      pass:
        - lists:
            self_governance: [{name: 调解民间纠纷}]
            assistance: [{name: 协助开展社会救助}]
            supervision: [{name: 监督村务公开}]
            reports: [{name: 村级财务台账}]
            evaluations: [{name: 文明村评选}]
            certificates: [{name: 居住情况证明}]
  - id: HC-SELF-COUNT-2020
    title: 依法履行职责事项与 2020 年公布的清单一致
    topic: list.count
    # 「从38项减为24项」报道的是修订后公布的清单；下放的「铁规」管的是交给村居的工作，不是村居自身的职责（FACTS.md 第 7 节）。
    severity: warning
    levels: [county]
    effective:
      from: 2020-01-01
      status: unverified
      note: 原文只写「2020年，修订出台」，没有月日
    basis:
      document: haicang-lists
      section: 二是“6张清单”厘清权责边界（2020 年修订）
      quote: 依法履行职责事项从38项减为24项
      status: verified
    check:
      kind: list.count
      list: lists.self_governance
      max: 24
      exempt_when: {approval: [present]}
    message: "{title}有 {count} 项未注明审批，与 2020 年公布的 {max} 项不一致"
    hint: 核对多出的事项是否属于该清单；经区委、区政府研究同意新增的，写明 approval（会议和日期）
    examples:
      fail:
        - lists:
            self_governance: [{name: 履职1}, {name: 履职2}, {name: 履职3}, {name: 履职4}, {name: 履职5}, {name: 履职6},
                              {name: 履职7}, {name: 履职8}, {name: 履职9}, {name: 履职10}, {name: 履职11}, {name: 履职12},
                              {name: 履职13}, {name: 履职14}, {name: 履职15}, {name: 履职16}, {name: 履职17}, {name: 履职18},
                              {name: 履职19}, {name: 履职20}, {name: 履职21}, {name: 履职22}, {name: 履职23}, {name: 履职24},
                              {name: 履职25}]  # ←
      pass:
        - lists:
            self_governance: [{name: 履职1}, {name: 履职2}, {name: 履职3}, {name: 履职4}, {name: 履职5}, {name: 履职6},
                              {name: 履职7}, {name: 履职8}, {name: 履职9}, {name: 履职10}, {name: 履职11}, {name: 履职12},
                              {name: 履职13}, {name: 履职14}, {name: 履职15}, {name: 履职16}, {name: 履职17}, {name: 履职18},
                              {name: 履职19}, {name: 履职20}, {name: 履职21}, {name: 履职22}, {name: 履职23}, {name: 履职24},
                              {name: 履职25, approval: 区委区政府研究同意 2021-03-01}]
  - id: HC-ASSIST-COUNT-2020
    title: 依法协助基层政府工作事项不超过2020 年清单核定的 55 项，其他事项须经区委、区政府同意
    topic: list.count
    # 下放给村居的工作以清单为限：「未经区委、区政府研究同意下放的工作事项，不得下放至村居工作站」（一是“1份铁规”），
    # 所以这里的项数是上限（错误），经研究同意的写明 approval 不计入。
    severity: error
    levels: [county]
    effective:
      from: 2020-01-01
      status: unverified
      note: 原文只写「2020年，修订出台」，没有月日
    basis:
      document: haicang-lists
      section: 二是“6张清单”厘清权责边界（2020 年修订）
      quote: 依法协助基层政府工作事项从61项减为55项
      status: verified
    check:
      kind: list.count
      list: lists.assistance
      max: 55
      exempt_when: {approval: [present]}
    message: "{title}有 {count} 项未注明审批，超过 2020 年清单核定的 {max} 项；从{item}起超出 {excess} 项"
    hint: 清单外的事项须经区委、区政府研究同意方可下放；删去该项，或写明 approval（研究同意的会议和日期）
    examples:
      fail:
        - lists:
            assistance: [{name: 协助1}, {name: 协助2}, {name: 协助3}, {name: 协助4}, {name: 协助5}, {name: 协助6},
                         {name: 协助7}, {name: 协助8}, {name: 协助9}, {name: 协助10}, {name: 协助11}, {name: 协助12},
                         {name: 协助13}, {name: 协助14}, {name: 协助15}, {name: 协助16}, {name: 协助17}, {name: 协助18},
                         {name: 协助19}, {name: 协助20}, {name: 协助21}, {name: 协助22}, {name: 协助23}, {name: 协助24},
                         {name: 协助25}, {name: 协助26}, {name: 协助27}, {name: 协助28}, {name: 协助29}, {name: 协助30},
                         {name: 协助31}, {name: 协助32}, {name: 协助33}, {name: 协助34}, {name: 协助35}, {name: 协助36},
                         {name: 协助37}, {name: 协助38}, {name: 协助39}, {name: 协助40}, {name: 协助41}, {name: 协助42},
                         {name: 协助43}, {name: 协助44}, {name: 协助45}, {name: 协助46}, {name: 协助47}, {name: 协助48},
                         {name: 协助49}, {name: 协助50}, {name: 协助51}, {name: 协助52}, {name: 协助53}, {name: 协助54},
                         {name: 协助55}, {name: 协助56}]  # ←
      pass:
        - lists:
            assistance: [{name: 协助1}, {name: 协助2}, {name: 协助3}, {name: 协助4}, {name: 协助5}, {name: 协助6},
                         {name: 协助7}, {name: 协助8}, {name: 协助9}, {name: 协助10}, {name: 协助11}, {name: 协助12},
                         {name: 协助13}, {name: 协助14}, {name: 协助15}, {name: 协助16}, {name: 协助17}, {name: 协助18},
                         {name: 协助19}, {name: 协助20}, {name: 协助21}, {name: 协助22}, {name: 协助23}, {name: 协助24},
                         {name: 协助25}, {name: 协助26}, {name: 协助27}, {name: 协助28}, {name: 协助29}, {name: 协助30},
                         {name: 协助31}, {name: 协助32}, {name: 协助33}, {name: 协助34}, {name: 协助35}, {name: 协助36},
                         {name: 协助37}, {name: 协助38}, {name: 协助39}, {name: 协助40}, {name: 协助41}, {name: 协助42},
                         {name: 协助43}, {name: 协助44}, {name: 协助45}, {name: 协助46}, {name: 协助47}, {name: 协助48},
                         {name: 协助49}, {name: 协助50}, {name: 协助51}, {name: 协助52}, {name: 协助53}, {name: 协助54},
                         {name: 协助55}, {name: 协助56, approval: 区委区政府研究同意 2021-03-01}]
  - id: HC-SUPERVISION-COUNT-2020
    title: 依法依规组织开展监督活动事项与 2020 年公布的清单一致
    topic: list.count
    # 「从11项减为10项」报道的是修订后公布的清单；下放的「铁规」管的是交给村居的工作，不是村居自身的职责（FACTS.md 第 7 节）。
    severity: warning
    levels: [county]
    effective:
      from: 2020-01-01
      status: unverified
      note: 原文只写「2020年，修订出台」，没有月日
    basis:
      document: haicang-lists
      section: 二是“6张清单”厘清权责边界（2020 年修订）
      quote: 依法依规组织开展监督活动事项从11项减为10项
      status: verified
    check:
      kind: list.count
      list: lists.supervision
      max: 10
      exempt_when: {approval: [present]}
    message: "{title}有 {count} 项未注明审批，与 2020 年公布的 {max} 项不一致"
    hint: 核对多出的事项是否属于该清单；经区委、区政府研究同意新增的，写明 approval（会议和日期）
    examples:
      fail:
        - lists:
            supervision: [{name: 监督1}, {name: 监督2}, {name: 监督3}, {name: 监督4}, {name: 监督5}, {name: 监督6},
                          {name: 监督7}, {name: 监督8}, {name: 监督9}, {name: 监督10}, {name: 监督11}]  # ←
      pass:
        - lists:
            supervision: [{name: 监督1}, {name: 监督2}, {name: 监督3}, {name: 监督4}, {name: 监督5}, {name: 监督6},
                          {name: 监督7}, {name: 监督8}, {name: 监督9}, {name: 监督10}, {name: 监督11, approval: 区委区政府研究同意 2021-03-01}]
  - id: HC-REPORTS-COUNT-2020
    title: 台账报表事项不超过2020 年清单核定的 21 项，其他事项须经区委、区政府同意
    topic: list.count
    # 下放给村居的工作以清单为限：「未经区委、区政府研究同意下放的工作事项，不得下放至村居工作站」（一是“1份铁规”），
    # 所以这里的项数是上限（错误），经研究同意的写明 approval 不计入。
    severity: error
    levels: [county]
    effective:
      from: 2020-01-01
      status: unverified
      note: 原文只写「2020年，修订出台」，没有月日
    basis:
      document: haicang-lists
      section: 二是“6张清单”厘清权责边界（2020 年修订）
      quote: 台账报表事项从27项减为21项
      status: verified
    check:
      kind: list.count
      list: lists.reports
      max: 21
      exempt_when: {approval: [present]}
    message: "{title}有 {count} 项未注明审批，超过 2020 年清单核定的 {max} 项；从{item}起超出 {excess} 项"
    hint: 清单外的事项须经区委、区政府研究同意方可下放；删去该项，或写明 approval（研究同意的会议和日期）
    examples:
      fail:
        - lists:
            reports: [{name: 台账1}, {name: 台账2}, {name: 台账3}, {name: 台账4}, {name: 台账5}, {name: 台账6},
                      {name: 台账7}, {name: 台账8}, {name: 台账9}, {name: 台账10}, {name: 台账11}, {name: 台账12},
                      {name: 台账13}, {name: 台账14}, {name: 台账15}, {name: 台账16}, {name: 台账17}, {name: 台账18},
                      {name: 台账19}, {name: 台账20}, {name: 台账21}, {name: 台账22}]  # ←
      pass:
        - lists:
            reports: [{name: 台账1}, {name: 台账2}, {name: 台账3}, {name: 台账4}, {name: 台账5}, {name: 台账6},
                      {name: 台账7}, {name: 台账8}, {name: 台账9}, {name: 台账10}, {name: 台账11}, {name: 台账12},
                      {name: 台账13}, {name: 台账14}, {name: 台账15}, {name: 台账16}, {name: 台账17}, {name: 台账18},
                      {name: 台账19}, {name: 台账20}, {name: 台账21}, {name: 台账22, approval: 区委区政府研究同意 2021-03-01}]
  - id: HC-EVALUATIONS-COUNT-2020
    title: 评比达标活动不超过2020 年清单核定的 7 项，其他事项须经区委、区政府同意
    topic: list.count
    # 下放给村居的工作以清单为限：「未经区委、区政府研究同意下放的工作事项，不得下放至村居工作站」（一是“1份铁规”），
    # 所以这里的项数是上限（错误），经研究同意的写明 approval 不计入。
    severity: error
    levels: [county]
    effective:
      from: 2020-01-01
      status: unverified
      note: 原文只写「2020年，修订出台」，没有月日
    basis:
      document: haicang-lists
      section: 二是“6张清单”厘清权责边界（2020 年修订）
      quote: 评比达标活动从8项减为7项
      status: verified
    check:
      kind: list.count
      list: lists.evaluations
      max: 7
      exempt_when: {approval: [present]}
    message: "{title}有 {count} 项未注明审批，超过 2020 年清单核定的 {max} 项；从{item}起超出 {excess} 项"
    hint: 清单外的事项须经区委、区政府研究同意方可下放；删去该项，或写明 approval（研究同意的会议和日期）
    examples:
      fail:
        - lists:
            evaluations: [{name: 评比1}, {name: 评比2}, {name: 评比3}, {name: 评比4}, {name: 评比5}, {name: 评比6},
                          {name: 评比7}, {name: 评比8}]  # ←
      pass:
        - lists:
            evaluations: [{name: 评比1}, {name: 评比2}, {name: 评比3}, {name: 评比4}, {name: 评比5}, {name: 评比6},
                          {name: 评比7}, {name: 评比8, approval: 区委区政府研究同意 2021-03-01}]
  - id: HC-CERT-COUNT-2020
    title: 保留证明事项不超过2020 年清单核定的 2 项，其他事项须经区委、区政府同意
    topic: certificate.count
    severity: error
    levels: [county]
    effective:
      from: 2020-01-01
      status: unverified
      note: 原文只写「2020年，修订出台」，没有月日
    basis:
      document: haicang-lists
      section: 二是“6张清单”厘清权责边界（2020 年修订）
      quote: 保留证明事项从20项减为2项
      status: verified
    check:
      kind: list.count
      list: lists.certificates
      max: 2
      exempt_when: {approval: [present]}
    message: "{title}有 {count} 项未注明审批，超过 2020 年清单核定的 {max} 项；从{item}起超出 {excess} 项"
    hint: 清单外的事项须经区委、区政府研究同意方可下放；删去该项，或写明 approval（研究同意的会议和日期）
    examples:
      fail:
        - lists:
            certificates: [{name: 证明1}, {name: 证明2}, {name: 证明3}]  # ←
      pass:
        - lists:
            certificates: [{name: 证明1}, {name: 证明2}, {name: 证明3, approval: 区委区政府研究同意 2021-03-01}]
  - id: HC-SELF-COUNT-2016
    title: 依法履行职责事项与 2016 年公布的清单一致
    topic: list.count
    # 「从38项减为24项」报道的是修订后公布的清单；下放的「铁规」管的是交给村居的工作，不是村居自身的职责（FACTS.md 第 7 节）。
    severity: warning
    levels: [county]
    effective:
      from: 2016-01-01
      until: 2019-12-31
      status: unverified
      note: 原文只写 2016 年制定、2020 年修订，没有月日
    basis:
      document: haicang-lists
      section: 二是“6张清单”厘清权责边界（2016 年制定）
      quote: 依法履行职责事项从38项减为24项
      status: verified
    check:
      kind: list.count
      list: lists.self_governance
      max: 38
      exempt_when: {approval: [present]}
    message: "{title}有 {count} 项未注明审批，与 2016 年公布的 {max} 项不一致"
    hint: 核对多出的事项是否属于该清单；经区委、区政府研究同意新增的，写明 approval（会议和日期）
    examples:
      fail:
        - lists:
            self_governance: [{name: 履职1}, {name: 履职2}, {name: 履职3}, {name: 履职4}, {name: 履职5}, {name: 履职6},
                              {name: 履职7}, {name: 履职8}, {name: 履职9}, {name: 履职10}, {name: 履职11}, {name: 履职12},
                              {name: 履职13}, {name: 履职14}, {name: 履职15}, {name: 履职16}, {name: 履职17}, {name: 履职18},
                              {name: 履职19}, {name: 履职20}, {name: 履职21}, {name: 履职22}, {name: 履职23}, {name: 履职24},
                              {name: 履职25}, {name: 履职26}, {name: 履职27}, {name: 履职28}, {name: 履职29}, {name: 履职30},
                              {name: 履职31}, {name: 履职32}, {name: 履职33}, {name: 履职34}, {name: 履职35}, {name: 履职36},
                              {name: 履职37}, {name: 履职38}, {name: 履职39}]  # ←
      pass:
        - lists:
            self_governance: [{name: 履职1}, {name: 履职2}, {name: 履职3}, {name: 履职4}, {name: 履职5}, {name: 履职6},
                              {name: 履职7}, {name: 履职8}, {name: 履职9}, {name: 履职10}, {name: 履职11}, {name: 履职12},
                              {name: 履职13}, {name: 履职14}, {name: 履职15}, {name: 履职16}, {name: 履职17}, {name: 履职18},
                              {name: 履职19}, {name: 履职20}, {name: 履职21}, {name: 履职22}, {name: 履职23}, {name: 履职24},
                              {name: 履职25}, {name: 履职26}, {name: 履职27}, {name: 履职28}, {name: 履职29}, {name: 履职30},
                              {name: 履职31}, {name: 履职32}, {name: 履职33}, {name: 履职34}, {name: 履职35}, {name: 履职36},
                              {name: 履职37}, {name: 履职38}, {name: 履职39, approval: 区委区政府研究同意 2021-03-01}]
  - id: HC-ASSIST-COUNT-2016
    title: 依法协助基层政府工作事项不超过2016 年清单核定的 61 项，其他事项须经区委、区政府同意
    topic: list.count
    # 下放给村居的工作以清单为限：「未经区委、区政府研究同意下放的工作事项，不得下放至村居工作站」（一是“1份铁规”），
    # 所以这里的项数是上限（错误），经研究同意的写明 approval 不计入。
    severity: error
    levels: [county]
    effective:
      from: 2016-01-01
      until: 2019-12-31
      status: unverified
      note: 原文只写 2016 年制定、2020 年修订，没有月日
    basis:
      document: haicang-lists
      section: 二是“6张清单”厘清权责边界（2016 年制定）
      quote: 依法协助基层政府工作事项从61项减为55项
      status: verified
    check:
      kind: list.count
      list: lists.assistance
      max: 61
      exempt_when: {approval: [present]}
    message: "{title}有 {count} 项未注明审批，超过 2016 年清单核定的 {max} 项；从{item}起超出 {excess} 项"
    hint: 清单外的事项须经区委、区政府研究同意方可下放；删去该项，或写明 approval（研究同意的会议和日期）
    examples:
      fail:
        - lists:
            assistance: [{name: 协助1}, {name: 协助2}, {name: 协助3}, {name: 协助4}, {name: 协助5}, {name: 协助6},
                         {name: 协助7}, {name: 协助8}, {name: 协助9}, {name: 协助10}, {name: 协助11}, {name: 协助12},
                         {name: 协助13}, {name: 协助14}, {name: 协助15}, {name: 协助16}, {name: 协助17}, {name: 协助18},
                         {name: 协助19}, {name: 协助20}, {name: 协助21}, {name: 协助22}, {name: 协助23}, {name: 协助24},
                         {name: 协助25}, {name: 协助26}, {name: 协助27}, {name: 协助28}, {name: 协助29}, {name: 协助30},
                         {name: 协助31}, {name: 协助32}, {name: 协助33}, {name: 协助34}, {name: 协助35}, {name: 协助36},
                         {name: 协助37}, {name: 协助38}, {name: 协助39}, {name: 协助40}, {name: 协助41}, {name: 协助42},
                         {name: 协助43}, {name: 协助44}, {name: 协助45}, {name: 协助46}, {name: 协助47}, {name: 协助48},
                         {name: 协助49}, {name: 协助50}, {name: 协助51}, {name: 协助52}, {name: 协助53}, {name: 协助54},
                         {name: 协助55}, {name: 协助56}, {name: 协助57}, {name: 协助58}, {name: 协助59}, {name: 协助60},
                         {name: 协助61}, {name: 协助62}]  # ←
      pass:
        - lists:
            assistance: [{name: 协助1}, {name: 协助2}, {name: 协助3}, {name: 协助4}, {name: 协助5}, {name: 协助6},
                         {name: 协助7}, {name: 协助8}, {name: 协助9}, {name: 协助10}, {name: 协助11}, {name: 协助12},
                         {name: 协助13}, {name: 协助14}, {name: 协助15}, {name: 协助16}, {name: 协助17}, {name: 协助18},
                         {name: 协助19}, {name: 协助20}, {name: 协助21}, {name: 协助22}, {name: 协助23}, {name: 协助24},
                         {name: 协助25}, {name: 协助26}, {name: 协助27}, {name: 协助28}, {name: 协助29}, {name: 协助30},
                         {name: 协助31}, {name: 协助32}, {name: 协助33}, {name: 协助34}, {name: 协助35}, {name: 协助36},
                         {name: 协助37}, {name: 协助38}, {name: 协助39}, {name: 协助40}, {name: 协助41}, {name: 协助42},
                         {name: 协助43}, {name: 协助44}, {name: 协助45}, {name: 协助46}, {name: 协助47}, {name: 协助48},
                         {name: 协助49}, {name: 协助50}, {name: 协助51}, {name: 协助52}, {name: 协助53}, {name: 协助54},
                         {name: 协助55}, {name: 协助56}, {name: 协助57}, {name: 协助58}, {name: 协助59}, {name: 协助60},
                         {name: 协助61}, {name: 协助62, approval: 区委区政府研究同意 2021-03-01}]
  - id: HC-SUPERVISION-COUNT-2016
    title: 依法依规组织开展监督活动事项与 2016 年公布的清单一致
    topic: list.count
    # 「从11项减为10项」报道的是修订后公布的清单；下放的「铁规」管的是交给村居的工作，不是村居自身的职责（FACTS.md 第 7 节）。
    severity: warning
    levels: [county]
    effective:
      from: 2016-01-01
      until: 2019-12-31
      status: unverified
      note: 原文只写 2016 年制定、2020 年修订，没有月日
    basis:
      document: haicang-lists
      section: 二是“6张清单”厘清权责边界（2016 年制定）
      quote: 依法依规组织开展监督活动事项从11项减为10项
      status: verified
    check:
      kind: list.count
      list: lists.supervision
      max: 11
      exempt_when: {approval: [present]}
    message: "{title}有 {count} 项未注明审批，与 2016 年公布的 {max} 项不一致"
    hint: 核对多出的事项是否属于该清单；经区委、区政府研究同意新增的，写明 approval（会议和日期）
    examples:
      fail:
        - lists:
            supervision: [{name: 监督1}, {name: 监督2}, {name: 监督3}, {name: 监督4}, {name: 监督5}, {name: 监督6},
                          {name: 监督7}, {name: 监督8}, {name: 监督9}, {name: 监督10}, {name: 监督11}, {name: 监督12}]  # ←
      pass:
        - lists:
            supervision: [{name: 监督1}, {name: 监督2}, {name: 监督3}, {name: 监督4}, {name: 监督5}, {name: 监督6},
                          {name: 监督7}, {name: 监督8}, {name: 监督9}, {name: 监督10}, {name: 监督11}, {name: 监督12, approval: 区委区政府研究同意 2021-03-01}]
  - id: HC-REPORTS-COUNT-2016
    title: 台账报表事项不超过2016 年清单核定的 27 项，其他事项须经区委、区政府同意
    topic: list.count
    # 下放给村居的工作以清单为限：「未经区委、区政府研究同意下放的工作事项，不得下放至村居工作站」（一是“1份铁规”），
    # 所以这里的项数是上限（错误），经研究同意的写明 approval 不计入。
    severity: error
    levels: [county]
    effective:
      from: 2016-01-01
      until: 2019-12-31
      status: unverified
      note: 原文只写 2016 年制定、2020 年修订，没有月日
    basis:
      document: haicang-lists
      section: 二是“6张清单”厘清权责边界（2016 年制定）
      quote: 台账报表事项从27项减为21项
      status: verified
    check:
      kind: list.count
      list: lists.reports
      max: 27
      exempt_when: {approval: [present]}
    message: "{title}有 {count} 项未注明审批，超过 2016 年清单核定的 {max} 项；从{item}起超出 {excess} 项"
    hint: 清单外的事项须经区委、区政府研究同意方可下放；删去该项，或写明 approval（研究同意的会议和日期）
    examples:
      fail:
        - lists:
            reports: [{name: 台账1}, {name: 台账2}, {name: 台账3}, {name: 台账4}, {name: 台账5}, {name: 台账6},
                      {name: 台账7}, {name: 台账8}, {name: 台账9}, {name: 台账10}, {name: 台账11}, {name: 台账12},
                      {name: 台账13}, {name: 台账14}, {name: 台账15}, {name: 台账16}, {name: 台账17}, {name: 台账18},
                      {name: 台账19}, {name: 台账20}, {name: 台账21}, {name: 台账22}, {name: 台账23}, {name: 台账24},
                      {name: 台账25}, {name: 台账26}, {name: 台账27}, {name: 台账28}]  # ←
      pass:
        - lists:
            reports: [{name: 台账1}, {name: 台账2}, {name: 台账3}, {name: 台账4}, {name: 台账5}, {name: 台账6},
                      {name: 台账7}, {name: 台账8}, {name: 台账9}, {name: 台账10}, {name: 台账11}, {name: 台账12},
                      {name: 台账13}, {name: 台账14}, {name: 台账15}, {name: 台账16}, {name: 台账17}, {name: 台账18},
                      {name: 台账19}, {name: 台账20}, {name: 台账21}, {name: 台账22}, {name: 台账23}, {name: 台账24},
                      {name: 台账25}, {name: 台账26}, {name: 台账27}, {name: 台账28, approval: 区委区政府研究同意 2021-03-01}]
  - id: HC-EVALUATIONS-COUNT-2016
    title: 评比达标活动不超过2016 年清单核定的 8 项，其他事项须经区委、区政府同意
    topic: list.count
    # 下放给村居的工作以清单为限：「未经区委、区政府研究同意下放的工作事项，不得下放至村居工作站」（一是“1份铁规”），
    # 所以这里的项数是上限（错误），经研究同意的写明 approval 不计入。
    severity: error
    levels: [county]
    effective:
      from: 2016-01-01
      until: 2019-12-31
      status: unverified
      note: 原文只写 2016 年制定、2020 年修订，没有月日
    basis:
      document: haicang-lists
      section: 二是“6张清单”厘清权责边界（2016 年制定）
      quote: 评比达标活动从8项减为7项
      status: verified
    check:
      kind: list.count
      list: lists.evaluations
      max: 8
      exempt_when: {approval: [present]}
    message: "{title}有 {count} 项未注明审批，超过 2016 年清单核定的 {max} 项；从{item}起超出 {excess} 项"
    hint: 清单外的事项须经区委、区政府研究同意方可下放；删去该项，或写明 approval（研究同意的会议和日期）
    examples:
      fail:
        - lists:
            evaluations: [{name: 评比1}, {name: 评比2}, {name: 评比3}, {name: 评比4}, {name: 评比5}, {name: 评比6},
                          {name: 评比7}, {name: 评比8}, {name: 评比9}]  # ←
      pass:
        - lists:
            evaluations: [{name: 评比1}, {name: 评比2}, {name: 评比3}, {name: 评比4}, {name: 评比5}, {name: 评比6},
                          {name: 评比7}, {name: 评比8}, {name: 评比9, approval: 区委区政府研究同意 2021-03-01}]
  - id: HC-CERT-COUNT-2016
    title: 保留证明事项不超过2016 年清单核定的 20 项，其他事项须经区委、区政府同意
    topic: certificate.count
    severity: error
    levels: [county]
    effective:
      from: 2016-01-01
      until: 2019-12-31
      status: unverified
      note: 原文只写 2016 年制定、2020 年修订，没有月日
    basis:
      document: haicang-lists
      section: 二是“6张清单”厘清权责边界（2016 年制定）
      quote: 保留证明事项从20项减为2项
      status: verified
    check:
      kind: list.count
      list: lists.certificates
      max: 20
      exempt_when: {approval: [present]}
    message: "{title}有 {count} 项未注明审批，超过 2016 年清单核定的 {max} 项；从{item}起超出 {excess} 项"
    hint: 清单外的事项须经区委、区政府研究同意方可下放；删去该项，或写明 approval（研究同意的会议和日期）
    examples:
      fail:
        - lists:
            certificates: [{name: 证明1}, {name: 证明2}, {name: 证明3}, {name: 证明4}, {name: 证明5}, {name: 证明6},
                           {name: 证明7}, {name: 证明8}, {name: 证明9}, {name: 证明10}, {name: 证明11}, {name: 证明12},
                           {name: 证明13}, {name: 证明14}, {name: 证明15}, {name: 证明16}, {name: 证明17}, {name: 证明18},
                           {name: 证明19}, {name: 证明20}, {name: 证明21}]  # ←
      pass:
        - lists:
            certificates: [{name: 证明1}, {name: 证明2}, {name: 证明3}, {name: 证明4}, {name: 证明5}, {name: 证明6},
                           {name: 证明7}, {name: 证明8}, {name: 证明9}, {name: 证明10}, {name: 证明11}, {name: 证明12},
                           {name: 证明13}, {name: 证明14}, {name: 证明15}, {name: 证明16}, {name: 证明17}, {name: 证明18},
                           {name: 证明19}, {name: 证明20}, {name: 证明21, approval: 区委区政府研究同意 2021-03-01}]
  - id: HC-ASSIST-FUNDING
    title: 下放村居的协助事项写明责任部门和经费（权随责走、费随事转）
    topic: assistance.funding
    severity: error
    effective:
      from: 2016-01-01
      status: unverified
      note: 原文只写「2016年海沧区制定了……6张清单」，没有月日
    levels: [county]
    basis:
      document: haicang-lists
      section: 一是“1份铁规”收紧下放路子
      quote: 确需下放的工作事项,要执行“权随责走,费随事转”,落实相应人员及工作经费保障
      status: verified
    check:
      kind: items.fields
      lists: [lists.assistance]
      fields: [department, funding]
    message: 协助事项{item}缺少{missing}
    hint: 写明下放该事项的区级部门（department）和相应的人员及工作经费保障（funding）
    examples:
      fail:
        - lists:
            assistance:
              - {name: 协助开展社会救助, department: 区民政局}  # ←
      pass:
        - lists:
            assistance:
              - {name: 协助开展社会救助, department: 区民政局, funding: 区民政局按年度核拨工作经费}

  - id: HC-TASK-FUNDING
    title: 交办村居的工作写明交办单位和经费（权随责走、费随事转）
    topic: assistance.funding
    severity: error
    effective:
      from: 2016-01-01
      status: unverified
      note: 原文只写「2016年海沧区制定了……6张清单」，没有月日
    basis:
      document: haicang-lists
      section: 一是“1份铁规”收紧下放路子
      quote: 确需下放的工作事项,要执行“权随责走,费随事转”,落实相应人员及工作经费保障
      status: verified
    check:
      kind: items.fields
      lists: [tasks]
      fields: [assigned_by, funding]
      # 「确需下放的工作事项」：村居自己的依法履行职责事项不是下放的工作，不要求随事转来的经费。
      except_listed_in: [lists.self_governance]
    message: 交办的工作{item}缺少{missing}
    hint: 写明交办单位（assigned_by）和随事转来的工作经费（funding）
    examples:
      fail:
        - tasks:
            - {name: 协助开展人口抽样调查, assigned_by: 区统计局}  # ←
      pass:
        - tasks:
            - {name: 协助开展人口抽样调查, assigned_by: 区统计局, funding: 区统计局按调查户数拨付}
        - filing:
            tasks:
              - {name: 调解民间纠纷, assigned_by: 海沧街道办事处}
          district:
            region: {code: "350205", name: 福建省厦门市海沧区, level: county}
            lists: {self_governance: [{name: 调解民间纠纷}]}

  - id: HC-MICRO-COUNT
    title: 小微权力清单与公布的 25 项一致
    topic: list.count
    # 「共梳理出25项事项」报道的是公布的清单（FACTS.md 第 7 节），与之不一致的是提醒。
    severity: warning
    effective:
      from: 2016-01-01
      status: unverified
      note: 原文只写「2016年海沧区制定了……6张清单」，没有月日
    levels: [county]
    basis:
      document: haicang-lists
      section: 三是“25项小微权力”规范权力运行
      quote: 围绕村级组织在组织建设、经济管理等6个方面制定村级“小微权力”清单,共梳理出25项事项
      status: verified
    check:
      kind: list.count
      list: lists.micro_powers
      max: 25
      min: 25
      exempt_when: {approval: [present]}
    message: "{title}有 {count} 项未注明审批，与公布的 {max} 项不一致"
    hint: 海沧区公布的小微权力清单共 25 项：核对多出的事项（新增的写明 approval，会议和日期）和漏列的事项
    examples:
      fail:
        - lists:
            micro_powers: [{name: 权力1}, {name: 权力2}, {name: 权力3}, {name: 权力4}, {name: 权力5}, {name: 权力6},
                           {name: 权力7}, {name: 权力8}, {name: 权力9}, {name: 权力10}, {name: 权力11}, {name: 权力12},
                           {name: 权力13}, {name: 权力14}, {name: 权力15}, {name: 权力16}, {name: 权力17}, {name: 权力18},
                           {name: 权力19}, {name: 权力20}, {name: 权力21}, {name: 权力22}, {name: 权力23}, {name: 权力24},
                           {name: 权力25}, {name: 权力26}]  # ←
      pass:
        - lists:
            micro_powers: [{name: 权力1}, {name: 权力2}, {name: 权力3}, {name: 权力4}, {name: 权力5}, {name: 权力6},
                           {name: 权力7}, {name: 权力8}, {name: 权力9}, {name: 权力10}, {name: 权力11}, {name: 权力12},
                           {name: 权力13}, {name: 权力14}, {name: 权力15}, {name: 权力16}, {name: 权力17}, {name: 权力18},
                           {name: 权力19}, {name: 权力20}, {name: 权力21}, {name: 权力22}, {name: 权力23}, {name: 权力24},
                           {name: 权力25}]

  - id: HC-MICRO-PROCEDURE
    title: 每项小微权力写明用权程序
    topic: list.item-fields
    # 「细化各清单事项的用权程序，绘制……运行流程图」讲的是公布的清单怎么做的，不是「不得」「应当」：缺程序是提醒。
    severity: warning
    effective:
      from: 2016-01-01
      status: unverified
      note: 原文只写「2016年海沧区制定了……6张清单」，没有月日
    basis:
      document: haicang-lists
      section: 三是“25项小微权力”规范权力运行
      quote: 细化各清单事项的用权程序,绘制“四议两公开”、财务开支、发展党员、投资建设项目、出租出让集体资产、印章管理等运行流程图
      status: verified
    check:
      kind: items.fields
      lists: [lists.micro_powers]
      fields: [steps]
    message: 小微权力{item}没有写明用权程序（steps）
    hint: 按运行流程图逐步写明用权程序，如 [提议, 商议, 审议, 决议, 公开]
    examples:
      fail:
        - lists:
            micro_powers:
              - {name: 村级重大事项决策}  # ←
      pass:
        - lists:
            micro_powers:
              - {name: 村级重大事项决策, steps: [村党组织提议, 村两委会议商议, 党员大会审议, 村民代表会议决议, 决议公开, 实施结果公开]}

  - id: HC-TASK-ADMISSION
    title: 下放村居的工作须在区级清单中或经区委、区政府同意
    topic: admission.unlisted-task
    severity: error
    effective:
      from: 2016-01-01
      status: unverified
      note: 原文只写「2016年海沧区制定了……6张清单」，没有月日
    levels: [township, village]
    replaces: CN-TASK-DEPLOYMENT
    basis:
      document: haicang-lists
      section: 一是“1份铁规”收紧下放路子
      quote: 未经区委、区政府研究同意下放的工作事项,不得下放至村居工作站
      status: verified
    check:
      kind: tasks.admitted
      list: tasks
      admitted_by: [lists.self_governance, lists.assistance, lists.supervision, lists.reports, lists.evaluations]
      exempt_when: {approval: [present]}
      # 村民会议、村民委员会等村级组织自己安排的工作，不是党政群机构派交的。
      exempt_contains: {assigned_by: [村民会议, 村民代表会议, 村民委员会, 村务监督委员会, 村党组织, 村党支部, 村党委, 村党总支]}
    message: 下放的工作{item}不在{district}的{lists}中{why}，也没有区委、区政府研究同意的记录
    hint: 清单外的工作须经区委、区政府研究同意后方可下放：写明 approval（会议和日期）
    examples:
      fail:
        - filing:
            tasks: [{name: 协助开展企业用工调查, assigned_by: 区人社局, funding: 区人社局拨付}]  # ←
          district:
            region: {code: "350205", name: 厦门市海沧区, level: county}
            lists: {assistance: [{name: 协助开展就业服务}]}
      pass:
        - filing:
            tasks: [{name: 协助开展就业服务, assigned_by: 区人社局, funding: 区人社局拨付}]
          district:
            region: {code: "350205", name: 厦门市海沧区, level: county}
            lists: {assistance: [{name: 协助开展就业服务}]}

  - id: HC-TASK-ADMISSION-UNCHECKED
    title: 下放村居的工作须与区级清单一起核对
    topic: admission.unchecked
    severity: info
    effective:
      from: 2016-01-01
      status: unverified
      note: 原文只写「2016年海沧区制定了……6张清单」，没有月日
    levels: [township, village]
    replaces: CN-TASK-DEPLOYMENT-UNCHECKED
    basis:
      document: haicang-lists
      section: 一是“1份铁规”收紧下放路子
      quote: 未经区委、区政府研究同意下放的工作事项,不得下放至村居工作站
      status: verified
    check:
      kind: district.in-run
      section: tasks
    message: 本次检查不含所属区的申报，{title}未能与区级清单核对
    hint: 把海沧区的清单申报与村居申报放在一起检查：在同一条命令中列出两者，或检查它们所在的整个文件夹
    examples:
      fail:
        - tasks: [{name: 协助开展就业服务, assigned_by: 区人社局, funding: 区人社局拨付}]  # ←
      pass:
        - filing:
            tasks: [{name: 协助开展就业服务, assigned_by: 区人社局, funding: 区人社局拨付}]
          district:
            region: {code: "350205", name: 厦门市海沧区, level: county}
            lists: {assistance: [{name: 协助开展就业服务}]}

"""#),
    ("cn/guangdong/shantou", "Rules/cn/guangdong/shantou.yaml", #"""
# yaml-language-server: $schema=../../../Docs/schemas/rule-pack.schema.json
# 广东省汕头市（地级市）：“五小清单”中的村级权责清单流程图（10大类57项）、村（社区）“两委”干部履职负面清单 50 条，
# 以及《汕头市村(居)民委员会工作职责事项指导目录》（自治 8类47项、协助 13类76项、应取消和禁入 19项）。
# 引文见 Rules/sources/001_378cf8640503b9f8.txt（农业农村部 国家乡村振兴局清单制典型案例·汕头市）。
# 原文没有日；各规则自 2021-01-01 起算（《指导目录》2021 年 1 月修订），标为日期未核实。
qingdan-pack: 1
id: cn/guangdong/shantou
version: "1.0"
title: 广东省汕头市
extends: cn
regions: ["440500"]
documents:
  shantou-powers:
    title: 汕头市《关于推进村级组织权力职责规范化运行的通知》（村级权责清单流程图）
    level: city
    status: in-force
    source: sources/001_378cf8640503b9f8.txt
  shantou-negative:
    title: 汕头市村(社区)“两委”干部履职负面清单（50条）
    level: city
    status: in-force
    source: sources/001_378cf8640503b9f8.txt
  shantou-catalogue:
    title: 《汕头市村(居)民委员会工作职责事项指导目录》
    level: city
    status: in-force
    source: sources/001_378cf8640503b9f8.txt

rules:
  - id: ST-MICRO-COUNT
    title: 村级权责清单与市里编制的 57 项流程图一致
    topic: list.count
    severity: warning
    levels: [city, county]
    effective:
      from: 2021-01-01
      status: unverified
      note: 原文没有写出台日期，只写在全市村（社区）“两委”换届后出台；所在通知引用 2020 年中央农村工作会议精神，按 2021-01-01 起算
    basis:
      document: shantou-powers
      section: 汕头市案例：二是制定清单流程图,促进阳光用权
      quote: 编制了10大类57项村级权责清单流程图
      status: verified
    check:
      kind: list.count
      list: lists.micro_powers
      min: 57
      max: 57
    message: "村级权责清单（小微权力清单）有 {count} 项，与汕头市 10 大类 57 项村级权责清单流程图的 {max} 项不一致"
    hint: "汕头市编制了 10 大类 57 项村级权责清单流程图；核对是否漏列、多列或拆分了事项"
    examples:
      fail:
        - lists:
            micro_powers: [{name: 权责事项1}, {name: 权责事项2}, {name: 权责事项3}, {name: 权责事项4}, {name: 权责事项5}, {name: 权责事项6},
                           {name: 权责事项7}, {name: 权责事项8}, {name: 权责事项9}, {name: 权责事项10}, {name: 权责事项11}, {name: 权责事项12},
                           {name: 权责事项13}, {name: 权责事项14}, {name: 权责事项15}, {name: 权责事项16}, {name: 权责事项17}, {name: 权责事项18},
                           {name: 权责事项19}, {name: 权责事项20}, {name: 权责事项21}, {name: 权责事项22}, {name: 权责事项23}, {name: 权责事项24},
                           {name: 权责事项25}, {name: 权责事项26}, {name: 权责事项27}, {name: 权责事项28}, {name: 权责事项29}, {name: 权责事项30},
                           {name: 权责事项31}, {name: 权责事项32}, {name: 权责事项33}, {name: 权责事项34}, {name: 权责事项35}, {name: 权责事项36},
                           {name: 权责事项37}, {name: 权责事项38}, {name: 权责事项39}, {name: 权责事项40}, {name: 权责事项41}, {name: 权责事项42},
                           {name: 权责事项43}, {name: 权责事项44}, {name: 权责事项45}, {name: 权责事项46}, {name: 权责事项47}, {name: 权责事项48},
                           {name: 权责事项49}, {name: 权责事项50}, {name: 权责事项51}, {name: 权责事项52}, {name: 权责事项53}, {name: 权责事项54},
                           {name: 权责事项55}, {name: 权责事项56}, {name: 权责事项57}, {name: 权责事项58}]  # ←
        - lists:
            micro_powers: [{name: 权责事项1}, {name: 权责事项2}, {name: 权责事项3}, {name: 权责事项4}, {name: 权责事项5}, {name: 权责事项6},  # ←
                           {name: 权责事项7}, {name: 权责事项8}, {name: 权责事项9}, {name: 权责事项10}, {name: 权责事项11}, {name: 权责事项12},
                           {name: 权责事项13}, {name: 权责事项14}, {name: 权责事项15}, {name: 权责事项16}, {name: 权责事项17}, {name: 权责事项18},
                           {name: 权责事项19}, {name: 权责事项20}, {name: 权责事项21}, {name: 权责事项22}, {name: 权责事项23}, {name: 权责事项24},
                           {name: 权责事项25}, {name: 权责事项26}, {name: 权责事项27}, {name: 权责事项28}, {name: 权责事项29}, {name: 权责事项30},
                           {name: 权责事项31}, {name: 权责事项32}, {name: 权责事项33}, {name: 权责事项34}, {name: 权责事项35}, {name: 权责事项36},
                           {name: 权责事项37}, {name: 权责事项38}, {name: 权责事项39}, {name: 权责事项40}, {name: 权责事项41}, {name: 权责事项42},
                           {name: 权责事项43}, {name: 权责事项44}, {name: 权责事项45}, {name: 权责事项46}, {name: 权责事项47}, {name: 权责事项48},
                           {name: 权责事项49}, {name: 权责事项50}, {name: 权责事项51}, {name: 权责事项52}, {name: 权责事项53}, {name: 权责事项54},
                           {name: 权责事项55}, {name: 权责事项56}]
      pass:
        - lists:
            micro_powers: [{name: 权责事项1}, {name: 权责事项2}, {name: 权责事项3}, {name: 权责事项4}, {name: 权责事项5}, {name: 权责事项6},
                           {name: 权责事项7}, {name: 权责事项8}, {name: 权责事项9}, {name: 权责事项10}, {name: 权责事项11}, {name: 权责事项12},
                           {name: 权责事项13}, {name: 权责事项14}, {name: 权责事项15}, {name: 权责事项16}, {name: 权责事项17}, {name: 权责事项18},
                           {name: 权责事项19}, {name: 权责事项20}, {name: 权责事项21}, {name: 权责事项22}, {name: 权责事项23}, {name: 权责事项24},
                           {name: 权责事项25}, {name: 权责事项26}, {name: 权责事项27}, {name: 权责事项28}, {name: 权责事项29}, {name: 权责事项30},
                           {name: 权责事项31}, {name: 权责事项32}, {name: 权责事项33}, {name: 权责事项34}, {name: 权责事项35}, {name: 权责事项36},
                           {name: 权责事项37}, {name: 权责事项38}, {name: 权责事项39}, {name: 权责事项40}, {name: 权责事项41}, {name: 权责事项42},
                           {name: 权责事项43}, {name: 权责事项44}, {name: 权责事项45}, {name: 权责事项46}, {name: 权责事项47}, {name: 权责事项48},
                           {name: 权责事项49}, {name: 权责事项50}, {name: 权责事项51}, {name: 权责事项52}, {name: 权责事项53}, {name: 权责事项54},
                           {name: 权责事项55}, {name: 权责事项56}, {name: 权责事项57}]

  - id: ST-MICRO-PROCEDURE
    title: 每项村级权责事项写明办理程序
    topic: list.item-fields
    severity: warning
    levels: [city, county]
    effective:
      from: 2021-01-01
      status: unverified
      note: 原文没有写出台日期，只写在全市村（社区）“两委”换届后出台；所在通知引用 2020 年中央农村工作会议精神，按 2021-01-01 起算
    basis:
      document: shantou-powers
      section: 汕头市案例：二是制定清单流程图,促进阳光用权
      quote: 编制了10大类57项村级权责清单流程图,明确和细化各权责事项的材料、要件和程序等内容
      status: verified
    check:
      kind: items.fields
      lists: [lists.micro_powers]
      fields: [steps]
    message: 村级权责事项{item}没有写明办理程序（steps）
    hint: 按村级权责清单流程图逐步写明办理程序
    examples:
      fail:
        - lists:
            micro_powers:
              - {name: 村集体资产资源出租, category: 集体“三资”管理}  # ←
      pass:
        - lists:
            micro_powers:
              - name: 村集体资产资源出租
                category: 集体“三资”管理
                steps: [村党组织提议, 村“两委”联席会议商议, 党员大会审议, 村民代表会议决议, 公开交易, 结果公开]

  - id: ST-PROHIBITION-COUNT
    title: 村（社区）“两委”干部履职负面清单与公布的 50 条一致
    topic: list.count
    severity: warning
    levels: [city, county]
    effective:
      from: 2021-01-01
      status: unverified
      note: 原文没有写出台日期，只写在全市村（社区）“两委”换届后出台；所在通知引用 2020 年中央农村工作会议精神，按 2021-01-01 起算
    basis:
      document: shantou-negative
      section: 汕头市案例：一是制订村(社区)“两委”干部履职负面清单
      quote: 出台村(社区)“两委”干部履职负面清单50条
      status: verified
    check:
      kind: list.count
      list: lists.cadre_prohibitions
      min: 50
      max: 50
    message: "村（社区）“两委”干部履职负面清单有 {count} 项，与汕头市负面清单的 {max} 项不一致"
    hint: "汕头市“两委”干部履职负面清单从八大方面列出 50 种负面行为；核对是否漏列、多列"
    examples:
      fail:
        - lists:
            cadre_prohibitions: [{name: 负面行为1}, {name: 负面行为2}, {name: 负面行为3}, {name: 负面行为4}, {name: 负面行为5}, {name: 负面行为6},
                           {name: 负面行为7}, {name: 负面行为8}, {name: 负面行为9}, {name: 负面行为10}, {name: 负面行为11}, {name: 负面行为12},
                           {name: 负面行为13}, {name: 负面行为14}, {name: 负面行为15}, {name: 负面行为16}, {name: 负面行为17}, {name: 负面行为18},
                           {name: 负面行为19}, {name: 负面行为20}, {name: 负面行为21}, {name: 负面行为22}, {name: 负面行为23}, {name: 负面行为24},
                           {name: 负面行为25}, {name: 负面行为26}, {name: 负面行为27}, {name: 负面行为28}, {name: 负面行为29}, {name: 负面行为30},
                           {name: 负面行为31}, {name: 负面行为32}, {name: 负面行为33}, {name: 负面行为34}, {name: 负面行为35}, {name: 负面行为36},
                           {name: 负面行为37}, {name: 负面行为38}, {name: 负面行为39}, {name: 负面行为40}, {name: 负面行为41}, {name: 负面行为42},
                           {name: 负面行为43}, {name: 负面行为44}, {name: 负面行为45}, {name: 负面行为46}, {name: 负面行为47}, {name: 负面行为48},
                           {name: 负面行为49}, {name: 负面行为50}, {name: 负面行为51}]  # ←
        - lists:
            cadre_prohibitions: [{name: 负面行为1}, {name: 负面行为2}, {name: 负面行为3}, {name: 负面行为4}, {name: 负面行为5}, {name: 负面行为6},  # ←
                           {name: 负面行为7}, {name: 负面行为8}, {name: 负面行为9}, {name: 负面行为10}, {name: 负面行为11}, {name: 负面行为12},
                           {name: 负面行为13}, {name: 负面行为14}, {name: 负面行为15}, {name: 负面行为16}, {name: 负面行为17}, {name: 负面行为18},
                           {name: 负面行为19}, {name: 负面行为20}, {name: 负面行为21}, {name: 负面行为22}, {name: 负面行为23}, {name: 负面行为24},
                           {name: 负面行为25}, {name: 负面行为26}, {name: 负面行为27}, {name: 负面行为28}, {name: 负面行为29}, {name: 负面行为30},
                           {name: 负面行为31}, {name: 负面行为32}, {name: 负面行为33}, {name: 负面行为34}, {name: 负面行为35}, {name: 负面行为36},
                           {name: 负面行为37}, {name: 负面行为38}, {name: 负面行为39}, {name: 负面行为40}, {name: 负面行为41}, {name: 负面行为42},
                           {name: 负面行为43}, {name: 负面行为44}, {name: 负面行为45}, {name: 负面行为46}, {name: 负面行为47}, {name: 负面行为48},
                           {name: 负面行为49}]
      pass:
        - lists:
            cadre_prohibitions: [{name: 负面行为1}, {name: 负面行为2}, {name: 负面行为3}, {name: 负面行为4}, {name: 负面行为5}, {name: 负面行为6},
                           {name: 负面行为7}, {name: 负面行为8}, {name: 负面行为9}, {name: 负面行为10}, {name: 负面行为11}, {name: 负面行为12},
                           {name: 负面行为13}, {name: 负面行为14}, {name: 负面行为15}, {name: 负面行为16}, {name: 负面行为17}, {name: 负面行为18},
                           {name: 负面行为19}, {name: 负面行为20}, {name: 负面行为21}, {name: 负面行为22}, {name: 负面行为23}, {name: 负面行为24},
                           {name: 负面行为25}, {name: 负面行为26}, {name: 负面行为27}, {name: 负面行为28}, {name: 负面行为29}, {name: 负面行为30},
                           {name: 负面行为31}, {name: 负面行为32}, {name: 负面行为33}, {name: 负面行为34}, {name: 负面行为35}, {name: 负面行为36},
                           {name: 负面行为37}, {name: 负面行为38}, {name: 负面行为39}, {name: 负面行为40}, {name: 负面行为41}, {name: 负面行为42},
                           {name: 负面行为43}, {name: 负面行为44}, {name: 负面行为45}, {name: 负面行为46}, {name: 负面行为47}, {name: 负面行为48},
                           {name: 负面行为49}, {name: 负面行为50}]

  - id: ST-SELF-COUNT
    title: 群众自治工作职责事项与《指导目录》的 47 项一致
    topic: list.count
    severity: warning
    levels: [city, county]
    effective:
      from: 2021-01-01
      status: unverified
      note: 原文写「2019年9月印发」「2021年1月对《指导目录》进行修订」，没有日；所列事项数按修订后的目录，自 2021-01-01 起算
    basis:
      document: shantou-catalogue
      section: 汕头市案例：为依法界定基层权责边界……（《指导目录》）
      quote: 《指导目录》以清单形式,分别对汕头市村民委员会群众自治工作职责事项(8类47项)、协助政府工作职责事项(13类76项)、应取消和禁入事项(19项)
      status: verified
    check:
      kind: list.count
      list: lists.self_governance
      max: 47
    message: "群众自治工作职责事项有 {count} 项，与《指导目录》的 {max} 项不一致"
    hint: "《指导目录》列明群众自治工作职责事项 8 类 47 项；核对是否漏列、多列"
    examples:
      fail:
        - lists:
            self_governance: [{name: 自治事项1}, {name: 自治事项2}, {name: 自治事项3}, {name: 自治事项4}, {name: 自治事项5}, {name: 自治事项6},
                           {name: 自治事项7}, {name: 自治事项8}, {name: 自治事项9}, {name: 自治事项10}, {name: 自治事项11}, {name: 自治事项12},
                           {name: 自治事项13}, {name: 自治事项14}, {name: 自治事项15}, {name: 自治事项16}, {name: 自治事项17}, {name: 自治事项18},
                           {name: 自治事项19}, {name: 自治事项20}, {name: 自治事项21}, {name: 自治事项22}, {name: 自治事项23}, {name: 自治事项24},
                           {name: 自治事项25}, {name: 自治事项26}, {name: 自治事项27}, {name: 自治事项28}, {name: 自治事项29}, {name: 自治事项30},
                           {name: 自治事项31}, {name: 自治事项32}, {name: 自治事项33}, {name: 自治事项34}, {name: 自治事项35}, {name: 自治事项36},
                           {name: 自治事项37}, {name: 自治事项38}, {name: 自治事项39}, {name: 自治事项40}, {name: 自治事项41}, {name: 自治事项42},
                           {name: 自治事项43}, {name: 自治事项44}, {name: 自治事项45}, {name: 自治事项46}, {name: 自治事项47}, {name: 自治事项48}]  # ←
      pass:
        - lists:
            self_governance: [{name: 自治事项1}, {name: 自治事项2}, {name: 自治事项3}, {name: 自治事项4}, {name: 自治事项5}, {name: 自治事项6},
                           {name: 自治事项7}, {name: 自治事项8}, {name: 自治事项9}, {name: 自治事项10}, {name: 自治事项11}, {name: 自治事项12},
                           {name: 自治事项13}, {name: 自治事项14}, {name: 自治事项15}, {name: 自治事项16}, {name: 自治事项17}, {name: 自治事项18},
                           {name: 自治事项19}, {name: 自治事项20}, {name: 自治事项21}, {name: 自治事项22}, {name: 自治事项23}, {name: 自治事项24},
                           {name: 自治事项25}, {name: 自治事项26}, {name: 自治事项27}, {name: 自治事项28}, {name: 自治事项29}, {name: 自治事项30},
                           {name: 自治事项31}, {name: 自治事项32}, {name: 自治事项33}, {name: 自治事项34}, {name: 自治事项35}, {name: 自治事项36},
                           {name: 自治事项37}, {name: 自治事项38}, {name: 自治事项39}, {name: 自治事项40}, {name: 自治事项41}, {name: 自治事项42},
                           {name: 自治事项43}, {name: 自治事项44}, {name: 自治事项45}, {name: 自治事项46}, {name: 自治事项47}]

  - id: ST-ASSIST-COUNT
    title: 协助政府工作职责事项与《指导目录》的 76 项一致
    topic: list.count
    severity: warning
    levels: [city, county]
    effective:
      from: 2021-01-01
      status: unverified
      note: 原文写「2019年9月印发」「2021年1月对《指导目录》进行修订」，没有日；所列事项数按修订后的目录，自 2021-01-01 起算
    basis:
      document: shantou-catalogue
      section: 汕头市案例：为依法界定基层权责边界……（《指导目录》）
      quote: 《指导目录》以清单形式,分别对汕头市村民委员会群众自治工作职责事项(8类47项)、协助政府工作职责事项(13类76项)、应取消和禁入事项(19项)
      status: verified
    check:
      kind: list.count
      list: lists.assistance
      max: 76
    message: "协助政府工作职责事项有 {count} 项，与《指导目录》的 {max} 项不一致"
    hint: "《指导目录》列明协助政府工作职责事项 13 类 76 项；核对是否漏列、多列"
    examples:
      fail:
        - lists:
            assistance: [{name: 协助事项1}, {name: 协助事项2}, {name: 协助事项3}, {name: 协助事项4}, {name: 协助事项5}, {name: 协助事项6},
                           {name: 协助事项7}, {name: 协助事项8}, {name: 协助事项9}, {name: 协助事项10}, {name: 协助事项11}, {name: 协助事项12},
                           {name: 协助事项13}, {name: 协助事项14}, {name: 协助事项15}, {name: 协助事项16}, {name: 协助事项17}, {name: 协助事项18},
                           {name: 协助事项19}, {name: 协助事项20}, {name: 协助事项21}, {name: 协助事项22}, {name: 协助事项23}, {name: 协助事项24},
                           {name: 协助事项25}, {name: 协助事项26}, {name: 协助事项27}, {name: 协助事项28}, {name: 协助事项29}, {name: 协助事项30},
                           {name: 协助事项31}, {name: 协助事项32}, {name: 协助事项33}, {name: 协助事项34}, {name: 协助事项35}, {name: 协助事项36},
                           {name: 协助事项37}, {name: 协助事项38}, {name: 协助事项39}, {name: 协助事项40}, {name: 协助事项41}, {name: 协助事项42},
                           {name: 协助事项43}, {name: 协助事项44}, {name: 协助事项45}, {name: 协助事项46}, {name: 协助事项47}, {name: 协助事项48},
                           {name: 协助事项49}, {name: 协助事项50}, {name: 协助事项51}, {name: 协助事项52}, {name: 协助事项53}, {name: 协助事项54},
                           {name: 协助事项55}, {name: 协助事项56}, {name: 协助事项57}, {name: 协助事项58}, {name: 协助事项59}, {name: 协助事项60},
                           {name: 协助事项61}, {name: 协助事项62}, {name: 协助事项63}, {name: 协助事项64}, {name: 协助事项65}, {name: 协助事项66},
                           {name: 协助事项67}, {name: 协助事项68}, {name: 协助事项69}, {name: 协助事项70}, {name: 协助事项71}, {name: 协助事项72},
                           {name: 协助事项73}, {name: 协助事项74}, {name: 协助事项75}, {name: 协助事项76}, {name: 协助事项77}]  # ←
      pass:
        - lists:
            assistance: [{name: 协助事项1}, {name: 协助事项2}, {name: 协助事项3}, {name: 协助事项4}, {name: 协助事项5}, {name: 协助事项6},
                           {name: 协助事项7}, {name: 协助事项8}, {name: 协助事项9}, {name: 协助事项10}, {name: 协助事项11}, {name: 协助事项12},
                           {name: 协助事项13}, {name: 协助事项14}, {name: 协助事项15}, {name: 协助事项16}, {name: 协助事项17}, {name: 协助事项18},
                           {name: 协助事项19}, {name: 协助事项20}, {name: 协助事项21}, {name: 协助事项22}, {name: 协助事项23}, {name: 协助事项24},
                           {name: 协助事项25}, {name: 协助事项26}, {name: 协助事项27}, {name: 协助事项28}, {name: 协助事项29}, {name: 协助事项30},
                           {name: 协助事项31}, {name: 协助事项32}, {name: 协助事项33}, {name: 协助事项34}, {name: 协助事项35}, {name: 协助事项36},
                           {name: 协助事项37}, {name: 协助事项38}, {name: 协助事项39}, {name: 协助事项40}, {name: 协助事项41}, {name: 协助事项42},
                           {name: 协助事项43}, {name: 协助事项44}, {name: 协助事项45}, {name: 协助事项46}, {name: 协助事项47}, {name: 协助事项48},
                           {name: 协助事项49}, {name: 协助事项50}, {name: 协助事项51}, {name: 协助事项52}, {name: 协助事项53}, {name: 协助事项54},
                           {name: 协助事项55}, {name: 协助事项56}, {name: 协助事项57}, {name: 协助事项58}, {name: 协助事项59}, {name: 协助事项60},
                           {name: 协助事项61}, {name: 协助事项62}, {name: 协助事项63}, {name: 协助事项64}, {name: 协助事项65}, {name: 协助事项66},
                           {name: 协助事项67}, {name: 协助事项68}, {name: 协助事项69}, {name: 协助事项70}, {name: 协助事项71}, {name: 协助事项72},
                           {name: 协助事项73}, {name: 协助事项74}, {name: 协助事项75}, {name: 协助事项76}]

  - id: ST-NEGATIVE-COUNT
    title: 应取消和禁入事项与《指导目录》的 19 项一致
    topic: list.count
    severity: warning
    levels: [city, county]
    effective:
      from: 2021-01-01
      status: unverified
      note: 原文写「2019年9月印发」「2021年1月对《指导目录》进行修订」，没有日；所列事项数按修订后的目录，自 2021-01-01 起算
    basis:
      document: shantou-catalogue
      section: 汕头市案例：为依法界定基层权责边界……（《指导目录》）
      quote: 《指导目录》以清单形式,分别对汕头市村民委员会群众自治工作职责事项(8类47项)、协助政府工作职责事项(13类76项)、应取消和禁入事项(19项)
      status: verified
    check:
      kind: list.count
      list: lists.negative
      min: 19
      max: 19
    message: "应取消和禁入事项（负面事项）有 {count} 项，与《指导目录》的 {max} 项不一致"
    hint: "《指导目录》列明应取消和禁入事项 19 项；核对是否漏列、多列"
    examples:
      fail:
        - lists:
            negative: [{name: 禁入事项1}, {name: 禁入事项2}, {name: 禁入事项3}, {name: 禁入事项4}, {name: 禁入事项5}, {name: 禁入事项6},
                           {name: 禁入事项7}, {name: 禁入事项8}, {name: 禁入事项9}, {name: 禁入事项10}, {name: 禁入事项11}, {name: 禁入事项12},
                           {name: 禁入事项13}, {name: 禁入事项14}, {name: 禁入事项15}, {name: 禁入事项16}, {name: 禁入事项17}, {name: 禁入事项18},
                           {name: 禁入事项19}, {name: 禁入事项20}]  # ←
        - lists:
            negative: [{name: 禁入事项1}, {name: 禁入事项2}, {name: 禁入事项3}, {name: 禁入事项4}, {name: 禁入事项5}, {name: 禁入事项6},  # ←
                           {name: 禁入事项7}, {name: 禁入事项8}, {name: 禁入事项9}, {name: 禁入事项10}, {name: 禁入事项11}, {name: 禁入事项12},
                           {name: 禁入事项13}, {name: 禁入事项14}, {name: 禁入事项15}, {name: 禁入事项16}, {name: 禁入事项17}, {name: 禁入事项18}]
      pass:
        - lists:
            negative: [{name: 禁入事项1}, {name: 禁入事项2}, {name: 禁入事项3}, {name: 禁入事项4}, {name: 禁入事项5}, {name: 禁入事项6},
                           {name: 禁入事项7}, {name: 禁入事项8}, {name: 禁入事项9}, {name: 禁入事项10}, {name: 禁入事项11}, {name: 禁入事项12},
                           {name: 禁入事项13}, {name: 禁入事项14}, {name: 禁入事项15}, {name: 禁入事项16}, {name: 禁入事项17}, {name: 禁入事项18},
                           {name: 禁入事项19}]

"""#),
    ("cn/henan/jiyuan", "Rules/cn/henan/jiyuan.yaml", #"""
# yaml-language-server: $schema=../../../Docs/schemas/rule-pack.schema.json
# 河南省济源市（省直管县级市）：村级小微权力事项清单 88 条、村级班子主要负责人责任清单 48 项、村组干部负面清单 30 条。
# 引文见 Rules/sources/001_378cf8640503b9f8.txt（农业农村部 国家乡村振兴局清单制典型案例·济源市）。
# 原文没有日期；各规则自 2021-01-01（所在通知引用的 2020 年中央农村工作会议之后）起算，标为日期未核实。
qingdan-pack: 1
id: cn/henan/jiyuan
version: "1.0"
title: 河南省济源市
extends: cn
regions: ["419001"]
documents:
  jiyuan-lists:
    title: 济源市村级小微权力清单制度（小微权力事项清单、责任清单、负面清单）
    level: county
    status: in-force
    source: sources/001_378cf8640503b9f8.txt

rules:
  - id: JY-MICRO-COUNT
    title: 村级小微权力事项清单与公布的 88 条一致
    topic: list.count
    severity: warning
    levels: [county]
    effective:
      from: 2021-01-01
      status: unverified
      note: 原文没有写济源市清单的日期；所在通知引用 2020 年中央农村工作会议精神，按 2021-01-01 起算
    basis:
      document: jiyuan-lists
      section: 济源市案例：二是梳理清单事项,科学“确”权
      quote: 梳理、归纳了农村干部承担的村级重大决策小微权力事项清单88条
      status: verified
    check:
      kind: list.count
      list: lists.micro_powers
      min: 88
      max: 88
    message: "村级小微权力事项清单有 {count} 项，与济源市村级小微权力事项清单的 {max} 项不一致"
    hint: "济源市村级小微权力事项清单共 88 条；核对是否漏列、多列或拆分了事项"
    examples:
      fail:
        - lists:
            micro_powers: [{name: 权力1}, {name: 权力2}, {name: 权力3}, {name: 权力4}, {name: 权力5}, {name: 权力6},
                           {name: 权力7}, {name: 权力8}, {name: 权力9}, {name: 权力10}, {name: 权力11}, {name: 权力12},
                           {name: 权力13}, {name: 权力14}, {name: 权力15}, {name: 权力16}, {name: 权力17}, {name: 权力18},
                           {name: 权力19}, {name: 权力20}, {name: 权力21}, {name: 权力22}, {name: 权力23}, {name: 权力24},
                           {name: 权力25}, {name: 权力26}, {name: 权力27}, {name: 权力28}, {name: 权力29}, {name: 权力30},
                           {name: 权力31}, {name: 权力32}, {name: 权力33}, {name: 权力34}, {name: 权力35}, {name: 权力36},
                           {name: 权力37}, {name: 权力38}, {name: 权力39}, {name: 权力40}, {name: 权力41}, {name: 权力42},
                           {name: 权力43}, {name: 权力44}, {name: 权力45}, {name: 权力46}, {name: 权力47}, {name: 权力48},
                           {name: 权力49}, {name: 权力50}, {name: 权力51}, {name: 权力52}, {name: 权力53}, {name: 权力54},
                           {name: 权力55}, {name: 权力56}, {name: 权力57}, {name: 权力58}, {name: 权力59}, {name: 权力60},
                           {name: 权力61}, {name: 权力62}, {name: 权力63}, {name: 权力64}, {name: 权力65}, {name: 权力66},
                           {name: 权力67}, {name: 权力68}, {name: 权力69}, {name: 权力70}, {name: 权力71}, {name: 权力72},
                           {name: 权力73}, {name: 权力74}, {name: 权力75}, {name: 权力76}, {name: 权力77}, {name: 权力78},
                           {name: 权力79}, {name: 权力80}, {name: 权力81}, {name: 权力82}, {name: 权力83}, {name: 权力84},
                           {name: 权力85}, {name: 权力86}, {name: 权力87}, {name: 权力88}, {name: 权力89}]  # ←
        - lists:
            micro_powers: [{name: 权力1}, {name: 权力2}, {name: 权力3}, {name: 权力4}, {name: 权力5}, {name: 权力6},  # ←
                           {name: 权力7}, {name: 权力8}, {name: 权力9}, {name: 权力10}, {name: 权力11}, {name: 权力12},
                           {name: 权力13}, {name: 权力14}, {name: 权力15}, {name: 权力16}, {name: 权力17}, {name: 权力18},
                           {name: 权力19}, {name: 权力20}, {name: 权力21}, {name: 权力22}, {name: 权力23}, {name: 权力24},
                           {name: 权力25}, {name: 权力26}, {name: 权力27}, {name: 权力28}, {name: 权力29}, {name: 权力30},
                           {name: 权力31}, {name: 权力32}, {name: 权力33}, {name: 权力34}, {name: 权力35}, {name: 权力36},
                           {name: 权力37}, {name: 权力38}, {name: 权力39}, {name: 权力40}, {name: 权力41}, {name: 权力42},
                           {name: 权力43}, {name: 权力44}, {name: 权力45}, {name: 权力46}, {name: 权力47}, {name: 权力48},
                           {name: 权力49}, {name: 权力50}, {name: 权力51}, {name: 权力52}, {name: 权力53}, {name: 权力54},
                           {name: 权力55}, {name: 权力56}, {name: 权力57}, {name: 权力58}, {name: 权力59}, {name: 权力60},
                           {name: 权力61}, {name: 权力62}, {name: 权力63}, {name: 权力64}, {name: 权力65}, {name: 权力66},
                           {name: 权力67}, {name: 权力68}, {name: 权力69}, {name: 权力70}, {name: 权力71}, {name: 权力72},
                           {name: 权力73}, {name: 权力74}, {name: 权力75}, {name: 权力76}, {name: 权力77}, {name: 权力78},
                           {name: 权力79}, {name: 权力80}, {name: 权力81}, {name: 权力82}, {name: 权力83}, {name: 权力84},
                           {name: 权力85}, {name: 权力86}, {name: 权力87}]
      pass:
        - lists:
            micro_powers: [{name: 权力1}, {name: 权力2}, {name: 权力3}, {name: 权力4}, {name: 权力5}, {name: 权力6},
                           {name: 权力7}, {name: 权力8}, {name: 权力9}, {name: 权力10}, {name: 权力11}, {name: 权力12},
                           {name: 权力13}, {name: 权力14}, {name: 权力15}, {name: 权力16}, {name: 权力17}, {name: 权力18},
                           {name: 权力19}, {name: 权力20}, {name: 权力21}, {name: 权力22}, {name: 权力23}, {name: 权力24},
                           {name: 权力25}, {name: 权力26}, {name: 权力27}, {name: 权力28}, {name: 权力29}, {name: 权力30},
                           {name: 权力31}, {name: 权力32}, {name: 权力33}, {name: 权力34}, {name: 权力35}, {name: 权力36},
                           {name: 权力37}, {name: 权力38}, {name: 权力39}, {name: 权力40}, {name: 权力41}, {name: 权力42},
                           {name: 权力43}, {name: 权力44}, {name: 权力45}, {name: 权力46}, {name: 权力47}, {name: 权力48},
                           {name: 权力49}, {name: 权力50}, {name: 权力51}, {name: 权力52}, {name: 权力53}, {name: 权力54},
                           {name: 权力55}, {name: 权力56}, {name: 权力57}, {name: 权力58}, {name: 权力59}, {name: 权力60},
                           {name: 权力61}, {name: 权力62}, {name: 权力63}, {name: 权力64}, {name: 权力65}, {name: 权力66},
                           {name: 权力67}, {name: 权力68}, {name: 权力69}, {name: 权力70}, {name: 权力71}, {name: 权力72},
                           {name: 权力73}, {name: 权力74}, {name: 权力75}, {name: 权力76}, {name: 权力77}, {name: 权力78},
                           {name: 权力79}, {name: 权力80}, {name: 权力81}, {name: 权力82}, {name: 权力83}, {name: 权力84},
                           {name: 权力85}, {name: 权力86}, {name: 权力87}, {name: 权力88}]

  - id: JY-RESPONSIBILITY-COUNT
    title: 村级班子主要负责人责任清单与公布的 48 项一致
    topic: list.count
    severity: warning
    levels: [county]
    effective:
      from: 2021-01-01
      status: unverified
      note: 原文没有写济源市清单的日期；所在通知引用 2020 年中央农村工作会议精神，按 2021-01-01 起算
    basis:
      document: jiyuan-lists
      section: 济源市案例：二是梳理清单事项,科学“确”权
      quote: 建立针对村党组织、村民委员会主任、村务监督委员会主任、村民小组长等村级班子主要负责人的责任清单,规范重大事项决策、推动集体经济发展等48项责任
      status: verified
    check:
      kind: list.count
      list: lists.cadre_responsibilities
      min: 48
      max: 48
    message: "村级班子主要负责人责任清单有 {count} 项，与济源市责任清单的 {max} 项不一致"
    hint: "济源市责任清单共 48 项（村党组织、村民委员会主任、村务监督委员会主任、村民小组长等）；核对是否漏列、多列"
    examples:
      fail:
        - lists:
            cadre_responsibilities: [{name: 责任1}, {name: 责任2}, {name: 责任3}, {name: 责任4}, {name: 责任5}, {name: 责任6},
                           {name: 责任7}, {name: 责任8}, {name: 责任9}, {name: 责任10}, {name: 责任11}, {name: 责任12},
                           {name: 责任13}, {name: 责任14}, {name: 责任15}, {name: 责任16}, {name: 责任17}, {name: 责任18},
                           {name: 责任19}, {name: 责任20}, {name: 责任21}, {name: 责任22}, {name: 责任23}, {name: 责任24},
                           {name: 责任25}, {name: 责任26}, {name: 责任27}, {name: 责任28}, {name: 责任29}, {name: 责任30},
                           {name: 责任31}, {name: 责任32}, {name: 责任33}, {name: 责任34}, {name: 责任35}, {name: 责任36},
                           {name: 责任37}, {name: 责任38}, {name: 责任39}, {name: 责任40}, {name: 责任41}, {name: 责任42},
                           {name: 责任43}, {name: 责任44}, {name: 责任45}, {name: 责任46}, {name: 责任47}, {name: 责任48},
                           {name: 责任49}]  # ←
        - lists:
            cadre_responsibilities: [{name: 责任1}, {name: 责任2}, {name: 责任3}, {name: 责任4}, {name: 责任5}, {name: 责任6},  # ←
                           {name: 责任7}, {name: 责任8}, {name: 责任9}, {name: 责任10}, {name: 责任11}, {name: 责任12},
                           {name: 责任13}, {name: 责任14}, {name: 责任15}, {name: 责任16}, {name: 责任17}, {name: 责任18},
                           {name: 责任19}, {name: 责任20}, {name: 责任21}, {name: 责任22}, {name: 责任23}, {name: 责任24},
                           {name: 责任25}, {name: 责任26}, {name: 责任27}, {name: 责任28}, {name: 责任29}, {name: 责任30},
                           {name: 责任31}, {name: 责任32}, {name: 责任33}, {name: 责任34}, {name: 责任35}, {name: 责任36},
                           {name: 责任37}, {name: 责任38}, {name: 责任39}, {name: 责任40}, {name: 责任41}, {name: 责任42},
                           {name: 责任43}, {name: 责任44}, {name: 责任45}, {name: 责任46}, {name: 责任47}]
      pass:
        - lists:
            cadre_responsibilities: [{name: 责任1}, {name: 责任2}, {name: 责任3}, {name: 责任4}, {name: 责任5}, {name: 责任6},
                           {name: 责任7}, {name: 责任8}, {name: 责任9}, {name: 责任10}, {name: 责任11}, {name: 责任12},
                           {name: 责任13}, {name: 责任14}, {name: 责任15}, {name: 责任16}, {name: 责任17}, {name: 责任18},
                           {name: 责任19}, {name: 责任20}, {name: 责任21}, {name: 责任22}, {name: 责任23}, {name: 责任24},
                           {name: 责任25}, {name: 责任26}, {name: 责任27}, {name: 责任28}, {name: 责任29}, {name: 责任30},
                           {name: 责任31}, {name: 责任32}, {name: 责任33}, {name: 责任34}, {name: 责任35}, {name: 责任36},
                           {name: 责任37}, {name: 责任38}, {name: 责任39}, {name: 责任40}, {name: 责任41}, {name: 责任42},
                           {name: 责任43}, {name: 责任44}, {name: 责任45}, {name: 责任46}, {name: 责任47}, {name: 责任48}]

  - id: JY-PROHIBITION-COUNT
    title: 村组干部负面清单与公布的 30 条禁止性要求一致
    topic: list.count
    severity: warning
    levels: [county]
    effective:
      from: 2021-01-01
      status: unverified
      note: 原文没有写济源市清单的日期；所在通知引用 2020 年中央农村工作会议精神，按 2021-01-01 起算
    basis:
      document: jiyuan-lists
      section: 济源市案例：二是梳理清单事项,科学“确”权
      quote: 制定负面清单对村组干部实行管理,明确不得利用职权或职务之便为他人谋取利益、不得违反财经纪律、不得侵占集体资产等30条禁止性要求
      status: verified
    check:
      kind: list.count
      list: lists.cadre_prohibitions
      min: 30
      max: 30
    message: "村组干部负面清单有 {count} 项，与济源市负面清单的 {max} 项不一致"
    hint: "济源市村组干部负面清单共 30 条禁止性要求；核对是否漏列、多列"
    examples:
      fail:
        - lists:
            cadre_prohibitions: [{name: 禁止性要求1}, {name: 禁止性要求2}, {name: 禁止性要求3}, {name: 禁止性要求4}, {name: 禁止性要求5}, {name: 禁止性要求6},
                           {name: 禁止性要求7}, {name: 禁止性要求8}, {name: 禁止性要求9}, {name: 禁止性要求10}, {name: 禁止性要求11}, {name: 禁止性要求12},
                           {name: 禁止性要求13}, {name: 禁止性要求14}, {name: 禁止性要求15}, {name: 禁止性要求16}, {name: 禁止性要求17}, {name: 禁止性要求18},
                           {name: 禁止性要求19}, {name: 禁止性要求20}, {name: 禁止性要求21}, {name: 禁止性要求22}, {name: 禁止性要求23}, {name: 禁止性要求24},
                           {name: 禁止性要求25}, {name: 禁止性要求26}, {name: 禁止性要求27}, {name: 禁止性要求28}, {name: 禁止性要求29}, {name: 禁止性要求30},
                           {name: 禁止性要求31}]  # ←
        - lists:
            cadre_prohibitions: [{name: 禁止性要求1}, {name: 禁止性要求2}, {name: 禁止性要求3}, {name: 禁止性要求4}, {name: 禁止性要求5}, {name: 禁止性要求6},  # ←
                           {name: 禁止性要求7}, {name: 禁止性要求8}, {name: 禁止性要求9}, {name: 禁止性要求10}, {name: 禁止性要求11}, {name: 禁止性要求12},
                           {name: 禁止性要求13}, {name: 禁止性要求14}, {name: 禁止性要求15}, {name: 禁止性要求16}, {name: 禁止性要求17}, {name: 禁止性要求18},
                           {name: 禁止性要求19}, {name: 禁止性要求20}, {name: 禁止性要求21}, {name: 禁止性要求22}, {name: 禁止性要求23}, {name: 禁止性要求24},
                           {name: 禁止性要求25}, {name: 禁止性要求26}, {name: 禁止性要求27}, {name: 禁止性要求28}, {name: 禁止性要求29}]
      pass:
        - lists:
            cadre_prohibitions: [{name: 禁止性要求1}, {name: 禁止性要求2}, {name: 禁止性要求3}, {name: 禁止性要求4}, {name: 禁止性要求5}, {name: 禁止性要求6},
                           {name: 禁止性要求7}, {name: 禁止性要求8}, {name: 禁止性要求9}, {name: 禁止性要求10}, {name: 禁止性要求11}, {name: 禁止性要求12},
                           {name: 禁止性要求13}, {name: 禁止性要求14}, {name: 禁止性要求15}, {name: 禁止性要求16}, {name: 禁止性要求17}, {name: 禁止性要求18},
                           {name: 禁止性要求19}, {name: 禁止性要求20}, {name: 禁止性要求21}, {name: 禁止性要求22}, {name: 禁止性要求23}, {name: 禁止性要求24},
                           {name: 禁止性要求25}, {name: 禁止性要求26}, {name: 禁止性要求27}, {name: 禁止性要求28}, {name: 禁止性要求29}, {name: 禁止性要求30}]

  - id: JY-PROHIBITION-INCLUDES
    title: 村组干部负面清单列明原文举出的禁止性要求
    topic: negative.missing
    severity: warning
    levels: [county]
    effective:
      from: 2021-01-01
      status: unverified
      note: 原文没有写济源市清单的日期；所在通知引用 2020 年中央农村工作会议精神，按 2021-01-01 起算
    basis:
      document: jiyuan-lists
      section: 济源市案例：二是梳理清单事项,科学“确”权
      quote: 制定负面清单对村组干部实行管理,明确不得利用职权或职务之便为他人谋取利益、不得违反财经纪律、不得侵占集体资产等30条禁止性要求
      status: verified
    check:
      kind: list.includes
      list: lists.cadre_prohibitions
      items: [利用职权或职务之便为他人谋取利益, 违反财经纪律, 侵占集体资产]
      aliases:
        利用职权或职务之便为他人谋取利益: [利用职权为他人谋取利益, 利用职务之便为他人谋取利益, 利用职权或者职务上的便利为他人谋取利益]
        侵占集体资产: [侵占村集体资产, 侵占集体资金, 侵占集体财产]
    message: "{title}缺少原文举出的禁止性要求：不得{entry}"
    hint: 济源市负面清单明确「不得利用职权或职务之便为他人谋取利益、不得违反财经纪律、不得侵占集体资产」等 30 条；补列该条
    examples:
      fail:
        - lists:
            cadre_prohibitions:  # ←
              - name: 不得利用职权或职务之便为他人谋取利益
              - name: 不得违反财经纪律
      pass:
        - lists:
            cadre_prohibitions:
              - name: 不得利用职权或职务之便为他人谋取利益
              - name: 不得违反财经纪律
              - name: 不得侵占集体资产

  - id: JY-MICRO-FIELDS
    title: 每项村级权力事项写明实施责任主体、政策依据和运行流程
    topic: list.item-fields
    severity: warning
    effective:
      from: 2021-01-01
      status: unverified
      note: 原文没有写济源市清单的日期；所在通知引用 2020 年中央农村工作会议精神，按 2021-01-01 起算
    basis:
      document: jiyuan-lists
      section: 济源市案例：三是规范运行流程,依规“配”权
      quote: 通过规范流程,进一步明确每项村级权力事项的名称、具体实施责任主体、政策依据、运行流程、操作步骤、运行过程的公开公示等
      status: verified
    check:
      kind: items.fields
      lists: [lists.micro_powers]
      fields: [responsible, basis, steps]
    message: 村级权力事项{item}缺少{missing}
    hint: 按村级权力行使“路线图”写明具体实施责任主体（responsible）、政策依据（basis）和运行流程、操作步骤（steps）
    examples:
      fail:
        - lists:
            micro_powers:
              - name: 村级采购事项  # ←
                basis: 《济源市村级小微权力清单制度“八项规范”》
      pass:
        - lists:
            micro_powers:
              - name: 村级采购事项
                responsible: 村民委员会
                basis: 《济源市村级小微权力清单制度“八项规范”》
                steps: [提出采购需求, 村“两委”联席会议商议, 询价比价, 签订合同, 验收入账, 结果公开]

"""#),
    ("cn/hubei/wuhan/caidian", "Rules/cn/hubei/wuhan/caidian.yaml", #"""
# yaml-language-server: $schema=../../../../Docs/schemas/rule-pack.schema.json
# 湖北省武汉市蔡甸区：「减负清单」——正面清单（依法自治（监督）事项）16 项、协助清单 38 项、
# 负面清单 25 项；蔡甸的「负面清单」是《不应由基层群众性自治组织出具证明事项清单》，在申报中写作
# lists.banned_certificates，不是负面事项清单（lists.negative）。小微权力清单 30 项。
# 来源是农业农村部、国家乡村振兴局推广清单制通知所附的蔡甸区案例，清单的文号和日期原文未载。
qingdan-pack: 1
id: cn/hubei/wuhan/caidian
version: "1.0"
title: 湖北省武汉市蔡甸区
extends: cn
regions: ["420114"]
documents:
  caidian-lists:
    title: 武汉市蔡甸区「减负清单」和村级事务小微权力清单（农业农村部 国家乡村振兴局《关于在乡村治理中推广运用清单制有关工作的通知》所附案例）
    level: county
    status: in-force
    source: sources/001_378cf8640503b9f8.txt

rules:
  - id: CD-SELF-COUNT
    title: 正面清单（依法自治（监督）事项）与蔡甸区纳入清单管理的 16 项一致
    topic: list.count
    severity: warning
    effective:
      from: 2021-01-01
      status: unverified
      note: 原文没有蔡甸区清单的日期；报道它的农业农村部通知引用 2020 年中央农村工作会议精神，这个起点是推定的
    levels: [county]
    basis:
      document: caidian-lists
      section: 减负清单 一
      quote: 一是制定《村(社区)依法自治(监督)事项清单》(“正面清单”),将宣传国家政策、法律,开展社会主义精神文明建设活动,办理公共事务和公益事业等16项工作纳入清单管理
      status: verified
    check:
      kind: list.count
      list: lists.self_governance
      max: 16
      exempt_when: {approval: [present]}
    message: "{title}未注明审批的事项有 {count} 项，与蔡甸区正面清单的 {max} 项不一致"
    hint: 蔡甸区正面清单将 16 项工作纳入清单管理：核对多列或拆分的事项
    examples:
      fail:
        - lists:
            self_governance: [{name: 自治事项1}, {name: 自治事项2}, {name: 自治事项3}, {name: 自治事项4}, {name: 自治事项5}, {name: 自治事项6},
                              {name: 自治事项7}, {name: 自治事项8}, {name: 自治事项9}, {name: 自治事项10}, {name: 自治事项11}, {name: 自治事项12},
                              {name: 自治事项13}, {name: 自治事项14}, {name: 自治事项15}, {name: 自治事项16}, {name: 自治事项17}]  # ←
      pass:
        - lists:
            self_governance: [{name: 自治事项1}, {name: 自治事项2}, {name: 自治事项3}, {name: 自治事项4},
                              {name: 自治事项5}, {name: 自治事项6}, {name: 自治事项7}, {name: 自治事项8},
                              {name: 自治事项9}, {name: 自治事项10}, {name: 自治事项11}, {name: 自治事项12},
                              {name: 自治事项13}, {name: 自治事项14}, {name: 自治事项15}, {name: 自治事项16}]

  - id: CD-ASSIST-COUNT
    title: 协助清单与蔡甸区纳入清单管理的 38 项一致
    topic: list.count
    severity: warning
    effective:
      from: 2021-01-01
      status: unverified
      note: 原文没有蔡甸区清单的日期；报道它的农业农村部通知引用 2020 年中央农村工作会议精神，这个起点是推定的
    levels: [county]
    basis:
      document: caidian-lists
      section: 减负清单 二
      quote: 二是制定《村(社区)依法协助政府(群团)工作事项清单》(“协助清单”),将督促适龄少年儿童入学、民族和宗教工作、维护社会治安等38项工作纳入清单管理
      status: verified
    check:
      kind: list.count
      list: lists.assistance
      max: 38
      exempt_when: {approval: [present]}
    message: "{title}未注明审批的事项有 {count} 项，与蔡甸区协助清单的 {max} 项不一致"
    hint: 蔡甸区协助清单将 38 项工作纳入清单管理：核对多列或拆分的事项
    examples:
      fail:
        - lists:
            assistance: [{name: 协助事项1}, {name: 协助事项2}, {name: 协助事项3}, {name: 协助事项4}, {name: 协助事项5}, {name: 协助事项6},
                         {name: 协助事项7}, {name: 协助事项8}, {name: 协助事项9}, {name: 协助事项10}, {name: 协助事项11}, {name: 协助事项12},
                         {name: 协助事项13}, {name: 协助事项14}, {name: 协助事项15}, {name: 协助事项16}, {name: 协助事项17}, {name: 协助事项18},
                         {name: 协助事项19}, {name: 协助事项20}, {name: 协助事项21}, {name: 协助事项22}, {name: 协助事项23}, {name: 协助事项24},
                         {name: 协助事项25}, {name: 协助事项26}, {name: 协助事项27}, {name: 协助事项28}, {name: 协助事项29}, {name: 协助事项30},
                         {name: 协助事项31}, {name: 协助事项32}, {name: 协助事项33}, {name: 协助事项34}, {name: 协助事项35}, {name: 协助事项36},
                         {name: 协助事项37}, {name: 协助事项38}, {name: 协助事项39}]  # ←
      pass:
        - lists:
            assistance: [{name: 协助1}, {name: 协助2}, {name: 协助3}, {name: 协助4}, {name: 协助5}, {name: 协助6},
                         {name: 协助7}, {name: 协助8}, {name: 协助9}, {name: 协助10}, {name: 协助11}, {name: 协助12},
                         {name: 协助13}, {name: 协助14}, {name: 协助15}, {name: 协助16}, {name: 协助17}, {name: 协助18},
                         {name: 协助19}, {name: 协助20}, {name: 协助21}, {name: 协助22}, {name: 协助23}, {name: 协助24},
                         {name: 协助25}, {name: 协助26}, {name: 协助27}, {name: 协助28}, {name: 协助29}, {name: 协助30},
                         {name: 协助31}, {name: 协助32}, {name: 协助33}, {name: 协助34}, {name: 协助35}, {name: 协助36},
                         {name: 协助37}, {name: 协助38}]

  - id: CD-BANNED-CERT-COUNT
    title: 负面清单（不应由村级组织出具的证明事项）与蔡甸区纳入清单管理的 25 项一致
    topic: list.count
    severity: warning
    effective:
      from: 2021-01-01
      status: unverified
      note: 原文没有蔡甸区清单的日期；报道它的农业农村部通知引用 2020 年中央农村工作会议精神，这个起点是推定的
    levels: [county]
    basis:
      document: caidian-lists
      section: 减负清单 三
      quote: 三是制定《不应由基层群众性自治组织出具证明事项清单》(“负面清单”),将亲属关系证明、户口登记项目变更等25项工作纳入清单管理
      status: verified
    check:
      kind: list.count
      list: lists.banned_certificates
      min: 25
      max: 25
    message: "{title}有 {count} 项，与蔡甸区负面清单的 {max} 项不一致"
    hint: 蔡甸区负面清单将亲属关系证明、户口登记项目变更等 25 项纳入清单管理：核对清单是否漏列或多列
    examples:
      fail:
        - lists:
            banned_certificates: [{name: 亲属关系证明}, {name: 户口登记项目内容变更申请证明}]  # ←
      pass:
        - lists:
            banned_certificates: [{name: 证明1}, {name: 证明2}, {name: 证明3}, {name: 证明4}, {name: 证明5},
                                  {name: 证明6}, {name: 证明7}, {name: 证明8}, {name: 证明9}, {name: 证明10},
                                  {name: 证明11}, {name: 证明12}, {name: 证明13}, {name: 证明14}, {name: 证明15},
                                  {name: 证明16}, {name: 证明17}, {name: 证明18}, {name: 证明19}, {name: 证明20},
                                  {name: 证明21}, {name: 证明22}, {name: 证明23}, {name: 证明24}, {name: 证明25}]

  - id: CD-BANNED-CERT-INCLUDES
    title: 负面清单列明亲属关系证明和户口登记项目变更证明
    topic: negative.missing
    severity: warning
    effective:
      from: 2021-01-01
      status: unverified
      note: 原文没有蔡甸区清单的日期；报道它的农业农村部通知引用 2020 年中央农村工作会议精神，这个起点是推定的
    levels: [county]
    basis:
      document: caidian-lists
      section: 减负清单 三
      quote: 三是制定《不应由基层群众性自治组织出具证明事项清单》(“负面清单”),将亲属关系证明、户口登记项目变更等25项工作纳入清单管理
      status: verified
    check:
      kind: list.includes
      list: lists.banned_certificates
      items: [亲属关系证明, 户口登记项目变更]
      aliases:
        户口登记项目变更: [户口登记项目内容变更申请证明, 户口登记项目变更证明, 户口登记项目内容变更证明]
    message: "{title}缺少「{entry}」"
    hint: 蔡甸区负面清单列明亲属关系证明、户口登记项目变更等证明事项，村（社区）不出具
    examples:
      fail:
        - lists:
            banned_certificates: [{name: 亲属关系证明}, {name: 居民养犬证明}]  # ←
      pass:
        - lists:
            banned_certificates: [{name: 亲属关系证明}, {name: 户口登记项目内容变更申请证明}]

  - id: CD-MICRO-COUNT
    title: 村级事务小微权力清单与蔡甸区纳入清单管理的 30 项一致
    topic: list.count
    severity: warning
    effective:
      from: 2021-01-01
      status: unverified
      note: 原文没有蔡甸区清单的日期；报道它的农业农村部通知引用 2020 年中央农村工作会议精神，这个起点是推定的
    levels: [county]
    basis:
      document: caidian-lists
      section: 责任清单
      quote: 全面实施村级事务小微权力清单,将村级重大决策、组织人事、“三资”管理、便民服务等六大类事项,涉及集体资产资源处理、村务公开、法律援助等30项具体工作纳入清单管理
      status: verified
    check:
      kind: list.count
      list: lists.micro_powers
      min: 30
      max: 30
      exempt_when: {approval: [present]}
    message: "{title}未注明审批的事项有 {count} 项，与蔡甸区村级事务小微权力清单的 {max} 项不一致"
    hint: 蔡甸区村级事务小微权力清单将六大类事项、30 项具体工作纳入清单管理：核对清单是否漏列、多列或拆分、合并了事项
    examples:
      fail:
        - lists:
            micro_powers: [{name: 集体资产资源处置}, {name: 村务公开}, {name: 法律援助}]  # ←
      pass:
        - lists:
            micro_powers: [{name: 权力1}, {name: 权力2}, {name: 权力3}, {name: 权力4}, {name: 权力5}, {name: 权力6},
                           {name: 权力7}, {name: 权力8}, {name: 权力9}, {name: 权力10}, {name: 权力11}, {name: 权力12},
                           {name: 权力13}, {name: 权力14}, {name: 权力15}, {name: 权力16}, {name: 权力17}, {name: 权力18},
                           {name: 权力19}, {name: 权力20}, {name: 权力21}, {name: 权力22}, {name: 权力23}, {name: 权力24},
                           {name: 权力25}, {name: 权力26}, {name: 权力27}, {name: 权力28}, {name: 权力29}, {name: 权力30}]

"""#),
    ("cn/hunan/loudi/lianyuan", "Rules/cn/hunan/loudi/lianyuan.yaml", #"""
# yaml-language-server: $schema=../../../../Docs/schemas/rule-pack.schema.json
# 湖南省娄底市涟源市（县级市）：“互联网+村级小微权力监督”村级权力清单 28 项（重大决策类 10、日常管理类 3、便民服务类 15）。
# 引文见 Rules/sources/001_378cf8640503b9f8.txt（农业农村部 国家乡村振兴局清单制典型案例·涟源市）。
# 原文只写到月：2017 年 3 月试点、7 月全市推开；各规则自 2017-07-01 起算，标为日期未核实。
# 乡镇（街道）可因地制宜增设“特色清单”：category 写「特色清单」的事项不计入 28 项的上限。
qingdan-pack: 1
id: cn/hunan/loudi/lianyuan
version: "1.0"
title: 湖南省娄底市涟源市
extends: cn
regions: ["431382"]
documents:
  lianyuan-list:
    title: 涟源市村级小微权力清单（“互联网+村级小微权力监督”，28项）
    level: county
    status: in-force
    source: sources/001_378cf8640503b9f8.txt

rules:
  - id: LY-MICRO-COUNT
    title: 村级权力清单与公布的 28 项一致（乡镇增设的特色清单不计入）
    topic: list.count
    severity: warning
    levels: [county, township]
    effective:
      from: 2017-07-01
      status: unverified
      note: 原文写「2017年3月在3个乡镇11个村启动……试点,7月在全市推开」，没有日；按 2017 年 7 月全市推开起算
    basis:
      document: lianyuan-list
      section: 涟源市案例：对村级权力事项进行全面梳理、归纳、审核……
      quote: 将与群众生产生活密切相关、有法律法规和政策制度支撑的28项内容分类建立权力清单
      status: verified
    check:
      kind: list.count
      list: lists.micro_powers
      min: 28
      max: 28
      exempt_when: {category: [特色清单, 特色事项]}
    message: "村级权力清单（不含特色清单）有 {count} 项，与涟源市村级权力清单的 {max} 项不一致"
    hint: "涟源市村级权力清单共 28 项（重大决策类 10、日常管理类 3、便民服务类 15）；乡镇（街道）增设的特色清单事项写 category: 特色清单"
    examples:
      fail:
        - lists:
            micro_powers: [{name: 重大决策1, category: 重大决策类}, {name: 重大决策2, category: 重大决策类}, {name: 重大决策3, category: 重大决策类}, {name: 重大决策4, category: 重大决策类},
                           {name: 重大决策5, category: 重大决策类}, {name: 重大决策6, category: 重大决策类}, {name: 重大决策7, category: 重大决策类}, {name: 重大决策8, category: 重大决策类},
                           {name: 重大决策9, category: 重大决策类}, {name: 重大决策10, category: 重大决策类}, {name: 日常管理1, category: 日常管理类}, {name: 日常管理2, category: 日常管理类},
                           {name: 日常管理3, category: 日常管理类}, {name: 便民服务1, category: 便民服务类}, {name: 便民服务2, category: 便民服务类}, {name: 便民服务3, category: 便民服务类},
                           {name: 便民服务4, category: 便民服务类}, {name: 便民服务5, category: 便民服务类}, {name: 便民服务6, category: 便民服务类}, {name: 便民服务7, category: 便民服务类},
                           {name: 便民服务8, category: 便民服务类}, {name: 便民服务9, category: 便民服务类}, {name: 便民服务10, category: 便民服务类}, {name: 便民服务11, category: 便民服务类},
                           {name: 便民服务12, category: 便民服务类}, {name: 便民服务13, category: 便民服务类}, {name: 便民服务14, category: 便民服务类}, {name: 便民服务15, category: 便民服务类},
                           {name: 便民服务16, category: 便民服务类}]  # ←
        - lists:
            micro_powers: [{name: 重大决策1, category: 重大决策类}, {name: 重大决策2, category: 重大决策类}, {name: 重大决策3, category: 重大决策类}, {name: 重大决策4, category: 重大决策类},  # ←
                           {name: 重大决策5, category: 重大决策类}, {name: 重大决策6, category: 重大决策类}, {name: 重大决策7, category: 重大决策类}, {name: 重大决策8, category: 重大决策类},
                           {name: 重大决策9, category: 重大决策类}, {name: 重大决策10, category: 重大决策类}, {name: 日常管理1, category: 日常管理类}, {name: 日常管理2, category: 日常管理类},
                           {name: 日常管理3, category: 日常管理类}, {name: 便民服务1, category: 便民服务类}, {name: 便民服务2, category: 便民服务类}, {name: 便民服务3, category: 便民服务类},
                           {name: 便民服务4, category: 便民服务类}, {name: 便民服务5, category: 便民服务类}, {name: 便民服务6, category: 便民服务类}, {name: 便民服务7, category: 便民服务类},
                           {name: 便民服务8, category: 便民服务类}, {name: 便民服务9, category: 便民服务类}, {name: 便民服务10, category: 便民服务类}, {name: 便民服务11, category: 便民服务类},
                           {name: 便民服务12, category: 便民服务类}, {name: 便民服务13, category: 便民服务类}, {name: 便民服务14, category: 便民服务类}]
      pass:
        - lists:
            micro_powers: [{name: 重大决策1, category: 重大决策类}, {name: 重大决策2, category: 重大决策类}, {name: 重大决策3, category: 重大决策类}, {name: 重大决策4, category: 重大决策类},
                           {name: 重大决策5, category: 重大决策类}, {name: 重大决策6, category: 重大决策类}, {name: 重大决策7, category: 重大决策类}, {name: 重大决策8, category: 重大决策类},
                           {name: 重大决策9, category: 重大决策类}, {name: 重大决策10, category: 重大决策类}, {name: 日常管理1, category: 日常管理类}, {name: 日常管理2, category: 日常管理类},
                           {name: 日常管理3, category: 日常管理类}, {name: 便民服务1, category: 便民服务类}, {name: 便民服务2, category: 便民服务类}, {name: 便民服务3, category: 便民服务类},
                           {name: 便民服务4, category: 便民服务类}, {name: 便民服务5, category: 便民服务类}, {name: 便民服务6, category: 便民服务类}, {name: 便民服务7, category: 便民服务类},
                           {name: 便民服务8, category: 便民服务类}, {name: 便民服务9, category: 便民服务类}, {name: 便民服务10, category: 便民服务类}, {name: 便民服务11, category: 便民服务类},
                           {name: 便民服务12, category: 便民服务类}, {name: 便民服务13, category: 便民服务类}, {name: 便民服务14, category: 便民服务类}, {name: 便民服务15, category: 便民服务类},
                           {name: 村级光伏收益分配, category: 特色清单}]

  - id: LY-MICRO-DECISION-COUNT
    title: 重大决策类事项与公布的 10 项一致
    topic: list.count
    severity: warning
    levels: [county, township]
    effective:
      from: 2017-07-01
      status: unverified
      note: 原文写「2017年3月在3个乡镇11个村启动……试点,7月在全市推开」，没有日；按 2017 年 7 月全市推开起算
    basis:
      document: lianyuan-list
      section: 涟源市案例：对村级权力事项进行全面梳理、归纳、审核……
      quote: 其中包括村级工程项目建设、集体资产资源处置、物资和服务采购等重大决策类10项
      status: verified
    check:
      kind: list.count
      list: lists.micro_powers
      min: 10
      max: 10
      when: {category: [重大决策类, 重大决策]}
    message: "重大决策类事项（category: 重大决策类）有 {count} 项，与涟源市村级权力清单的 {max} 项不一致"
    hint: "涟源市村级权力清单有重大决策类 10 项；每项写明 category（重大决策类、日常管理类或便民服务类），核对是否漏列、多列"
    examples:
      fail:
        - lists:
            micro_powers: [{name: 重大决策1, category: 重大决策类}, {name: 重大决策2, category: 重大决策类}, {name: 重大决策3, category: 重大决策类}, {name: 重大决策4, category: 重大决策类},
                           {name: 重大决策5, category: 重大决策类}, {name: 重大决策6, category: 重大决策类}, {name: 重大决策7, category: 重大决策类}, {name: 重大决策8, category: 重大决策类},
                           {name: 重大决策9, category: 重大决策类}, {name: 重大决策10, category: 重大决策类}, {name: 重大决策11, category: 重大决策类}, {name: 日常管理1, category: 日常管理类},  # ←
                           {name: 日常管理2, category: 日常管理类}, {name: 日常管理3, category: 日常管理类}, {name: 便民服务1, category: 便民服务类}, {name: 便民服务2, category: 便民服务类}]
        - lists:
            micro_powers: [{name: 重大决策1, category: 重大决策类}, {name: 重大决策2, category: 重大决策类}, {name: 重大决策3, category: 重大决策类}, {name: 重大决策4, category: 重大决策类},  # ←
                           {name: 重大决策5, category: 重大决策类}, {name: 重大决策6, category: 重大决策类}, {name: 重大决策7, category: 重大决策类}, {name: 重大决策8, category: 重大决策类},
                           {name: 重大决策9, category: 重大决策类}]
      pass:
        - lists:
            micro_powers: [{name: 重大决策1, category: 重大决策类}, {name: 重大决策2, category: 重大决策类}, {name: 重大决策3, category: 重大决策类}, {name: 重大决策4, category: 重大决策类},
                           {name: 重大决策5, category: 重大决策类}, {name: 重大决策6, category: 重大决策类}, {name: 重大决策7, category: 重大决策类}, {name: 重大决策8, category: 重大决策类},
                           {name: 重大决策9, category: 重大决策类}, {name: 重大决策10, category: 重大决策类}, {name: 日常管理1, category: 日常管理类}, {name: 日常管理2, category: 日常管理类},
                           {name: 日常管理3, category: 日常管理类}, {name: 便民服务1, category: 便民服务类}, {name: 便民服务2, category: 便民服务类}]

  - id: LY-MICRO-MANAGEMENT-COUNT
    title: 日常管理类事项与公布的 3 项一致
    topic: list.count
    severity: warning
    levels: [county, township]
    effective:
      from: 2017-07-01
      status: unverified
      note: 原文写「2017年3月在3个乡镇11个村启动……试点,7月在全市推开」，没有日；按 2017 年 7 月全市推开起算
    basis:
      document: lianyuan-list
      section: 涟源市案例：对村级权力事项进行全面梳理、归纳、审核……
      quote: 村务、财务公开以及村级组织印章管理等日常管理类3项
      status: verified
    check:
      kind: list.count
      list: lists.micro_powers
      min: 3
      max: 3
      when: {category: [日常管理类, 日常管理]}
    message: "日常管理类事项（category: 日常管理类）有 {count} 项，与涟源市村级权力清单的 {max} 项不一致"
    hint: "涟源市村级权力清单有日常管理类 3 项（如村务、财务公开，村级组织印章管理）；每项写明 category"
    examples:
      fail:
        - lists:
            micro_powers: [{name: 日常管理1, category: 日常管理类}, {name: 日常管理2, category: 日常管理类}, {name: 日常管理3, category: 日常管理类}, {name: 日常管理4, category: 日常管理类},  # ←
                           {name: 便民服务1, category: 便民服务类}]
        - lists:
            micro_powers: [{name: 日常管理1, category: 日常管理类}, {name: 日常管理2, category: 日常管理类}]  # ←
      pass:
        - lists:
            micro_powers: [{name: 日常管理1, category: 日常管理类}, {name: 日常管理2, category: 日常管理类}, {name: 日常管理3, category: 日常管理类}, {name: 便民服务1, category: 便民服务类}]

  - id: LY-MICRO-SERVICE-COUNT
    title: 便民服务类事项与公布的 15 项一致
    topic: list.count
    severity: warning
    levels: [county, township]
    effective:
      from: 2017-07-01
      status: unverified
      note: 原文写「2017年3月在3个乡镇11个村启动……试点,7月在全市推开」，没有日；按 2017 年 7 月全市推开起算
    basis:
      document: lianyuan-list
      section: 涟源市案例：对村级权力事项进行全面梳理、归纳、审核……
      quote: 贫困户建档立卡、易地扶贫搬迁、危房改造、户口办理等便民服务类15项
      status: verified
    check:
      kind: list.count
      list: lists.micro_powers
      min: 15
      max: 15
      when: {category: [便民服务类, 便民服务]}
    message: "便民服务类事项（category: 便民服务类）有 {count} 项，与涟源市村级权力清单的 {max} 项不一致"
    hint: "涟源市村级权力清单有便民服务类 15 项（如贫困户建档立卡、易地扶贫搬迁、危房改造、户口办理）；每项写明 category"
    examples:
      fail:
        - lists:
            micro_powers: [{name: 重大决策1, category: 重大决策类}, {name: 便民服务1, category: 便民服务类}, {name: 便民服务2, category: 便民服务类}, {name: 便民服务3, category: 便民服务类},
                           {name: 便民服务4, category: 便民服务类}, {name: 便民服务5, category: 便民服务类}, {name: 便民服务6, category: 便民服务类}, {name: 便民服务7, category: 便民服务类},
                           {name: 便民服务8, category: 便民服务类}, {name: 便民服务9, category: 便民服务类}, {name: 便民服务10, category: 便民服务类}, {name: 便民服务11, category: 便民服务类},
                           {name: 便民服务12, category: 便民服务类}, {name: 便民服务13, category: 便民服务类}, {name: 便民服务14, category: 便民服务类}, {name: 便民服务15, category: 便民服务类},
                           {name: 便民服务16, category: 便民服务类}]  # ←
        - lists:
            micro_powers: [{name: 便民服务1, category: 便民服务类}, {name: 便民服务2, category: 便民服务类}, {name: 便民服务3, category: 便民服务类}, {name: 便民服务4, category: 便民服务类},  # ←
                           {name: 便民服务5, category: 便民服务类}, {name: 便民服务6, category: 便民服务类}, {name: 便民服务7, category: 便民服务类}, {name: 便民服务8, category: 便民服务类},
                           {name: 便民服务9, category: 便民服务类}, {name: 便民服务10, category: 便民服务类}, {name: 便民服务11, category: 便民服务类}, {name: 便民服务12, category: 便民服务类},
                           {name: 便民服务13, category: 便民服务类}, {name: 便民服务14, category: 便民服务类}]
      pass:
        - lists:
            micro_powers: [{name: 重大决策1, category: 重大决策类}, {name: 便民服务1, category: 便民服务类}, {name: 便民服务2, category: 便民服务类}, {name: 便民服务3, category: 便民服务类},
                           {name: 便民服务4, category: 便民服务类}, {name: 便民服务5, category: 便民服务类}, {name: 便民服务6, category: 便民服务类}, {name: 便民服务7, category: 便民服务类},
                           {name: 便民服务8, category: 便民服务类}, {name: 便民服务9, category: 便民服务类}, {name: 便民服务10, category: 便民服务类}, {name: 便民服务11, category: 便民服务类},
                           {name: 便民服务12, category: 便民服务类}, {name: 便民服务13, category: 便民服务类}, {name: 便民服务14, category: 便民服务类}, {name: 便民服务15, category: 便民服务类}]

  - id: LY-MICRO-FIELDS
    title: 每项村级权力写明政策依据、执行和监督主体、程序步骤
    topic: list.item-fields
    severity: warning
    effective:
      from: 2017-07-01
      status: unverified
      note: 原文写「2017年3月在3个乡镇11个村启动……试点,7月在全市推开」，没有日；按 2017 年 7 月全市推开起算
    basis:
      document: lianyuan-list
      section: 涟源市案例：对村级权力事项进行全面梳理、归纳、审核……
      quote: 绘制权力运行流程图32幅,对每一项权力都明确政策依据、执行和监督主体、程序步骤等内容
      status: verified
    check:
      kind: items.fields
      lists: [lists.micro_powers]
      fields: [basis, responsible, supervisor, steps]
    message: 村级权力{item}缺少{missing}
    hint: 按权力运行流程图写明政策依据（basis）、执行主体（responsible）、监督主体（supervisor）和程序步骤（steps）
    examples:
      fail:
        - lists:
            micro_powers:
              - name: 村级组织印章管理  # ←
                category: 日常管理类
                basis: 《中华人民共和国村民委员会组织法》
                responsible: 村民委员会
      pass:
        - lists:
            micro_powers:
              - name: 村级组织印章管理
                category: 日常管理类
                basis: 《中华人民共和国村民委员会组织法》
                responsible: 村民委员会
                supervisor: 村务监督委员会
                steps: [提出用印申请, 村党组织书记审批, 专人用印, 登记台账]

"""#),
    ("cn/liaoning", "Rules/cn/liaoning.yaml", #"""
# yaml-language-server: $schema=../../Docs/schemas/rule-pack.schema.json
# 辽宁省：《辽宁省基层群众性自治组织工作清单管理规定》（2022-09-21 通过，2022-10-01 施行）。
# 鞍山市等省内规则包继承本包。
qingdan-pack: 1
id: cn/liaoning
version: "1.0"
title: 辽宁省
extends: cn
regions: ["21"]
documents:
  ln-list-reg:
    title: 《辽宁省基层群众性自治组织工作清单管理规定》
    level: province
    status: in-force
    issued: 2022-09-21
    # 2022-09-21 通过，2022-10-01 施行。

rules:
  - id: LN-ITEM-FIELDS
    title: 清单事项写明名称、内容和依据
    topic: list.item-fields
    severity: error
    effective:
      from: 2022-10-01
    basis:
      document: ln-list-reg
      section: 第四条（条款据公开报道，未核实）
      quote: 清单应当明确事项名称、事项内容、法律法规和国家、省统一规定依据等
      status: verified
    check:
      kind: items.fields
      # 第四条讲的是工作事项清单（依法履行、依法协助的事项），不是负面清单、证明清单或小微权力（FACTS.md 第 7 节）。
      lists: [lists.self_governance, lists.assistance]
      fields: [content, basis]
    message: "{title}中的{item}缺少{missing}"
    hint: 每个清单事项都要写明事项内容（content）和法律法规或国家、省统一规定的依据（basis）
    examples:
      fail:
        - lists:
            assistance:
              - name: 协助开展社会救助  # ←
                basis: 《社会救助暂行办法》
        - lists:
            self_governance:
              - name: 调解民间纠纷  # ←
                content: 调解村民之间的民间纠纷
      pass:
        - lists:
            assistance:
              - name: 协助开展社会救助
                content: 协助做好最低生活保障对象的申请受理和入户调查
                basis: 《社会救助暂行办法》

  - id: LN-ASSIST-FUNDING
    title: 列入清单的协助事项由乡镇、街道和有关部门提供经费
    topic: assistance.funding
    severity: error
    effective:
      from: 2022-10-01
    basis:
      document: ln-list-reg
      section: 经费保障（条款未核实）
      # 据公开报道（FACTS.md 第 7 节），未与原文核对。
      quote: 对列入清单管理的工作事项，乡镇人民政府、街道办事处和有关部门应当提供必要的经费、工作条件、信息支持
      status: unverified
    check:
      kind: items.fields
      lists: [lists.assistance]
      fields: [funding]
    message: "{title}中的{item}缺少{missing}"
    hint: 写明由哪个乡镇人民政府、街道办事处或有关部门提供经费（funding），不能由村级组织自筹
    examples:
      fail:
        - lists:
            assistance:
              - name: 协助开展社会救助  # ←
                content: 协助做好最低生活保障对象的申请受理和入户调查
                basis: 《社会救助暂行办法》第十一条
        - lists:
            assistance:
              - name: 协助开展高标准农田建设项目摸底
                content: 协助县农业农村局摸清地块和权属
                basis: 《农田建设项目管理办法》第九条
                funding: 村自筹  # ←
      pass:
        - lists:
            assistance:
              - name: 协助开展社会救助
                content: 协助做好最低生活保障对象的申请受理和入户调查
                basis: 《社会救助暂行办法》第十一条
                funding: 县民政局按低保对象人数拨付工作经费

"""#),
    ("cn/liaoning/anshan", "Rules/cn/liaoning/anshan.yaml", #"""
# yaml-language-server: $schema=../../../Docs/schemas/rule-pack.schema.json
# 辽宁省鞍山市：《关于规范村级组织工作事务、机制牌子和证明事项的通知（征求意见稿）》中鞍山自己的规定——
# 内部标牌不超过 10 块（名称和式样由市统一确定）、挂牌清单以市为单位每 2 年可变更 1 次、综合服务设施面积。
# 通知转述的厅字〔2022〕28号全国性要求（外部 6 块标牌、式样、全称、规范字、评比表彰牌、村级工作机制、
# 证明事项的出具时限等）在全国规则包 cn 中。引文均可在 Rules/sources/003_177504c8e4607ae5.txt 中核对。
qingdan-pack: 1
id: cn/liaoning/anshan
version: "1.0"
title: 辽宁省鞍山市
extends: cn/liaoning
regions: ["2103"]
# 征求意见稿没有落款日期。它引用 2022-10-01 施行的《辽宁省基层群众性自治组织工作清单管理规定》和
# 「认真学习贯彻党的二十大精神」（二十大 2022-10-16 至 10-22 召开），不会早于 2022-10-23；这个起点是推定的（未核实）。
effective:
  from: 2022-10-23
  status: unverified
  note: 征求意见稿没有落款日期；它引用党的二十大精神（2022-10-16 至 10-22），不会早于 2022-10-23
documents:
  anshan-draft:
    title: 鞍山市《关于规范村级组织工作事务、机制牌子和证明事项的通知（征求意见稿）》
    level: city
    status: draft
    source: sources/003_177504c8e4607ae5.txt

rules:
  - id: AS-INSIDE-COUNT
    title: 内部标牌不超过 10 块
    topic: signboard.inside.count
    severity: error
    effective:
      from: 2022-10-23
      status: unverified
      note: 征求意见稿没有落款日期；它引用党的二十大精神（2022-10-16 至 10-22），不会早于 2022-10-23
    basis:
      document: anshan-draft
      section: 三、（三）严格规范挂牌
      quote: 内部悬挂标牌总量不得超过10块，具体名称和式样由市统一确定
      status: verified
    check:
      kind: list.count
      list: signboards.inside
      max: 10
    message: 内部悬挂了 {count} 块标牌，超过 {max} 块；从{item}起超出 {excess} 块
    hint: 内部标牌按市统一确定的名称精简到 10 块以内；可设集合式服务功能指引标牌
    examples:
      fail:
        - signboards:
            inside: [{name: 便民服务大厅, kind: other}, {name: 党员活动室, kind: other}, {name: 图书阅览室, kind: other},
                     {name: 文体活动室, kind: other}, {name: 调解室, kind: other}, {name: 警务室, kind: other},
                     {name: 卫生室, kind: other}, {name: 老年人日间照料室, kind: other}, {name: 儿童之家, kind: other},
                     {name: 档案室, kind: other}, {name: 志愿服务站, kind: other}]  # ←
      pass:
        - signboards:
            inside: [{name: 便民服务大厅, kind: other}, {name: 党员活动室, kind: other}, {name: 图书阅览室, kind: other},
                     {name: 文体活动室, kind: other}, {name: 调解室, kind: other}, {name: 警务室, kind: other},
                     {name: 卫生室, kind: other}, {name: 老年人日间照料室, kind: other}, {name: 儿童之家, kind: other},
                     {name: 档案室, kind: other}]

  - id: AS-REVISION-FREQUENCY
    title: 挂牌清单原则上每 2 年变更 1 次
    topic: signboard.revision-frequency
    severity: warning
    effective:
      from: 2022-10-23
      status: unverified
      note: 征求意见稿没有落款日期；它引用党的二十大精神（2022-10-16 至 10-22），不会早于 2022-10-23
    levels: [city]
    basis:
      document: anshan-draft
      section: 三、（三）严格规范挂牌
      quote: 以市为单位统一制定并公布村级组织和工作机制挂牌清单，并向省级民政、组织、党委农村工作部门备案；在挂牌总量、结构稳定的情况下，原则上每2年可以变更1次
      status: verified
    check:
      kind: dates.spacing
      list: signboard_list_revisions
      min_years: 2
    message: 挂牌清单在 {date} 变更，距上次变更（{previous}）不足 {years} 年；原则上 {earliest} 起才可再变更
    hint: 原文为「原则上每2年可以变更1次」：提前变更的，核实是否确有必要；变更后的挂牌清单同样向省级民政、组织、党委农村工作部门备案
    examples:
      fail:
        - signboard_list_revisions: [2022-05-01, 2023-03-01]  # ←
      pass:
        - signboard_list_revisions: [2020-05-01, 2022-05-01, 2024-06-01]

  - id: AS-FACILITY-AREA
    title: 综合服务设施建筑面积每百户不少于 30 平方米且不少于 350 平方米
    topic: facility.area
    severity: error
    effective:
      from: 2022-10-23
      status: unverified
      note: 征求意见稿没有落款日期；它引用党的二十大精神（2022-10-16 至 10-22），不会早于 2022-10-23
    basis:
      document: anshan-draft
      section: 三、（二）整合办公场所
      quote: 建设标准达到每百户居民不少于30平方米且不少于350平方米
      status: verified
    check:
      kind: number.at-least
      value: facility.building_area_m2
      at_least:
        - formula: "350"
          reason: 不少于 350 m²
        - formula: facility.households * 30 / 100
          reason: "{households} 户 × 30 m²/百户"
    message: 综合服务设施建筑面积 {value} m² 低于标准 {threshold} m²（{reason}）
    hint: 按每百户居民不少于 30 平方米且不少于 350 平方米的标准建设或调整
    examples:
      fail:
        - facility: {households: 1500, building_area_m2: 400, activity_area_m2: 300}  # ←
        - facility: {households: 600, building_area_m2: 300, activity_area_m2: 200}  # ←
      pass:
        - facility: {households: 1500, building_area_m2: 450, activity_area_m2: 300}
        - facility: {households: 600, building_area_m2: 350, activity_area_m2: 220}

  - id: AS-FACILITY-ACTIVITY-SHARE
    title: 群众活动区域不少于总建筑面积的 60%
    topic: facility.activity-share
    severity: error
    effective:
      from: 2022-10-23
      status: unverified
      note: 征求意见稿没有落款日期；它引用党的二十大精神（2022-10-16 至 10-22），不会早于 2022-10-23
    basis:
      document: anshan-draft
      section: 三、（二）整合办公场所
      quote: 其中群众活动区域面积占村级综合服务设施总建筑面积不少于60%
      status: verified
    check:
      kind: number.at-least
      value: facility.activity_area_m2
      at_least:
        - formula: facility.building_area_m2 * 0.6
          reason: 总建筑面积 {building_area_m2} m² 的 60%
    message: 群众活动区域面积 {value} m² 低于 {threshold} m²（{reason}）
    hint: 精简办公空间，扩大群众活动场所面积
    examples:
      fail:
        - facility: {households: 1500, building_area_m2: 450, activity_area_m2: 200}  # ←
      pass:
        - facility: {households: 1500, building_area_m2: 450, activity_area_m2: 270}

"""#),
    ("cn/sichuan/deyang/luojiang", "Rules/cn/sichuan/deyang/luojiang.yaml", #"""
# yaml-language-server: $schema=../../../../Docs/schemas/rule-pack.schema.json
# 四川省德阳市罗江区：事项准入制度——依法自治事项 13 项、依法协助政府事项 57 项、负面事项 10 项；
# 村（社区）出具证明事项由 62 项压缩至 4 项；区基层治理促进中心预审工作表格。来源是农业农村部、
# 国家乡村振兴局推广清单制通知所附的罗江区案例，清单本身的名称、文号和日期原文未载。
qingdan-pack: 1
id: cn/sichuan/deyang/luojiang
version: "1.0"
title: 四川省德阳市罗江区
extends: cn
regions: ["510604"]
documents:
  luojiang-lists:
    title: 德阳市罗江区村（社区）事项准入制度和证明事项“两张清单”（农业农村部 国家乡村振兴局《关于在乡村治理中推广运用清单制有关工作的通知》所附案例）
    level: county
    status: in-force
    source: sources/001_378cf8640503b9f8.txt

rules:
  - id: LJ-SELF-COUNT
    title: 依法自治事项与罗江区明确的 13 项一致
    topic: list.count
    severity: warning
    effective:
      from: 2021-01-01
      status: unverified
      note: 原文没有罗江区清单的日期；报道它的农业农村部通知引用 2020 年中央农村工作会议精神，这个起点是推定的
    levels: [county]
    basis:
      document: luojiang-lists
      section: 一、松绑“万能村居”
      quote: 建立事项准入制度,明确涉及村(社区)的13项依法自治事项、57项依法协助政府事项和10项负面事项
      status: verified
    check:
      kind: list.count
      list: lists.self_governance
      max: 13
      exempt_when: {approval: [present]}
    message: "{title}未注明审批的事项有 {count} 项，与罗江区明确的 {max} 项不一致"
    hint: 罗江区明确涉及村（社区）的依法自治事项 13 项：核对多列或拆分的事项；经准入新增的事项写明 approval（审定机关和日期）
    examples:
      fail:
        - lists:
            self_governance: [{name: 自治事项1}, {name: 自治事项2}, {name: 自治事项3}, {name: 自治事项4},
                              {name: 自治事项5}, {name: 自治事项6}, {name: 自治事项7}, {name: 自治事项8},
                              {name: 自治事项9}, {name: 自治事项10}, {name: 自治事项11}, {name: 自治事项12},
                              {name: 自治事项13}, {name: 自治事项14}]  # ←
      pass:
        - lists:
            self_governance: [{name: 自治事项1}, {name: 自治事项2}, {name: 自治事项3}, {name: 自治事项4},
                              {name: 自治事项5}, {name: 自治事项6}, {name: 自治事项7}, {name: 自治事项8},
                              {name: 自治事项9}, {name: 自治事项10}, {name: 自治事项11}, {name: 自治事项12},
                              {name: 自治事项13}, {name: 新增自治事项, approval: 区委、区政府准入审定 2022-05-06}]

  - id: LJ-ASSIST-COUNT
    title: 依法协助政府事项与罗江区明确的 57 项一致
    topic: list.count
    severity: warning
    effective:
      from: 2021-01-01
      status: unverified
      note: 原文没有罗江区清单的日期；报道它的农业农村部通知引用 2020 年中央农村工作会议精神，这个起点是推定的
    levels: [county]
    basis:
      document: luojiang-lists
      section: 一、松绑“万能村居”
      quote: 建立事项准入制度,明确涉及村(社区)的13项依法自治事项、57项依法协助政府事项和10项负面事项
      status: verified
    check:
      kind: list.count
      list: lists.assistance
      max: 57
      exempt_when: {approval: [present]}
    message: "{title}未注明审批的事项有 {count} 项，与罗江区明确的 {max} 项不一致"
    hint: 罗江区明确涉及村（社区）的依法协助政府事项 57 项：核对多列或拆分的事项；经准入新增的事项写明 approval（审定机关和日期）
    examples:
      fail:
        - lists:
            assistance: [{name: 协助事项1}, {name: 协助事项2}, {name: 协助事项3}, {name: 协助事项4}, {name: 协助事项5}, {name: 协助事项6},
                         {name: 协助事项7}, {name: 协助事项8}, {name: 协助事项9}, {name: 协助事项10}, {name: 协助事项11}, {name: 协助事项12},
                         {name: 协助事项13}, {name: 协助事项14}, {name: 协助事项15}, {name: 协助事项16}, {name: 协助事项17}, {name: 协助事项18},
                         {name: 协助事项19}, {name: 协助事项20}, {name: 协助事项21}, {name: 协助事项22}, {name: 协助事项23}, {name: 协助事项24},
                         {name: 协助事项25}, {name: 协助事项26}, {name: 协助事项27}, {name: 协助事项28}, {name: 协助事项29}, {name: 协助事项30},
                         {name: 协助事项31}, {name: 协助事项32}, {name: 协助事项33}, {name: 协助事项34}, {name: 协助事项35}, {name: 协助事项36},
                         {name: 协助事项37}, {name: 协助事项38}, {name: 协助事项39}, {name: 协助事项40}, {name: 协助事项41}, {name: 协助事项42},
                         {name: 协助事项43}, {name: 协助事项44}, {name: 协助事项45}, {name: 协助事项46}, {name: 协助事项47}, {name: 协助事项48},
                         {name: 协助事项49}, {name: 协助事项50}, {name: 协助事项51}, {name: 协助事项52}, {name: 协助事项53}, {name: 协助事项54},
                         {name: 协助事项55}, {name: 协助事项56}, {name: 协助事项57}, {name: 协助事项58}]  # ←
      pass:
        - lists:
            assistance: [{name: 协助1}, {name: 协助2}, {name: 协助3}, {name: 协助4}, {name: 协助5}, {name: 协助6},
                         {name: 协助7}, {name: 协助8}, {name: 协助9}, {name: 协助10}, {name: 协助11}, {name: 协助12},
                         {name: 协助13}, {name: 协助14}, {name: 协助15}, {name: 协助16}, {name: 协助17}, {name: 协助18},
                         {name: 协助19}, {name: 协助20}, {name: 协助21}, {name: 协助22}, {name: 协助23}, {name: 协助24},
                         {name: 协助25}, {name: 协助26}, {name: 协助27}, {name: 协助28}, {name: 协助29}, {name: 协助30},
                         {name: 协助31}, {name: 协助32}, {name: 协助33}, {name: 协助34}, {name: 协助35}, {name: 协助36},
                         {name: 协助37}, {name: 协助38}, {name: 协助39}, {name: 协助40}, {name: 协助41}, {name: 协助42},
                         {name: 协助43}, {name: 协助44}, {name: 协助45}, {name: 协助46}, {name: 协助47}, {name: 协助48},
                         {name: 协助49}, {name: 协助50}, {name: 协助51}, {name: 协助52}, {name: 协助53}, {name: 协助54},
                         {name: 协助55}, {name: 协助56}, {name: 协助57}]

  - id: LJ-NEGATIVE-COUNT
    title: 负面事项与罗江区明确的 10 项一致
    topic: list.count
    severity: warning
    effective:
      from: 2021-01-01
      status: unverified
      note: 原文没有罗江区清单的日期；报道它的农业农村部通知引用 2020 年中央农村工作会议精神，这个起点是推定的
    levels: [county]
    basis:
      document: luojiang-lists
      section: 一、松绑“万能村居”
      quote: 建立事项准入制度,明确涉及村(社区)的13项依法自治事项、57项依法协助政府事项和10项负面事项
      status: verified
    check:
      kind: list.count
      list: lists.negative
      min: 10
      max: 10
    message: "{title}有 {count} 项，与罗江区明确的 {max} 项不一致"
    hint: 罗江区明确涉及村（社区）的负面事项 10 项：核对负面事项清单是否漏列或多列
    examples:
      fail:
        - lists:
            negative: [{name: 行政执法}, {name: 拆迁拆违}, {name: 招商引资}, {name: 安全生产}]  # ←
      pass:
        - lists:
            negative: [{name: 行政执法}, {name: 拆迁拆违}, {name: 招商引资}, {name: 安全生产}, {name: 环境整治},
                       {name: 城市管理}, {name: 协税护税}, {name: 征地拆迁}, {name: 项目建设}, {name: 市场监管}]

  - id: LJ-CERT-COUNT
    title: 村（社区）出具的证明事项不超过压缩后的 4 项
    topic: certificate.count
    severity: error
    effective:
      from: 2021-01-01
      status: unverified
      note: 原文没有罗江区证明事项清单的日期；报道它的农业农村部通知引用 2020 年中央农村工作会议精神，这个起点是推定的
    levels: [county]
    basis:
      document: luojiang-lists
      section: 二、整治“万能公章”
      quote: 编制基层群众性自治组织开具证明事项清单和不应由基层群众性自治组织出具证明事项清单“两张清单”,将村(社区)出具证明事项由62项压缩至4项
      status: verified
    check:
      kind: list.count
      list: lists.certificates
      max: 4
      exempt_when: {approval: [present]}
      # 改由申请人个人承诺的证明不是村（社区）出具的证明：「探索“个人承诺制”证明形式」。
      # 改为个人承诺制、村里不再出具的证明不计入；「也可选择个人承诺制」的照样计入（村里仍然出具）。
      exempt_contains:
        name: [承诺制, 个人承诺, 告知承诺, 承诺书]
        content: [改为个人承诺, 改为告知承诺, 实行个人承诺制, 实行告知承诺制, 以承诺代替, 不再出具]
        process: [改为个人承诺, 改为告知承诺, 实行个人承诺制, 实行告知承诺制, 以承诺代替, 不再出具]
        note: [改为个人承诺, 改为告知承诺, 实行个人承诺制, 实行告知承诺制, 以承诺代替, 不再出具]
    message: "{title}有 {count} 项未注明审批、也不是个人承诺制，超过压缩后保留的 {max} 项；从{item}起超出 {excess} 项"
    hint: 罗江区村（社区）出具证明事项已由 62 项压缩至 4 项，其余证明不再由村（社区）出具；改为个人承诺制的在 process 或 note 写明；确需增列的写明 approval（审定机关和日期）
    examples:
      fail:
        - lists:
            certificates: [{name: 证明1}, {name: 证明2}, {name: 证明3}, {name: 证明4}, {name: 证明5}]  # ←
        - lists:
            certificates: [{name: 证明1}, {name: 证明2}, {name: 证明3}, {name: 证明4},
                           {name: 证明5, approval: 已审批}]  # ←
      pass:
        - lists:
            certificates: [{name: 证明1}, {name: 证明2}, {name: 证明3}, {name: 证明4}]
        - lists:
            certificates:
              - {name: 证明1}
              - {name: 证明2}
              - {name: 证明3}
              - {name: 证明4}
              - name: 无业证明
                process: 实行个人承诺制，申请人签署承诺书，村（社区）不再出具证明
        - lists:
            certificates: [{name: 证明1}, {name: 证明2}]

  - id: LJ-FORM-PREREVIEW
    title: 区级部门向村（社区）下发的表格经区基层治理促进中心预审
    topic: reports.unapproved
    severity: warning
    effective:
      from: 2021-03-01
      status: unverified
      note: 原文写「今年3月执行以来」而未写年份；报道它的农业农村部通知引用 2020 年中央农村工作会议精神，年份推定为 2021 年
    levels: [county]
    basis:
      document: luojiang-lists
      section: 三、整治“过度留痕”
      quote: 建立区基层治理促进中心预审工作表格制度,今年3月执行以来,全区仅下发表格7张,叫停2个区级部门未经审批自行下发表格的行为
      status: verified
    check:
      kind: items.forbidden
      lists: [lists.reports]
      unless: {approval: [present]}
      # 原文的预审机构是区基层治理促进中心（一般的审批要写明机关和日期，「中心」不算机关）。
      unless_contains: {approval: [基层治理促进中心]}
      report_at: value
    message: 台账报表{item}（{department}）没有写明经区基层治理促进中心预审
    hint: 区级部门向村（社区）下发表格须经区基层治理促进中心预审：写明预审的机关和日期（approval），未经预审的表格不应下发
    examples:
      fail:
        - lists:
            reports:
              - name: 农村厕所改造进度统计表  # ←
                department: 区农业农村局
        - lists:
            reports:
              - name: 村（社区）志愿服务活动登记表
                department: 区民政局
                approval: 待审批  # ←
      pass:
        - lists:
            reports:
              - name: 农村厕所改造进度统计表
                department: 区农业农村局
                approval: 区基层治理促进中心预审同意 2021-04-12

"""#),
    ("cn/zhejiang/ningbo/ninghai", "Rules/cn/zhejiang/ningbo/ninghai.yaml", #"""
# yaml-language-server: $schema=../../../../Docs/schemas/rule-pack.schema.json
# 浙江省宁波市宁海县：《宁海县村级权力清单36条》（村级小微权力清单，19 项公共权力事项、17 项便民服务事项）。
# 引文见 Rules/sources/001_378cf8640503b9f8.txt（农业农村部 国家乡村振兴局清单制典型案例·宁海县）。
# 原文没有《36条》的发布日期；各规则按 2018 年修订（修改28项流程）后的清单自 2018-01-01 起算，标为日期未核实。
qingdan-pack: 1
id: cn/zhejiang/ningbo/ninghai
version: "1.0"
title: 浙江省宁波市宁海县
extends: cn
regions: ["330226"]
documents:
  ninghai-36:
    title: 《宁海县村级权力清单36条》
    level: county
    status: in-force
    source: sources/001_378cf8640503b9f8.txt

rules:
  - id: NH-MICRO-COUNT
    title: 小微权力清单与《36条》的 36 项一致
    topic: list.count
    severity: warning
    levels: [county]
    effective:
      from: 2018-01-01
      status: unverified
      note: 原文没有写《36条》的发布日期，只写「2018年按照“最多跑一次”改革要求,修改了28项流程」；按修订后的清单自 2018-01-01 起算
    basis:
      document: ninghai-36
      section: 宁海县案例：按照于法周全、于事简便的原则……
      quote: 把涉农政策制度梳理形成《宁海县村级权力清单36条》,涵盖了19项公共权力事项和17项便民服务事项
      status: verified
    check:
      kind: list.count
      list: lists.micro_powers
      min: 36
      max: 36
    message: "小微权力清单有 {count} 项，与《宁海县村级权力清单36条》的 {max} 项不一致"
    hint: 《宁海县村级权力清单36条》共 36 项（19 项公共权力事项、17 项便民服务事项）；核对是否漏列、多列或拆分了事项
    examples:
      fail:
        - lists:
            micro_powers: [{name: 权力1}, {name: 权力2}, {name: 权力3}, {name: 权力4}, {name: 权力5}, {name: 权力6},
                           {name: 权力7}, {name: 权力8}, {name: 权力9}, {name: 权力10}, {name: 权力11}, {name: 权力12},
                           {name: 权力13}, {name: 权力14}, {name: 权力15}, {name: 权力16}, {name: 权力17}, {name: 权力18},
                           {name: 权力19}, {name: 权力20}, {name: 权力21}, {name: 权力22}, {name: 权力23}, {name: 权力24},
                           {name: 权力25}, {name: 权力26}, {name: 权力27}, {name: 权力28}, {name: 权力29}, {name: 权力30},
                           {name: 权力31}, {name: 权力32}, {name: 权力33}, {name: 权力34}, {name: 权力35}, {name: 权力36},
                           {name: 权力37}]  # ←
        - lists:
            micro_powers: [{name: 权力1}, {name: 权力2}, {name: 权力3}, {name: 权力4}, {name: 权力5}, {name: 权力6},  # ←
                           {name: 权力7}, {name: 权力8}, {name: 权力9}, {name: 权力10}, {name: 权力11}, {name: 权力12},
                           {name: 权力13}, {name: 权力14}, {name: 权力15}, {name: 权力16}, {name: 权力17}, {name: 权力18},
                           {name: 权力19}, {name: 权力20}, {name: 权力21}, {name: 权力22}, {name: 权力23}, {name: 权力24},
                           {name: 权力25}, {name: 权力26}, {name: 权力27}, {name: 权力28}, {name: 权力29}, {name: 权力30},
                           {name: 权力31}, {name: 权力32}, {name: 权力33}, {name: 权力34}, {name: 权力35}]
      pass:
        - lists:
            micro_powers: [{name: 权力1}, {name: 权力2}, {name: 权力3}, {name: 权力4}, {name: 权力5}, {name: 权力6},
                           {name: 权力7}, {name: 权力8}, {name: 权力9}, {name: 权力10}, {name: 权力11}, {name: 权力12},
                           {name: 权力13}, {name: 权力14}, {name: 权力15}, {name: 权力16}, {name: 权力17}, {name: 权力18},
                           {name: 权力19}, {name: 权力20}, {name: 权力21}, {name: 权力22}, {name: 权力23}, {name: 权力24},
                           {name: 权力25}, {name: 权力26}, {name: 权力27}, {name: 权力28}, {name: 权力29}, {name: 权力30},
                           {name: 权力31}, {name: 权力32}, {name: 权力33}, {name: 权力34}, {name: 权力35}, {name: 权力36}]

  - id: NH-MICRO-PUBLIC-COUNT
    title: 公共权力事项与《36条》的 19 项一致
    topic: list.count
    severity: warning
    levels: [county]
    effective:
      from: 2018-01-01
      status: unverified
      note: 原文没有写《36条》的发布日期，只写「2018年按照“最多跑一次”改革要求,修改了28项流程」；按修订后的清单自 2018-01-01 起算
    basis:
      document: ninghai-36
      section: 宁海县案例：按照于法周全、于事简便的原则……
      quote: 把涉农政策制度梳理形成《宁海县村级权力清单36条》,涵盖了19项公共权力事项和17项便民服务事项
      status: verified
    check:
      kind: list.count
      list: lists.micro_powers
      min: 19
      max: 19
      when: {category: [公共权力事项, 村级公共权力事项, 公共权力]}
    message: "公共权力事项（category: 公共权力事项）有 {count} 项，与《宁海县村级权力清单36条》的 {max} 项不一致"
    hint: 《36条》有 19 项公共权力事项；每项写明 category（公共权力事项或便民服务事项），核对是否漏列、多列
    examples:
      fail:
        - lists:
            micro_powers: [{name: 公共权力1, category: 公共权力事项}, {name: 公共权力2, category: 公共权力事项}, {name: 公共权力3, category: 公共权力事项}, {name: 公共权力4, category: 公共权力事项},
                           {name: 公共权力5, category: 公共权力事项}, {name: 公共权力6, category: 公共权力事项}, {name: 公共权力7, category: 公共权力事项}, {name: 公共权力8, category: 公共权力事项},
                           {name: 公共权力9, category: 公共权力事项}, {name: 公共权力10, category: 公共权力事项}, {name: 公共权力11, category: 公共权力事项}, {name: 公共权力12, category: 公共权力事项},
                           {name: 公共权力13, category: 公共权力事项}, {name: 公共权力14, category: 公共权力事项}, {name: 公共权力15, category: 公共权力事项}, {name: 公共权力16, category: 公共权力事项},
                           {name: 公共权力17, category: 公共权力事项}, {name: 公共权力18, category: 公共权力事项}, {name: 公共权力19, category: 公共权力事项}, {name: 公共权力20, category: 公共权力事项},  # ←
                           {name: 便民服务1, category: 便民服务事项}, {name: 便民服务2, category: 便民服务事项}]
        - lists:
            micro_powers: [{name: 公共权力1, category: 公共权力事项}, {name: 公共权力2, category: 公共权力事项}, {name: 公共权力3, category: 公共权力事项}, {name: 公共权力4, category: 公共权力事项},  # ←
                           {name: 公共权力5, category: 公共权力事项}, {name: 公共权力6, category: 公共权力事项}, {name: 公共权力7, category: 公共权力事项}, {name: 公共权力8, category: 公共权力事项},
                           {name: 公共权力9, category: 公共权力事项}, {name: 公共权力10, category: 公共权力事项}, {name: 公共权力11, category: 公共权力事项}, {name: 公共权力12, category: 公共权力事项},
                           {name: 公共权力13, category: 公共权力事项}, {name: 公共权力14, category: 公共权力事项}, {name: 公共权力15, category: 公共权力事项}, {name: 公共权力16, category: 公共权力事项},
                           {name: 公共权力17, category: 公共权力事项}, {name: 公共权力18, category: 公共权力事项}]
      pass:
        - lists:
            micro_powers: [{name: 公共权力1, category: 公共权力事项}, {name: 公共权力2, category: 公共权力事项}, {name: 公共权力3, category: 公共权力事项}, {name: 公共权力4, category: 公共权力事项},
                           {name: 公共权力5, category: 公共权力事项}, {name: 公共权力6, category: 公共权力事项}, {name: 公共权力7, category: 公共权力事项}, {name: 公共权力8, category: 公共权力事项},
                           {name: 公共权力9, category: 公共权力事项}, {name: 公共权力10, category: 公共权力事项}, {name: 公共权力11, category: 公共权力事项}, {name: 公共权力12, category: 公共权力事项},
                           {name: 公共权力13, category: 公共权力事项}, {name: 公共权力14, category: 公共权力事项}, {name: 公共权力15, category: 公共权力事项}, {name: 公共权力16, category: 公共权力事项},
                           {name: 公共权力17, category: 公共权力事项}, {name: 公共权力18, category: 公共权力事项}, {name: 公共权力19, category: 公共权力事项}, {name: 便民服务1, category: 便民服务事项},
                           {name: 便民服务2, category: 便民服务事项}, {name: 便民服务3, category: 便民服务事项}, {name: 便民服务4, category: 便民服务事项}, {name: 便民服务5, category: 便民服务事项},
                           {name: 便民服务6, category: 便民服务事项}, {name: 便民服务7, category: 便民服务事项}, {name: 便民服务8, category: 便民服务事项}, {name: 便民服务9, category: 便民服务事项},
                           {name: 便民服务10, category: 便民服务事项}, {name: 便民服务11, category: 便民服务事项}, {name: 便民服务12, category: 便民服务事项}, {name: 便民服务13, category: 便民服务事项},
                           {name: 便民服务14, category: 便民服务事项}, {name: 便民服务15, category: 便民服务事项}, {name: 便民服务16, category: 便民服务事项}, {name: 便民服务17, category: 便民服务事项}]

  - id: NH-MICRO-SERVICE-COUNT
    title: 便民服务事项与《36条》的 17 项一致
    topic: list.count
    severity: warning
    levels: [county]
    effective:
      from: 2018-01-01
      status: unverified
      note: 原文没有写《36条》的发布日期，只写「2018年按照“最多跑一次”改革要求,修改了28项流程」；按修订后的清单自 2018-01-01 起算
    basis:
      document: ninghai-36
      section: 宁海县案例：按照于法周全、于事简便的原则……
      quote: 把涉农政策制度梳理形成《宁海县村级权力清单36条》,涵盖了19项公共权力事项和17项便民服务事项
      status: verified
    check:
      kind: list.count
      list: lists.micro_powers
      min: 17
      max: 17
      when: {category: [便民服务事项, 便民服务]}
    message: "便民服务事项（category: 便民服务事项）有 {count} 项，与《宁海县村级权力清单36条》的 {max} 项不一致"
    hint: 《36条》有 17 项便民服务事项；每项写明 category（公共权力事项或便民服务事项），核对是否漏列、多列
    examples:
      fail:
        - lists:
            micro_powers: [{name: 便民服务1, category: 便民服务事项}, {name: 便民服务2, category: 便民服务事项}, {name: 便民服务3, category: 便民服务事项}, {name: 便民服务4, category: 便民服务事项},
                           {name: 便民服务5, category: 便民服务事项}, {name: 便民服务6, category: 便民服务事项}, {name: 便民服务7, category: 便民服务事项}, {name: 便民服务8, category: 便民服务事项},
                           {name: 便民服务9, category: 便民服务事项}, {name: 便民服务10, category: 便民服务事项}, {name: 便民服务11, category: 便民服务事项}, {name: 便民服务12, category: 便民服务事项},
                           {name: 便民服务13, category: 便民服务事项}, {name: 便民服务14, category: 便民服务事项}, {name: 便民服务15, category: 便民服务事项}, {name: 便民服务16, category: 便民服务事项},
                           {name: 便民服务17, category: 便民服务事项}, {name: 便民服务18, category: 便民服务事项}, {name: 公共权力1, category: 公共权力事项}, {name: 公共权力2, category: 公共权力事项}]  # ←
        - lists:
            micro_powers: [{name: 便民服务1, category: 便民服务事项}, {name: 便民服务2, category: 便民服务事项}, {name: 便民服务3, category: 便民服务事项}, {name: 便民服务4, category: 便民服务事项},  # ←
                           {name: 便民服务5, category: 便民服务事项}, {name: 便民服务6, category: 便民服务事项}, {name: 便民服务7, category: 便民服务事项}, {name: 便民服务8, category: 便民服务事项},
                           {name: 便民服务9, category: 便民服务事项}, {name: 便民服务10, category: 便民服务事项}, {name: 便民服务11, category: 便民服务事项}, {name: 便民服务12, category: 便民服务事项},
                           {name: 便民服务13, category: 便民服务事项}, {name: 便民服务14, category: 便民服务事项}, {name: 便民服务15, category: 便民服务事项}, {name: 便民服务16, category: 便民服务事项}]
      pass:
        - lists:
            micro_powers: [{name: 公共权力1, category: 公共权力事项}, {name: 公共权力2, category: 公共权力事项}, {name: 公共权力3, category: 公共权力事项}, {name: 公共权力4, category: 公共权力事项},
                           {name: 公共权力5, category: 公共权力事项}, {name: 公共权力6, category: 公共权力事项}, {name: 公共权力7, category: 公共权力事项}, {name: 公共权力8, category: 公共权力事项},
                           {name: 公共权力9, category: 公共权力事项}, {name: 公共权力10, category: 公共权力事项}, {name: 公共权力11, category: 公共权力事项}, {name: 公共权力12, category: 公共权力事项},
                           {name: 公共权力13, category: 公共权力事项}, {name: 公共权力14, category: 公共权力事项}, {name: 公共权力15, category: 公共权力事项}, {name: 公共权力16, category: 公共权力事项},
                           {name: 公共权力17, category: 公共权力事项}, {name: 公共权力18, category: 公共权力事项}, {name: 公共权力19, category: 公共权力事项}, {name: 便民服务1, category: 便民服务事项},
                           {name: 便民服务2, category: 便民服务事项}, {name: 便民服务3, category: 便民服务事项}, {name: 便民服务4, category: 便民服务事项}, {name: 便民服务5, category: 便民服务事项},
                           {name: 便民服务6, category: 便民服务事项}, {name: 便民服务7, category: 便民服务事项}, {name: 便民服务8, category: 便民服务事项}, {name: 便民服务9, category: 便民服务事项},
                           {name: 便民服务10, category: 便民服务事项}, {name: 便民服务11, category: 便民服务事项}, {name: 便民服务12, category: 便民服务事项}, {name: 便民服务13, category: 便民服务事项},
                           {name: 便民服务14, category: 便民服务事项}, {name: 便民服务15, category: 便民服务事项}, {name: 便民服务16, category: 便民服务事项}, {name: 便民服务17, category: 便民服务事项}]

  - id: NH-MICRO-STEPS
    title: 除工程招投标等重大事项外，办理流程控制在 5 个环节左右
    topic: process.steps
    severity: warning
    effective:
      from: 2018-01-01
      status: unverified
      note: 原文没有写《36条》的发布日期，只写「2018年按照“最多跑一次”改革要求,修改了28项流程」；按修订后的清单自 2018-01-01 起算
    basis:
      document: ninghai-36
      section: 宁海县案例：强化村级组织、村干部权力主体的岗位职责……
      quote: 为凸显精简务实原则,除工程招投标等重大事项外,其余村级事务办理流程都控制在5个环节左右
      status: verified
    check:
      kind: items.length
      lists: [lists.micro_powers]
      field: steps
      max: 5
      unless: {major: [true]}
      unless_contains: {name: [招投标, 招标]}
    message: 小微权力{item}的办理流程有 {count} 个环节，超过约 {max} 个环节
    hint: "除工程招投标等重大事项外，村级事务办理流程控制在 5 个环节左右；精简合并环节，属于重大事项的写 major: true"
    examples:
      fail:
        - lists:
            micro_powers:
              - name: 村级印章使用
                steps: [提出申请, 村党组织书记审核, 村委会主任审批, 专人盖章, 登记备案, 结果公开]  # ←
      pass:
        - lists:
            micro_powers:
              - name: 村级印章使用
                steps: [提出申请, 村党组织书记审核, 专人盖章, 登记备案, 结果公开]
              - name: 村级工程项目招投标
                steps: [五议决策, 编制招标文件, 发布招标公告, 开标评标, 公示中标结果, 签订合同, 备案]
              - name: 村级重大事项决策
                major: true
                steps: [村党组织提议, 村“两委”联席会议商议, 党员大会审议, 村民代表会议决议, 群众评议, 实施结果公开]

  - id: NH-ASSET-TRADING-CENTRE
    title: 标的物市场调查价或评估总价在 1 万元以上的村集体资产，进入乡镇（街道）公共资源交易中心公开交易
    topic: asset.trading-venue
    severity: error
    effective:
      from: 2018-01-01
      status: unverified
      note: 原文没有写《36条》的发布日期，只写「2018年按照“最多跑一次”改革要求,修改了28项流程」；按修订后的清单自 2018-01-01 起算
    basis:
      document: ninghai-36
      section: 宁海县案例：强化村级组织、村干部权力主体的岗位职责……（村集体资产处置事项）
      quote: 对于标的物市场调查价或评估总价在1万元以上的,进入乡镇(街道)公共资源交易中心进行公开交易(1万元以下的由村集体自行公开交易)
      status: verified
    check:
      kind: items.forbidden
      lists: [asset_transactions]
      when: {value_yuan: [">= 10000"]}
      unless_contains: {venue: [公共资源交易中心]}
      report_key: venue
    message: 村集体资产交易{item}的市场调查价或评估总价为 {value_yuan} 元，在 1 万元以上，交易场所（{venue}）不是乡镇（街道）公共资源交易中心
    hint: 1 万元以上（含 1 万元）的，进入乡镇（街道）公共资源交易中心进行公开交易；1 万元以下的由村集体自行公开交易
    examples:
      fail:
        - asset_transactions:
            - name: 村集体闲置厂房出租
              value_yuan: 36000
              venue: 村集体自行公开交易  # ←
            - {name: 村集体山林承包经营权发包, value_yuan: 10000}  # ←
      pass:
        - asset_transactions:
            - {name: 村集体闲置厂房出租, value_yuan: 36000, venue: 桃源街道公共资源交易中心}
            - {name: 村集体废旧办公设备处置, value_yuan: 3200, venue: 村集体自行公开交易}

  - id: NH-ASSET-FIELDS
    title: 村集体资产交易写明标的物价格和交易场所
    topic: list.item-fields
    severity: warning
    effective:
      from: 2018-01-01
      status: unverified
      note: 原文没有写《36条》的发布日期，只写「2018年按照“最多跑一次”改革要求,修改了28项流程」；按修订后的清单自 2018-01-01 起算
    yields_to: [NH-ASSET-TRADING-CENTRE]
    basis:
      document: ninghai-36
      section: 宁海县案例：强化村级组织、村干部权力主体的岗位职责……（村集体资产处置事项）
      quote: 对于标的物市场调查价或评估总价在1万元以上的,进入乡镇(街道)公共资源交易中心进行公开交易(1万元以下的由村集体自行公开交易)
      status: verified
    check:
      kind: items.fields
      lists: [asset_transactions]
      fields: [value_yuan, venue]
    message: 村集体资产交易{item}缺少{missing}，无法核对是否应进入公共资源交易中心
    hint: 写明标的物市场调查价或评估总价（value_yuan，按元写数字）和交易场所（venue）
    examples:
      fail:
        - asset_transactions:
            - {name: 村集体闲置厂房出租, venue: 村集体自行公开交易}  # ←
      pass:
        - asset_transactions:
            - {name: 村集体闲置厂房出租, value_yuan: 8000, venue: 村集体自行公开交易}

"""#),
]
