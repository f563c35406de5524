import QingdanCore
import QingdanPluginAPI

/// One self-contained HTML file for a person at a filing office: totals, a roll-up by region and
/// by topic, a table of findings that can be searched, filtered, sorted, paged, printed and
/// exported as CSV, and the status of every file. No external resources.
///
/// The findings travel as compact JSON inside the page and its script renders a page of rows at
/// a time, so a report of 100,000 findings opens in about a second. What findings share is
/// written once: each rule's title, hint and policy basis, each distinct message, each file; a
/// finding is a row of indexes into those tables (`HTMLReportPage` reads them).
public struct HTMLReporter: Reporter {
    let toolVersion: String
    private let titles: [RuleName: String]
    private var rules = IndexedSet<RuleText>()
    private var topics = IndexedSet<Topic>()
    private var messages = IndexedSet<String>()
    private var regions = IndexedSet<String>()
    private var chains = IndexedSet<String>()
    private var files: [FileRow] = []
    private var findings: [FindingRow] = []
    /// For each roll-up region, the county names read from the names of filings in it, counted.
    private var namesWithin: [String: [String: Int]] = [:]

    private struct RuleName: Hashable {
        let pack: String?
        let id: String
    }

    /// What every finding of a rule shares: stored once in the page.
    private struct RuleText: Hashable {
        let id: String
        let title: String?
        let pack: String?
        let hint: String?
        let document: String?
        let number: String?
        let section: String?
        let quote: String?
        /// The basis's remarks joined by `；` (未核实；依据为征求意见稿), empty when there are none.
        let remarks: String?
    }

    private struct FileRow {
        let path: String
        let code: String?
        let name: String?
        let region: Int
        let chain: Int?
        let findings: Int
        let suppressed: Int
        /// 0 通过, 1 有问题, 2 输入错误.
        let status: Int
    }

    private struct FindingRow {
        let file: Int32
        let line: Int32
        let column: Int32
        /// `协助事项!B12` for a filing read from a workbook.
        let cell: String?
        let severity: Int8
        let rule: Int32
        let topic: Int32
        let message: Int32
        let fingerprint: String
    }

    /// The severities as the page numbers them: 0 is the most serious.
    static let severities: [Severity] = [.error, .warning, .info]

    /// `rules` supplies the titles of the rules findings cite.
    public init(toolVersion: String, rules: [Rule] = []) {
        self.toolVersion = toolVersion
        var titles: [RuleName: String] = [:]
        for rule in rules { titles[RuleName(pack: rule.packID, id: rule.id)] = rule.title }
        self.titles = titles
    }

    public mutating func begin(into output: inout TextBuffer) {}

    public mutating func add(_ report: FileReport, into output: inout TextBuffer) {
        let region = RunSummary.rollupRegion(of: report.header)
        if let code = report.header?.agreedRegion, code != code.rollupRegion,
            let name = report.header?.regionName.flatMap(Self.countyName(within:))
        {
            namesWithin[region, default: [:]][name, default: 0] += 1
        }
        let fileIndex = Int32(files.count)
        files.append(
            FileRow(
                path: report.file, code: report.header?.regionCode, name: report.header?.regionName,
                region: regions.index(of: region),
                chain: report.pack.map {
                    chains.index(of: $0.versionChain.map { "\($0.id)@\($0.version)" }.joined(separator: " → "))
                },
                findings: report.findings.count, suppressed: report.suppressed.count,
                status: report.hasInputError ? 2 : report.findings.isEmpty ? 0 : 1))
        for finding in report.findings {
            let basis = finding.basis
            let rule = RuleText(
                id: finding.ruleID.rawValue, title: titles[RuleName(pack: finding.packID, id: finding.ruleID.rawValue)],
                pack: finding.packID, hint: finding.hint, document: basis?.document.title,
                number: basis?.document.number, section: basis?.section, quote: basis?.quote,
                remarks: basis?.remarks.joined(separator: "；"))
            findings.append(
                FindingRow(
                    file: fileIndex, line: Int32(clamping: finding.shownLine),
                    column: Int32(clamping: finding.shownColumn), cell: finding.cell?.description,
                    severity: Int8(Self.severities.firstIndex(of: finding.severity)!),
                    rule: Int32(rules.index(of: rule)), topic: Int32(topics.index(of: finding.topic)),
                    message: Int32(messages.index(of: finding.message)), fingerprint: finding.fingerprint))
        }
    }

    public mutating func end(_ summary: RunSummary, into output: inout TextBuffer) {
        let names = regionNames(summary)
        let label = { (key: String) in key == "—" ? "无区划代码" : names[key] ?? key }
        output += """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="qingdan \(Self.escape(toolVersion))">
            <title>清单合规检查报告</title>
            <style>\(HTMLReportPage.style)</style>
            </head>
            <body data-debounce-ms="\(HTMLReportPage.debounceMilliseconds)">
            <header><h1>清单合规检查报告</h1>
            <p class="meta">qingdan \(Self.escape(toolVersion)) · 规则包 \(summary.packChains.map(Self.escape).joined(separator: "、"))</p></header>
            <section class="cards">
            \(card(summary.files, "文件", "files"))\(card(summary.clean, "通过", "clean"))\(card(summary.withFindings, "有问题", "findings"))\(card(summary.inputErrors, "输入错误", "input-errors"))\(card(summary.count(.error), "错误", "errors"))\(card(summary.count(.warning), "警告", "warnings"))\(card(summary.count(.info), "提示", "infos"))\(card(summary.suppressedTotal, "已豁免或在基线中", "suppressed"))
            </section>
            <section class="rollup">
            <div><h2>按地区</h2>\(Self.bars(summary.regionTotals.map { (label($0.region), $0.region, $0.count) }, id: "chart-region"))</div>
            <div><h2>按类别</h2>\(Self.bars(summary.topicTotals.map { ($0.topic.summary, $0.topic.rawValue, $0.count) }, id: "chart-topic"))</div>
            </section>
            \(HTMLReportPage.body)
            <script type="application/json" id="data">
            """
        writeData(names: names, into: &output)
        output += "</script>\n<script>\(HTMLReportPage.script)</script>\n</body>\n</html>\n"
    }

    /// The name of each roll-up region: that of the region's own filing (`RunSummary`), else the
    /// county name most of the filings in it begin with, else none (the code is shown).
    private func regionNames(_ summary: RunSummary) -> [String: String] {
        var names: [String: String] = [:]
        for key in regions.values {
            if let name = summary.regionNames[key] {
                names[key] = name
            } else if let counts = namesWithin[key] {
                names[key] = counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
            }
        }
        return names
    }

    /// The county-level part of a township's or village's name (重庆市渝北区 in 重庆市渝北区统景镇江口村):
    /// the name up to its last 区, 县, 旗 or 市 before the township part (镇, 乡, 街道); nil when
    /// there is no such part.
    static func countyName(within name: String) -> String? {
        let characters = Array(name)
        var end: Int?
        for (index, character) in characters.enumerated() {
            if character == "镇" || character == "乡" || character == "街" && characters.dropFirst(index + 1).first == "道"
            {
                return end.map { String(characters[..<$0]) }
            }
            if "区县旗市".contains(character) { end = index + 1 }
        }
        return nil
    }

    private func writeData(names: [String: String], into output: inout TextBuffer) {
        var data = ScriptJSON(output: output)
        output = TextBuffer()
        data.raw("{\"severities\":")
        data.rows(Self.severities) { data, severity in
            data.strings([severity.rawValue, severity.chineseName])
        }
        data.raw(",\n\"topics\":")
        data.rows(topics.values) { data, topic in data.strings([topic.rawValue, topic.summary]) }
        data.raw(",\n\"regions\":")
        data.rows(regions.values) { data, key in data.strings([key, key == "—" ? "无区划代码" : names[key]]) }
        data.raw(",\n\"chains\":")
        data.rows(chains.values) { data, chain in data.string(chain) }
        data.raw(",\n\"rules\":")
        data.rows(rules.values) { data, rule in
            data.strings([
                rule.id, rule.title, rule.pack, rule.hint, rule.document, rule.number, rule.section, rule.quote,
                rule.remarks,
            ])
        }
        data.raw(",\n\"messages\":")
        data.rows(messages.values) { data, message in data.string(message) }
        data.raw(",\n\"files\":")
        data.rows(files) { data, file in
            data.raw("[")
            data.strings([file.path, file.code, file.name], bracketed: false)
            data.raw(",\(file.region),\(file.chain.map(String.init) ?? "null"),\(file.findings),\(file.suppressed),")
            data.raw("\(file.status)]")
        }
        data.raw(",\n\"findings\":")
        data.rows(findings) { data, finding in
            data.raw("[\(finding.file),\(finding.line),\(finding.column),\(finding.severity),\(finding.rule),")
            data.raw("\(finding.topic),\(finding.message),")
            data.string(finding.fingerprint)
            if let cell = finding.cell {
                data.raw(",")
                data.string(cell)
            }
            data.raw("]")
        }
        data.raw("}\n")
        output = data.output
    }

    private func card(_ value: Int, _ label: String, _ id: String) -> String {
        "<div class=\"card\" id=\"card-\(id)\"><b>\(value)</b><span>\(label)</span></div>"
    }

    /// A horizontal bar chart as a list: label (with its code as a tooltip), bar, count.
    static func bars(_ entries: [(label: String, code: String, count: Int)], id: String) -> String {
        guard let largest = entries.map(\.count).max(), largest > 0 else { return "<p>没有问题。</p>" }
        var html = "<ol class=\"bars\" id=\"\(id)\">"
        for entry in entries {
            let width = max(1, entry.count * 1000 / largest)
            html += "<li><span class=\"label\" title=\"\(escape(entry.code))\">\(escape(entry.label))</span>"
            html += "<span class=\"bar\"><i style=\"width:\(width / 10).\(width % 10)%\"></i></span>"
            html += "<b>\(entry.count)</b></li>"
        }
        return html + "</ol>"
    }

    /// Text safe in an element or attribute, with the characters `VisibleText` hides as codes.
    static func escape(_ text: String) -> String {
        var escaped = ""
        for scalar in VisibleText.escaped(text).unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}

/// Values in first-met order, each with its index.
struct IndexedSet<Value: Hashable> {
    private(set) var values: [Value] = []
    private var indexes: [Value: Int] = [:]

    mutating func index(of value: Value) -> Int {
        if let index = indexes[value] { return index }
        indexes[value] = values.count
        values.append(value)
        return values.count - 1
    }
}

/// Compact JSON for a `<script type="application/json">` element: strings with the characters
/// `VisibleText` hides shown as codes (as everywhere in the report) and escaped script-safe.
private struct ScriptJSON {
    var output: TextBuffer

    mutating func raw(_ text: String) { output += text }

    mutating func string(_ text: String?) {
        guard let text else { return raw("null") }
        JSONWriter.escape(VisibleText.escaped(text), inScript: true, into: &output)
    }

    mutating func strings(_ texts: [String?], bracketed: Bool = true) {
        if bracketed { raw("[") }
        for (index, text) in texts.enumerated() {
            if index > 0 { raw(",") }
            string(text)
        }
        if bracketed { raw("]") }
    }

    /// An array with one element a line.
    mutating func rows<Element>(_ elements: [Element], _ write: (inout ScriptJSON, Element) -> Void) {
        raw("[")
        for (index, element) in elements.enumerated() {
            raw(index == 0 ? "\n" : ",\n")
            write(&self, element)
        }
        raw("]")
    }
}
