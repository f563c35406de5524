import QingdanCore
import QingdanPluginAPI
import QingdanYAML

/// The commented starter filing `qingdan init` writes: every section the pack's rules read at
/// the level, each key with its Chinese title, what it means and the values it allows, and a
/// placeholder 「请填写：…」 wherever the drafter has to write something. Placeholders of typed keys
/// (numbers, dates, choices, the region code) fail the schema until they are replaced; text
/// placeholders are reported by `check` as `filing.placeholder`.
public struct StarterFiling: Sendable {
    /// Where the `# yaml-language-server: $schema=` line points by default: the address the
    /// published schema gives as its `$id` (Docs/schemas/filing.schema.json).
    public static let schemaAddress = "https://qingdan.example/schemas/filing.schema.json"
    /// The file `qingdan init` writes when given no path: ASCII, so that it survives zip files,
    /// e-mail and Windows code pages, and is typed without switching input method.
    public static let defaultFileName = "filing.yaml"

    public let pack: ResolvedPack
    public let level: RegionLevel
    /// The region code as the drafter gave it; nil writes a placeholder.
    public let regionCode: String?
    public let regionName: String?
    public let asOf: CivilDate
    /// Whether the filing names its pack (`pack:`): when the drafter chose a local pack by name.
    public let namesPack: Bool
    public let schema: String
    /// The rules that judge the filing at its level on its date.
    public let rules: [Rule]

    /// Why no starter could be made for what was asked.
    public struct Problem: Error, Sendable {
        public let code: FindingCode
        public let message: String
        public let hint: String
    }

    /// Works out the pack and level as `check` would choose them: the level from `level`, else
    /// from the region code's digits, else village; the pack from `pack` (which must cover the
    /// region as `check` allows), else the region's deepest pack, else the root pack.
    public init(
        library: PackLibrary, pack packID: String? = nil, level requested: RegionLevel? = nil,
        region: String? = nil, asOf: CivilDate, schema: String = StarterFiling.schemaAddress
    ) throws(Problem) {
        var code: RegionCode?
        if let region {
            guard let reading = RegionCode.read(region, declared: requested) else {
                throw Problem(
                    code: .initRegion, message: "区划代码「\(VisibleText.escaped(region))」不是 2、4、6、9 或 12 位数字",
                    hint: "写 6 位行政区划代码（县级及以上，如 500112）或 12 位统计用区划代码（乡、村级，如 500112104201）")
            }
            if let problem = reading.problem {
                throw Problem(
                    code: .initRegion, message: RegionCode.message(problem, written: region, code: reading.code),
                    hint: RegionCode.hint(problem, code: reading.code).replacing(
                        "把 region.level 改为", with: "用 --level"))
            }
            code = reading.code
        }
        let byCode = code.flatMap(library.choice(for:))
        let root = library.rootPackID.flatMap(library.pack(id:))
        var chosen: ResolvedPack
        if let packID {
            guard let named = library.pack(id: packID) else {
                throw Problem(
                    code: .initUnknownPack, message: "没有名为「\(VisibleText.escaped(packID))」的规则包",
                    hint: Suggestions.hint(for: packID, among: library.ids, listing: "规则包"))
            }
            if let byCode, !named.chain.contains(where: { $0.id == byCode.pack.id }), let code {
                let written: String = region ?? code.key
                throw Problem(
                    code: .initPackMismatch,
                    message: "规则包 \(named.id)（\(named.pack.title)）不适用于区划代码 \(written)："
                        + "这个地区由规则包 \(byCode.pack.id)（\(byCode.pack.pack.title)）检查",
                    hint: "不写 --pack，或写 --pack \(byCode.pack.id)")
            }
            chosen = named
        } else if let pack = byCode?.pack ?? root {
            chosen = pack
        } else {
            throw Problem(
                code: .initUnknownPack, message: "无法确定规则包：没有全国规则包，也没有给出 --pack",
                hint: "用 --pack 指定规则包；`qingdan packs list` 列出可用的规则包")
        }
        let level = requested ?? code?.level ?? .village
        if let top = Self.highestLevel(of: chosen), level < top {
            throw Problem(
                code: .initLevel,
                message: "规则包 \(chosen.id)（\(chosen.pack.title)）是\(top.chineseName)地区的规则包，不能用于\(level.chineseName)申报",
                hint: "用 --level 写 \(top.rawValue) 或更低的层级；\(level.chineseName)申报不写 --pack，或写上级地区的规则包")
        }
        let rules = chosen.rules(applyingTo: level, on: asOf)
        guard !rules.isEmpty else {
            let levels = Self.levels(of: chosen, on: asOf)
            let listed = levels.map { "\($0.rawValue)（\($0.chineseName)）" }.joined(separator: "、")
            throw Problem(
                code: .initNoRules,
                message: "规则包 \(chosen.id)（\(chosen.pack.title)）没有适用于\(level.chineseName)申报（\(asOf)）的规则",
                hint: levels.isEmpty ? "换一个规则包：`qingdan packs list` 列出可用的规则包" : "这个规则包检查的层级：\(listed)；用 --level 指定")
        }
        pack = chosen
        self.level = level
        regionCode = region
        // The region's name is known when the code is the very region the pack is for.
        regionName =
            code.flatMap { code in
                chosen.pack.regions.compactMap { RegionCode($0) }.contains(code) ? chosen.pack.title : nil
            }
        self.asOf = asOf
        namesPack = packID != nil && chosen.pack.extends != nil
        self.schema = schema
        self.rules = rules
    }

    /// The levels a starter can be made at for `pack`: those with rules in force on `date`, at
    /// or below the region the pack is for (a county's pack judges no province).
    public static func levels(of pack: ResolvedPack, on date: CivilDate) -> [RegionLevel] {
        let top = highestLevel(of: pack)
        return RegionLevel.allCases.filter {
            $0 >= (top ?? .province) && !pack.rules(applyingTo: $0, on: date).isEmpty
        }
    }

    /// The level of the largest region the pack's `regions:` name; nil for a pack of every region.
    static func highestLevel(of pack: ResolvedPack) -> RegionLevel? {
        pack.pack.regions.compactMap { RegionCode($0)?.level }.min()
    }

    /// The placeholder every value to write starts with.
    public static let placeholderMark = TemplateText.mark

    /// The starter's text; `fileName` is what its comments tell the drafter to check.
    public func text(format: FilingFormat, fileName: String = StarterFiling.defaultFileName) -> String {
        render(format: format, fileName: fileName).text
    }

    /// The starter's text and the number of placeholders in it (the values left to write).
    public func render(format: FilingFormat, fileName: String = StarterFiling.defaultFileName) -> (
        text: String, placeholders: Int
    ) {
        // The parts a rule requires (topic list.missing): never marked optional or unusual.
        let required = Set(rules.filter { $0.topic.rawValue == "list.missing" }.flatMap { $0.check.reads.map(\.keys) })
        var writer = Writer(format: format, rulesByPath: rulesByPath(), required: required)
        writer.line("# yaml-language-server: $schema=\(schema)")
        let local = pack.pack.extends == nil ? "全国通用规则" : pack.pack.title
        writer.line("# 清单制申报文件（\(level.chineseName)）：按规则包 \(pack.id)（\(local)）检查")
        writer.line("# 由 qingdan init 生成。填写方法：")
        writer.line("#   1. 把每个「\(Self.placeholderMark)……」整个换成实际内容（「\(Self.placeholderMark)」几个字也要删掉）；")
        writer.line("#   2. 本地区没有的部分，连同它下面缩进的各行一起删去；标「选填」的行不需要就删去；")
        writer.line("#   3. 缩进只用空格，不用 Tab 键；冒号用英文半角「:」，冒号后空一格；")
        writer.line("#   4. 以「#」开头的是说明，可以保留，也可以删去；")
        writer.line("#   5. 填好后运行：qingdan check \(Self.shellWord(fileName))")
        writer.line("")
        let selection = Selection(paths: rules.flatMap { $0.check.reads.map(\.keys) })
        var header = ["qingdan", "region", "as_of"]
        if namesPack { header.append("pack") }
        for property in format.root.properties where header.contains(property.name) {
            writer.property(property, keys: [property.name], indent: 0, selection: .all, starter: self)
        }
        // The sections a filing at this level usually carries first; the others the rules read
        // too, each marked as one to delete when the region has none of it.
        let sections = format.root.properties.filter { !header.contains($0.name) && selection.children[$0.name] != nil }
        let usual = Self.usualSections(level).union(required.compactMap(\.first))
        for property in sections.filter({ usual.contains($0.name) }) + sections.filter({ !usual.contains($0.name) }) {
            writer.line("")
            if !usual.contains(property.name) {
                writer.line("# \(level.chineseName)申报一般不填这一部分；本地区没有的，连同下面缩进的各行整段删去")
            }
            writer.property(
                property, keys: [property.name], indent: 0, selection: selection.children[property.name]!, starter: self
            )
        }
        return (writer.text, writer.placeholders)
    }

    /// The sections a filing at `level` usually carries (FILING.md): a county's lists, a
    /// village's signboards, facility, mechanisms and tasks, a city's signboard list.
    static func usualSections(_ level: RegionLevel) -> Set<String> {
        switch level {
        case .province, .county: ["lists"]
        case .city: ["lists", "signboards", "signboard_list_revisions"]
        case .township, .village: ["signboards", "facility", "mechanisms", "tasks", "asset_transactions"]
        }
    }

    /// The rule ids that read each path, for the comment above it.
    private func rulesByPath() -> [[String]: [String]] {
        var byPath: [[String]: [String]] = [:]
        for rule in rules {
            for keys in Set(rule.check.reads.map(\.keys)) where byPath[keys]?.contains(rule.id) != true {
                byPath[keys, default: []].append(rule.id)
            }
        }
        return byPath
    }

    /// The value of a header key, when the starter knows it.
    fileprivate func known(_ keys: [String]) -> String? {
        switch keys {
        case ["qingdan"]: String(FilingFormat.version)
        case ["region", "code"]: regionCode.map { "\"\($0)\"" }
        case ["region", "name"]: regionName
        case ["region", "level"]: level.rawValue
        case ["as_of"]: asOf.description
        case ["pack"]: pack.id
        default: nil
        }
    }

    /// What the region-code placeholder asks for: the digits for the level, and the prefix the
    /// pack's region gives.
    fileprivate func regionCodePlaceholder(_ placeholders: inout Int) -> String {
        placeholders += 1
        let digits = level.hasSixDigitCode ? "6 位行政区划代码或 12 位统计用区划代码" : "12 位统计用区划代码"
        let prefix = pack.pack.regions.first.flatMap { RegionCode($0) }.map { "，以 \($0.key) 开头" } ?? ""
        return "\"\(Self.placeholderMark)\(level.chineseName)写 \(digits)\(prefix)\""
    }

    /// `name` as one word a shell reads back unchanged.
    public static func shellWord(_ name: String) -> String {
        let plain = name.unicodeScalars.allSatisfy {
            $0.value > 0x7F || ("A"..."Z").contains($0) || ("a"..."z").contains($0) || ("0"..."9").contains($0)
                || "._-/".unicodeScalars.contains($0)
        }
        return plain && !name.isEmpty ? name : "'" + name.replacing("'", with: "'\\''") + "'"
    }
}

/// The parts of the format the rules read: a key whose whole subtree is read, or some of its keys.
private struct Selection {
    var all = false
    var children: [String: Selection] = [:]

    static let all = Selection(all: true)

    init(all: Bool = false) { self.all = all }

    init(paths: [[String]]) {
        for path in paths { insert(path[...]) }
    }

    mutating func insert(_ keys: ArraySlice<String>) {
        guard let first = keys.first else {
            all = true
            return
        }
        children[first, default: Selection()].insert(keys.dropFirst())
    }

    func includes(_ key: String) -> Bool { all || children[key] != nil }
    func child(_ key: String) -> Selection { all ? .all : children[key] ?? Selection() }
}

private struct Writer {
    let format: FilingFormat
    let rulesByPath: [[String]: [String]]
    let required: Set<[String]>
    var text = ""
    var placeholders = 0

    mutating func line(_ line: String) { text += line + "\n" }

    private mutating func comment(_ words: String, indent: Int) {
        line(String(repeating: " ", count: indent) + "# " + words)
    }

    /// One key: the comment lines saying what it is, then the key and its value.
    mutating func property(
        _ property: Property, keys: [String], indent: Int, selection: Selection, starter: StarterFiling,
        itemStart: Bool = false
    ) {
        let commentIndent = indent + (itemStart ? 2 : 0)
        let status =
            property.required ? "必填" : required.contains(keys) ? "本地区规则要求填写" : "选填，不需要就删去这一行"
        var heading = "\(property.title)（\(status)）"
        if case .object = property.type { heading = property.title }
        if case .list = property.type, !property.required, !required.contains(keys) {
            heading = "\(property.title)（选填）"
        }
        comment(heading + (property.summary.map { "：\($0)" } ?? ""), indent: commentIndent)
        if let guide = guide(property, keys: keys) { comment(guide, indent: commentIndent) }
        if let ids = rulesByPath[keys] {
            comment("检查这一项的规则：\(ids.joined(separator: "、"))（运行 qingdan explain 规则编号 查看）", indent: commentIndent)
        }
        let lead = String(repeating: " ", count: indent) + (itemStart ? "- " : "")
        let inner = indent + (itemStart ? 2 : 0)
        switch property.type {
        case .object(let object):
            line(lead + property.name + ":")
            let all = selection.all || selection.children.isEmpty
            for child in object.properties where all || selection.includes(child.name) {
                self.property(
                    child, keys: keys + [child.name], indent: inner + 2, selection: selection.child(child.name),
                    starter: starter)
            }
        case .list(.object(let object)):
            line(lead + property.name + ":")
            // The first key follows the item's 「- 」; the others line up with it.
            for (offset, child) in object.properties.enumerated() {
                self.property(
                    child, keys: keys + [child.name], indent: inner + (offset == 0 ? 2 : 4), selection: .all,
                    starter: starter, itemStart: offset == 0)
            }
        case .list(let element):
            line(lead + property.name + ":")
            line(String(repeating: " ", count: inner + 2) + "- " + placeholder(element, title: property.title))
        case .dictionary:
            line(lead + property.name + ": {}")
        default:
            let value =
                starter.known(keys)
                ?? (keys == ["region", "code"]
                    ? starter.regionCodePlaceholder(&placeholders) : placeholder(property.type, title: property.title))
            line(lead + property.name + ": " + value)
        }
    }

    /// How the value is written, for keys whose type says more than their title.
    private func guide(_ property: Property, keys: [String]) -> String? {
        switch property.type {
        case .integer where keys != ["qingdan"]: return "写整数，不带单位，如 860"
        case .number: return "写数字，不带单位，如 420（不写「420平方米」「1.2万元」）"
        case .date where keys == ["as_of"]: return "写成 年-月-日，如 2024-03-01；已预先填了今天，请改为申报所描述的日期"
        case .date: return "写成 年-月-日，如 2024-03-01"
        case .boolean: return "写 true（是）或 false（否）"
        case .choice(let values):
            if let summary = property.summary, values.allSatisfy(summary.contains) { return nil }
            return "可选值："
                + values.map { value in format.valueNames[value].map { "\(value)（\($0)）" } ?? value }
                .joined(separator: "、")
        case .list(.object):
            return "每一项以「- 」开头；要加一项，复制从「- 」开始的这几行，接着写在下面，缩进对齐"
        case .list(.date): return "每个日期一行，以「- 」开头，写成 年-月-日，如 2024-06-01"
        case .list: return "每项一行，以「- 」开头"
        default: return nil
        }
    }

    private mutating func placeholder(_ type: SchemaType, title: String) -> String {
        placeholders += 1
        let mark = StarterFiling.placeholderMark
        switch type {
        case .integer: return "\(mark)\(title)（整数）"
        case .number: return "\(mark)\(title)（数字）"
        case .boolean: return "\(mark)true 或 false"
        case .date: return "\(mark)日期，如 2024-06-01"
        case .choice: return "\(mark)\(title)，从上面的可选值中选一个"
        default: return "\(mark)\(title)"
        }
    }
}

extension FindingCode {
    /// `qingdan init` was asked for a region code it cannot read, or one that disagrees with `--level`.
    public static let initRegion: FindingCode = "init.region"
    public static let initUnknownPack: FindingCode = "init.unknown-pack"
    public static let initPackMismatch: FindingCode = "init.pack-mismatch"
    public static let initNoRules: FindingCode = "init.no-rules"
    /// The level asked for lies above the region the pack is for.
    public static let initLevel: FindingCode = "init.level"
    /// `--as-of` is not a date.
    public static let initDate: FindingCode = "init.date"
    /// The file `qingdan init` would write already exists.
    public static let initFileExists: FindingCode = "init.file-exists"
    public static let initWrite: FindingCode = "init.write"
}
