import QingdanCore
import QingdanPluginAPI

/// One self-contained HTML file for a person at a filing office: totals, a roll-up by region
/// and by topic with bar charts, a filterable table of findings with their policy quotes, and
/// the status of every file. No external resources; the table can be filtered without a server.
public struct HTMLReporter: Reporter {
    let toolVersion: String
    private var findingRows = ""
    private var fileRows = ""
    private var regions: [String: String] = [:]
    private var topics: Set<Topic> = []

    public init(toolVersion: String) {
        self.toolVersion = toolVersion
    }

    public mutating func begin(into output: inout TextBuffer) {}

    public mutating func add(_ report: FileReport, into output: inout TextBuffer) {
        let region = RunSummary.rollupRegion(of: report.header)
        let regionLabel = [report.header?.regionCode, report.header?.regionName].compactMap { $0 }.joined(
            separator: " ")
        let status =
            report.hasInputError
            ? ("input-error", "输入错误") : report.findings.isEmpty ? ("clean", "通过") : ("findings", "有问题")
        fileRows +=
            "<tr class=\"\(status.0)\"><td><code>\(Self.escape(report.file))</code></td><td>\(Self.escape(regionLabel))</td>"
        fileRows +=
            "<td>\(report.pack.map { Self.escape($0.versionChain.map { "\($0.id)@\($0.version)" }.joined(separator: " → ")) } ?? "—")</td>"
        fileRows += "<td>\(report.findings.count)</td><td>\(report.suppressed.count)</td><td>\(status.1)</td></tr>\n"
        for finding in report.findings {
            topics.insert(finding.topic)
            if regions[region] == nil || report.header?.agreedRegion.map({ $0 == $0.rollupRegion }) == true {
                regions[region] = regionLabel
            }
            findingRows += row(finding, region: region, regionLabel: regionLabel)
        }
    }

    private func row(_ finding: Finding, region: String, regionLabel: String) -> String {
        var text =
            "<tr class=\"finding sev-\(finding.severity.rawValue)\" data-severity=\"\(finding.severity.rawValue)\""
        text += " data-topic=\"\(Self.escape(finding.topic.rawValue))\" data-region=\"\(Self.escape(region))\">"
        text +=
            "<td><code>\(Self.escape(finding.file))</code><br><span class=\"pos\">\(finding.location.line):\(finding.location.column)</span></td>"
        text += "<td><span class=\"badge \(finding.severity.rawValue)\">\(finding.severity.chineseName)</span></td>"
        text += "<td><code>\(Self.escape(finding.ruleID.rawValue))</code></td>"
        text += "<td title=\"\(Self.escape(finding.topic.summary))\">\(Self.escape(finding.topic.rawValue))</td>"
        text += "<td>\(Self.escape(regionLabel))</td><td>\(Self.escape(finding.message))"
        if let basis = finding.basis {
            text +=
                "<details><summary>依据\(Self.escape(basis.remarkText))：\(Self.escape(basis.document.title))"
            if let number = basis.document.number { text += "（\(Self.escape(number))）" }
            text +=
                " \(Self.escape(basis.section))</summary><blockquote>\(Self.escape(basis.quote))</blockquote></details>"
        }
        if let hint = finding.hint { text += "<div class=\"hint\">建议：\(Self.escape(hint))</div>" }
        return text + "</td></tr>\n"
    }

    public mutating func end(_ summary: RunSummary, into output: inout TextBuffer) {
        output += """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="qingdan \(Self.escape(toolVersion))">
            <title>清单合规检查报告</title>
            <style>\(Self.style)</style>
            </head>
            <body>
            <header><h1>清单合规检查报告</h1>
            <p class="meta">qingdan \(Self.escape(toolVersion)) · 规则包 \(summary.packChains.map(Self.escape).joined(separator: "、"))</p></header>
            <section class="cards">
            \(card(summary.files, "文件", "files"))\(card(summary.clean, "通过", "clean"))\(card(summary.withFindings, "有问题", "findings"))\(card(summary.inputErrors, "输入错误", "input-errors"))\(card(summary.count(.error), "错误", "errors"))\(card(summary.count(.warning), "警告", "warnings"))\(card(summary.suppressedTotal, "已豁免或在基线中", "suppressed"))
            </section>
            <section class="rollup">
            <div><h2>按地区</h2>\(Self.bars(summary.regionTotals.map { ("\($0.region)\($0.name.map { " \($0)" } ?? "")", $0.count) }, id: "chart-region"))</div>
            <div><h2>按类别</h2>\(Self.bars(summary.topicTotals.map { ($0.topic.summary, $0.count) }, id: "chart-topic"))</div>
            </section>
            <section>
            <h2>问题清单</h2>
            <div class="filters">
            <input id="q" type="search" placeholder="搜索文件、规则、消息、依据…" aria-label="搜索">
            <select id="severity" aria-label="严重程度"><option value="">全部级别</option><option value="error">错误</option><option value="warning">警告</option><option value="info">提示</option></select>
            <select id="topic" aria-label="类别"><option value="">全部类别</option>\(topics.sorted().map { "<option value=\"\(Self.escape($0.rawValue))\">\(Self.escape($0.rawValue)) \(Self.escape($0.summary))</option>" }.joined())</select>
            <select id="region" aria-label="地区"><option value="">全部地区</option>\(regions.keys.sorted().map { "<option value=\"\(Self.escape($0))\">\(Self.escape(regions[$0] ?? $0))</option>" }.joined())</select>
            <span id="shown"></span>
            </div>
            <table id="findings"><thead><tr><th>位置</th><th>级别</th><th>规则</th><th>类别</th><th>地区</th><th>问题与依据</th></tr></thead>
            <tbody>
            \(findingRows)</tbody></table>
            <p id="empty" hidden>没有符合条件的问题。</p>
            </section>
            <section>
            <h2>文件</h2>
            <table id="files"><thead><tr><th>文件</th><th>地区</th><th>规则包</th><th>问题</th><th>未计入</th><th>状态</th></tr></thead>
            <tbody>
            \(fileRows)</tbody></table>
            </section>
            <script>\(Self.script)</script>
            </body>
            </html>

            """
    }

    private func card(_ value: Int, _ label: String, _ id: String) -> String {
        "<div class=\"card\" id=\"card-\(id)\"><b>\(value)</b><span>\(label)</span></div>"
    }

    /// A horizontal bar chart as inline SVG.
    static func bars(_ entries: [(label: String, count: Int)], id: String) -> String {
        guard let largest = entries.map(\.count).max(), largest > 0 else { return "<p>没有问题。</p>" }
        let rowHeight = 24, labelWidth = 320, barWidth = 260
        var svg =
            "<svg id=\"\(id)\" class=\"chart\" role=\"img\" viewBox=\"0 0 \(labelWidth + barWidth + 60) \(entries.count * rowHeight + 4)\" "
        svg += "width=\"100%\" preserveAspectRatio=\"xMinYMin meet\">"
        for (index, entry) in entries.enumerated() {
            let y = index * rowHeight + 2
            let width = max(2, entry.count * barWidth / largest)
            let label = entry.label.count > 24 ? String(entry.label.prefix(23)) + "…" : entry.label
            svg +=
                "<text x=\"\(labelWidth - 6)\" y=\"\(y + 16)\" text-anchor=\"end\"><title>\(escape(entry.label))</title>\(escape(label))</text>"
            svg +=
                "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(width)\" height=\"\(rowHeight - 8)\" rx=\"3\"></rect>"
            svg += "<text x=\"\(labelWidth + width + 6)\" y=\"\(y + 16)\">\(entry.count)</text>"
        }
        return svg + "</svg>"
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

    static let style = """
        body{font-family:"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0;padding:24px 32px;color:#1f2328;background:#f6f8fa}
        h1{margin:0 0 4px;font-size:24px}h2{font-size:18px;margin:24px 0 8px}.meta{color:#57606a;margin:0}
        .cards{display:flex;flex-wrap:wrap;gap:12px;margin-top:16px}.card{background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:10px 16px;min-width:96px}
        .card b{display:block;font-size:24px}.card span{color:#57606a;font-size:13px}#card-errors b{color:#cf222e}#card-warnings b{color:#9a6700}#card-clean b{color:#1a7f37}
        .rollup{display:grid;grid-template-columns:repeat(auto-fit,minmax(420px,1fr));gap:16px}.rollup>div{background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:0 16px 12px}
        .chart text{font-size:12px;fill:#1f2328}.chart rect{fill:#0969da}
        .filters{display:flex;flex-wrap:wrap;gap:8px;align-items:center;margin-bottom:8px}.filters input{min-width:280px}
        input,select{font:inherit;padding:4px 8px;border:1px solid #d0d7de;border-radius:6px}#shown{color:#57606a}
        table{border-collapse:collapse;width:100%;background:#fff;font-size:14px}th,td{border:1px solid #d0d7de;padding:6px 8px;text-align:left;vertical-align:top}
        th{background:#f6f8fa}code{font-size:12px}.pos{color:#57606a}.hint{color:#57606a;margin-top:4px}
        blockquote{margin:4px 0 0;padding:4px 8px;border-left:3px solid #d0d7de;color:#424a53}
        .badge{border-radius:10px;padding:1px 8px;font-size:12px;color:#fff;white-space:nowrap}.badge.error{background:#cf222e}.badge.warning{background:#bf8700}.badge.info{background:#0969da}
        tr.input-error td:last-child{color:#cf222e}tr.findings td:last-child{color:#9a6700}tr.clean td:last-child{color:#1a7f37}
        """

    static let script = """
        (function () {
          var rows = Array.prototype.slice.call(document.querySelectorAll('#findings tbody tr'));
          var q = document.getElementById('q'), severity = document.getElementById('severity');
          var topic = document.getElementById('topic'), region = document.getElementById('region');
          var shown = document.getElementById('shown'), empty = document.getElementById('empty');
          function apply() {
            var text = q.value.trim().toLowerCase(), count = 0;
            rows.forEach(function (row) {
              var visible = (!severity.value || row.dataset.severity === severity.value)
                && (!topic.value || row.dataset.topic === topic.value)
                && (!region.value || row.dataset.region === region.value)
                && (!text || row.textContent.toLowerCase().indexOf(text) >= 0);
              row.hidden = !visible;
              if (visible) { count += 1; }
            });
            shown.textContent = '显示 ' + count + ' / ' + rows.length + ' 个问题';
            empty.hidden = count > 0;
          }
          [q, severity, topic, region].forEach(function (control) { control.addEventListener('input', apply); });
          apply();
          document.body.dataset.ready = 'true';
        })();
        """
}
