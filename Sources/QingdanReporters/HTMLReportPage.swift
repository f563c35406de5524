/// The fixed parts of the HTML report: the controls, the style and the script that renders the
/// findings and files from the page's JSON (`HTMLReporter` writes the data).
///
/// The data: `severities`, `topics`, `regions` (roll-up regions: key, name or null), `chains`
/// (pack version chains) and `messages` are tables; `rules` rows are id, title, pack, hint,
/// document, number, section, quote, remarks; `files` rows are path, region code, region name,
/// roll-up region, chain, findings, suppressed, status (0 通过, 1 有问题, 2 输入错误);
/// `findings` rows are file, line, column, severity, rule, topic, message (indexes into the
/// tables), fingerprint and, for a filing read from a workbook, the cell (`协助事项!B12`).
///
/// The page marks itself on `body`: `data-ready="true"` after the first render; `data-findings`
/// (all findings), `data-shown` (those the filters let through), `data-rows` (rows rendered: one
/// page) and `data-page-size`; `data-filtered` counts the searches run, `data-filter-start` is
/// when the last began (`performance.now()`): what `Tests/Tools/html_*` read.
enum HTMLReportPage {
    static let debounceMilliseconds = 150

    static let body = """
        <section id="problems">
        <h2>问题清单</h2>
        <noscript><p>问题清单和文件列表由页面脚本显示，请允许本页运行脚本。</p></noscript>
        <div class="filters">
        <input id="q" type="search" placeholder="搜索文件、地区、规则、消息、依据…" aria-label="搜索">
        <select id="severity" aria-label="严重程度"><option value="">全部级别</option></select>
        <select id="topic" aria-label="类别"><option value="">全部类别</option></select>
        <select id="region" aria-label="地区"><option value="">全部地区</option></select>
        <select id="sort" aria-label="排序"></select>
        <button type="button" id="csv">导出筛选结果（CSV）</button>
        </div>
        <p class="count"><span id="shown" aria-live="polite"></span> <select id="page-size" aria-label="每页条数"><option value="25">每页 25 条</option><option value="50" selected>每页 50 条</option><option value="100">每页 100 条</option><option value="200">每页 200 条</option></select></p>
        <table id="findings" class="list" role="table"><thead><tr role="row"><th role="columnheader" data-sort="file">文件</th><th role="columnheader" data-sort="line">行:列</th><th role="columnheader" data-sort="severity">级别</th><th role="columnheader" data-sort="rule">规则</th><th role="columnheader" data-sort="topic">类别</th><th role="columnheader" data-sort="region">地区</th><th role="columnheader">问题与依据</th></tr></thead>
        <tbody></tbody></table>
        <p id="empty" hidden>没有符合条件的问题。</p>
        <nav class="pager" id="findings-pager" aria-label="问题清单分页"></nav>
        <p class="print-note" id="findings-print"></p>
        </section>
        <section id="files-section">
        <h2>文件</h2>
        <div class="filters"><label><input type="checkbox" id="problem-files"> 只看有问题的文件</label></div>
        <p id="files-shown" class="count"></p>
        <table id="files" class="list" role="table"><thead><tr role="row"><th role="columnheader">文件</th><th role="columnheader">地区</th><th role="columnheader">规则包</th><th role="columnheader">问题</th><th role="columnheader">未计入</th><th role="columnheader">状态</th></tr></thead>
        <tbody></tbody></table>
        <nav class="pager" id="files-pager" aria-label="文件分页"></nav>
        <p class="print-note" id="files-print"></p>
        </section>
        """

    static let style = """
        *{box-sizing:border-box}
        body{font-family:"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0;padding:24px 32px;color:#1f2328;background:#f6f8fa;overflow-wrap:anywhere}
        h1{margin:0 0 4px;font-size:24px}h2{font-size:18px;margin:24px 0 8px}.meta{color:#57606a;margin:0}
        .cards{display:flex;flex-wrap:wrap;gap:12px;margin-top:16px}.card{background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:10px 16px;min-width:96px}
        .card b{display:block;font-size:24px}.card span{color:#57606a;font-size:13px}#card-errors b{color:#cf222e}#card-warnings b{color:#9a6700}#card-clean b{color:#1a7f37}
        .rollup{margin-top:16px;display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,420px),1fr));gap:16px}.rollup>div{background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:0 16px 12px;min-width:0}
        .bars{list-style:none;margin:0;padding:0;font-size:13px}.bars li{display:grid;grid-template-columns:minmax(0,40%) 1fr auto;gap:8px;align-items:center;padding:2px 0}
        .bars .label{overflow:hidden;text-overflow:ellipsis;white-space:nowrap;text-align:right}.bars .bar{display:block;height:14px}.bars i{display:block;height:100%;background:#0969da;border-radius:3px;min-width:2px}
        .filters{display:flex;flex-wrap:wrap;gap:8px;align-items:center;margin-bottom:8px}.filters input[type=search]{flex:1 1 280px;min-width:0}
        input,select,button{font:inherit;padding:4px 8px;border:1px solid #d0d7de;border-radius:6px;background:#fff;max-width:100%}button{cursor:pointer}button:disabled{cursor:default;color:#8c959f}
        .count{color:#57606a;margin:4px 0 8px}#sort{display:none}
        table.list,table.list thead,table.list tbody{display:block;width:100%;font-size:14px}
        table.list tr{display:grid;grid-template-columns:var(--columns);background:#fff;border:1px solid #d0d7de;border-top:0}
        table.list thead tr{border-top:1px solid #d0d7de;background:#f6f8fa}table.list tbody tr{content-visibility:auto;contain-intrinsic-size:auto 96px}
        table.list th,table.list td{display:block;min-width:0;padding:6px 8px;text-align:left;border-left:1px solid #d0d7de}table.list th:first-child,table.list td:first-child{border-left:0}
        #findings{--columns:minmax(0,1.4fr) 5.5em 4.5em minmax(0,1.3fr) minmax(0,1fr) minmax(0,1fr) minmax(0,3.2fr)}#files{--columns:minmax(0,2fr) minmax(0,1.5fr) minmax(0,2fr) 4em 4.5em 5.5em}
        th{white-space:nowrap}th[data-sort]{cursor:pointer;user-select:none}th[aria-sort=ascending]::after{content:" ▲"}th[aria-sort=descending]::after{content:" ▼"}
        code{font-size:12px}.pos{color:#57606a;white-space:nowrap}.title{color:#57606a;font-size:12px}.hint{color:#57606a;margin-top:4px}.sub{color:#57606a;font-size:12px}
        blockquote{margin:4px 0 0;padding:4px 8px;border-left:3px solid #d0d7de;color:#424a53}summary{cursor:pointer;color:#424a53}
        .badge{border-radius:10px;padding:1px 8px;font-size:12px;color:#fff;white-space:nowrap}.badge.error{background:#cf222e}.badge.warning{background:#bf8700}.badge.info{background:#0969da}
        .status-2{color:#cf222e}.status-1{color:#9a6700}.status-0{color:#1a7f37}
        .pager{display:flex;flex-wrap:wrap;gap:8px;align-items:center;margin:8px 0}.pager span{color:#57606a}.print-note{display:none}
        @media (max-width:720px){
        body{padding:12px}.rollup>div{padding:0 10px 10px}#sort{display:inline-block}
        table.list thead{display:none}table.list tr{display:block;border:1px solid #d0d7de;border-radius:8px;margin-bottom:8px;padding:6px 10px}
        table.list td{border-left:0;padding:2px 0}table.list td[data-label]::before{content:attr(data-label) "：";color:#57606a;font-size:12px}
        }
        @media print{
        body{background:#fff;padding:0}.filters,.pager,noscript,#sort{display:none!important}.print-note{display:block;color:#57606a}
        .card,.rollup>div{break-inside:avoid}tr{break-inside:avoid}table.list tbody tr{content-visibility:visible}details>summary{list-style:none}
        }
        """

    static let script = """
        (function () {
          'use strict';
          var data = JSON.parse(document.getElementById('data').textContent);
          var findings = data.findings, files = data.files, rules = data.rules, topics = data.topics;
          var regions = data.regions, messages = data.messages, severities = data.severities, chains = data.chains;
          var body = document.body, total = findings.length;
          var PRINT_LIMIT = 2000, DEBOUNCE = Number(body.dataset.debounceMs);
          var STATUS = ['通过', '有问题', '输入错误'];
          function $(id) { return document.getElementById(id); }
          var ESCAPES = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'};
          function esc(text) { return String(text).replace(/[&<>"']/g, function (c) { return ESCAPES[c]; }); }
          function regionName(file) { return file[2] || file[1] || '—'; }
          function regionLabel(index) { var r = regions[index]; return r[1] ? r[1] + '（' + r[0] + '）' : r[0]; }
          function remarks(rule) { return rule[8] ? '（' + rule[8] + '）' : ''; }
          function options(select, labels) {
            select.insertAdjacentHTML('beforeend', labels.map(function (label, index) {
              return '<option value="' + index + '">' + esc(label) + '</option>';
            }).join(''));
          }

          // A list shown a page at a time; in print, every item when there are few enough.
          function Pages(name, tbody, render, pager, note) {
            this.items = []; this.page = 0; this.size = 50; this.name = name;
            this.tbody = tbody; this.render = render; this.pager = pager; this.note = note;
            pager.addEventListener('click', this.click.bind(this));
          }
          Pages.prototype.pages = function () { return Math.max(1, Math.ceil(this.items.length / this.size)); };
          Pages.prototype.show = function (items) {
            this.items = items;
            this.page = 0;
            this.draw(false);
          };
          Pages.prototype.draw = function (printing) {
            var all = printing && this.items.length <= PRINT_LIMIT;
            var start = all ? 0 : this.page * this.size;
            var end = all ? this.items.length : Math.min(this.items.length, start + this.size);
            var html = [];
            for (var k = start; k < end; k++) { html.push(this.render(this.items[k], printing)); }
            this.tbody.innerHTML = html.join('');
            this.rows = end - start;
            var pages = this.pages(), at = this.page + 1;
            this.pager.innerHTML = pages < 2 ? '' :
              '<button type="button" data-go="0"' + (at === 1 ? ' disabled' : '') + '>首页</button>' +
              '<button type="button" data-go="' + (at - 2) + '"' + (at === 1 ? ' disabled' : '') + '>上一页</button>' +
              '<span>第 ' + at + ' / ' + pages + ' 页（第 ' + (start + 1) + '–' + end + ' 条）</span>' +
              '<button type="button" data-go="' + at + '"' + (at === pages ? ' disabled' : '') + '>下一页</button>' +
              '<button type="button" data-go="' + (pages - 1) + '"' + (at === pages ? ' disabled' : '') + '>末页</button>';
            this.note.textContent = all || pages < 2 ? '打印内容：全部 ' + this.items.length + ' 条' + this.name + '。' :
              '共 ' + this.items.length + ' 条' + this.name + '，多于 ' + PRINT_LIMIT + ' 条，只打印了第 ' + at + ' 页（第 ' +
              (start + 1) + '–' + end + ' 条）；要打印全部，请先筛选到 ' + PRINT_LIMIT + ' 条以内。';
          };
          Pages.prototype.click = function (event) {
            var go = event.target.getAttribute('data-go');
            if (go === null || event.target.disabled) { return; }
            this.page = Number(go);
            this.draw(false);
            this.tbody.parentNode.scrollIntoView({block: 'start'});
          };

          function findingRow(i, printing) {
            var f = findings[i], file = files[f[0]], rule = rules[f[4]], topic = topics[f[5]], severity = severities[f[3]];
            var html = '<tr class="finding sev-' + severity[0] + '" role="row"><td role="cell" data-label="文件"><code>' + esc(file[0]) + '</code></td>' +
              '<td role="cell" data-label="行:列" class="pos">' + (f[8] ? esc(f[8]) : f[1] + ':' + f[2]) + '</td>' +
              '<td role="cell" data-label="级别"><span class="badge ' + severity[0] + '">' + severity[1] + '</span></td>' +
              '<td role="cell" data-label="规则"' + (rule[2] ? ' title="规则包 ' + esc(rule[2]) + '"' : '') + '><code>' + esc(rule[0]) + '</code>' +
              (rule[1] ? '<div class="title">' + esc(rule[1]) + '</div>' : '') + '</td>' +
              '<td role="cell" data-label="类别" title="' + esc(topic[0]) + '">' + esc(topic[1]) + '</td>' +
              '<td role="cell" data-label="地区"' + (file[1] ? ' title="' + esc(file[1]) + '"' : '') + '>' + esc(regionName(file)) + '</td>' +
              '<td role="cell" data-label="问题">' + esc(messages[f[6]]);
            if (rule[4] !== null) {
              // The quote is added when the details are opened (or printed): fewer nodes to lay out.
              html += '<details data-rule="' + f[4] + '"' + (printing ? ' open' : '') + '><summary>依据' + esc(remarks(rule)) + '：' +
                esc(rule[4]) + (rule[5] ? '（' + esc(rule[5]) + '）' : '') + ' ' + esc(rule[6]) + '</summary>' +
                (printing ? quote(rule) : '') + '</details>';
            }
            if (rule[3]) { html += '<div class="hint">建议：' + esc(rule[3]) + '</div>'; }
            return html + '</td></tr>';
          }

          function quote(rule) { return '<blockquote>' + esc(rule[7]) + '</blockquote>'; }
          document.querySelector('#findings tbody').addEventListener('toggle', function (event) {
            var details = event.target;
            if (details.open && details.dataset.rule && !details.querySelector('blockquote')) {
              details.insertAdjacentHTML('beforeend', quote(rules[Number(details.dataset.rule)]));
            }
          }, true);

          function fileRow(index) {
            var file = files[index];
            return '<tr class="file status-' + file[7] + '" role="row"><td role="cell" data-label="文件"><code>' + esc(file[0]) + '</code></td>' +
              '<td role="cell" data-label="地区">' + esc(regionName(file)) + (file[1] && file[2] ? ' <span class="sub">' + esc(file[1]) + '</span>' : '') + '</td>' +
              '<td role="cell" data-label="规则包">' + (file[4] === null ? '—' : esc(chains[file[4]])) + '</td>' +
              '<td role="cell" data-label="问题">' + file[5] + '</td><td role="cell" data-label="未计入">' + file[6] + '</td>' +
              '<td role="cell" data-label="状态" class="status-' + file[7] + '">' + STATUS[file[7]] + '</td></tr>';
          }

          // Sorting: a finding's key is its column's rank times the number of findings plus its
          // place in the report, so equal values keep report order and one numeric sort suffices.
          var collator = new Intl.Collator('zh-CN');
          function ranks(values, compare) {
            var order = values.map(function (_, i) { return i; });
            order.sort(function (a, b) { return compare(values[a], values[b]) || a - b; });
            var rank = new Int32Array(values.length), r = -1;
            for (var k = 0; k < order.length; k++) {
              if (k === 0 || compare(values[order[k]], values[order[k - 1]]) !== 0) { r++; }
              rank[order[k]] = r;
            }
            return rank;
          }
          function byCode(a, b) { return a < b ? -1 : a > b ? 1 : 0; }
          var COLUMNS = {
            file: ['文件', function () { var r = ranks(files.map(function (f) { return f[0]; }), byCode); return function (f) { return r[f[0]]; }; }],
            line: ['行', function () { return function (f) { return f[1]; }; }],
            severity: ['级别', function () { return function (f) { return f[3]; }; }],
            rule: ['规则', function () { var r = ranks(rules.map(function (x) { return x[0]; }), byCode); return function (f) { return r[f[4]]; }; }],
            topic: ['类别', function () { var r = ranks(topics.map(function (x) { return x[1]; }), collator.compare); return function (f) { return r[f[5]]; }; }],
            // By region code, the order of the official code lists: counties together, villages within.
            region: ['地区', function () { var r = ranks(files.map(function (x) { return (x[1] || '\\uffff') + ' ' + regionName(x); }), byCode); return function (f) { return r[f[0]]; }; }]
          };
          var sortSelect = $('sort');
          Object.keys(COLUMNS).forEach(function (key) {
            sortSelect.insertAdjacentHTML('beforeend', '<option value="' + key + '">按' + COLUMNS[key][0] + '排序（升序）</option>' +
              '<option value="-' + key + '">按' + COLUMNS[key][0] + '排序（降序）</option>');
          });
          var sortKey = 'file', descending = false, order = null;
          function sort() {
            var key = COLUMNS[sortKey][1](), keys = new Float64Array(total), top = 0, k;
            for (k = 0; k < total; k++) { keys[k] = key(findings[k]); if (keys[k] > top) { top = keys[k]; } }
            for (k = 0; k < total; k++) { keys[k] = (descending ? top - keys[k] : keys[k]) * total + k; }
            keys.sort();
            order = new Int32Array(total);
            for (k = 0; k < total; k++) { order[k] = keys[k] % total; }
            sortSelect.value = (descending ? '-' : '') + sortKey;
            Array.prototype.forEach.call(document.querySelectorAll('#findings th[data-sort]'), function (th) {
              if (th.dataset.sort === sortKey) { th.setAttribute('aria-sort', descending ? 'descending' : 'ascending'); } else { th.removeAttribute('aria-sort'); }
            });
          }

          // Search: every word typed must appear in the finding's message, its rule (id, title,
          // pack, hint, basis), its file (path, region) or its topic. Each table is searched once
          // per word, then findings look their entries up.
          var haystacks = null;
          function lower(rows, pick) { return rows.map(function (row) { return pick(row).join('\\n').toLowerCase(); }); }
          function hits(table, word) {
            var hit = new Uint8Array(table.length);
            for (var k = 0; k < table.length; k++) { if (table[k].indexOf(word) >= 0) { hit[k] = 1; } }
            return hit;
          }
          function prepareSearch() {
            if (!haystacks) {
              haystacks = {
                message: messages.map(function (m) { return m.toLowerCase(); }),
                rule: lower(rules, function (r) { return r.map(function (x) { return x || ''; }); }),
                file: lower(files, function (f) { return [f[0], f[1] || '', f[2] || '', regions[f[3]][1] || '']; }),
                topic: lower(topics, function (t) { return t; })
              };
            }
          }
          function search(words) {
            if (words.length) { prepareSearch(); }
            return words.map(function (word) {
              return {message: hits(haystacks.message, word), rule: hits(haystacks.rule, word), file: hits(haystacks.file, word), topic: hits(haystacks.topic, word)};
            });
          }

          var q = $('q'), severity = $('severity'), topic = $('topic'), region = $('region'), shown = $('shown');
          options(severity, severities.map(function (s) { return s[1]; }));
          options(topic, topics.map(function (t) { return t[1]; }));
          var regionOrder = regions.map(function (_, i) { return i; }).sort(function (a, b) { return byCode(regions[a][0], regions[b][0]); });
          region.insertAdjacentHTML('beforeend', regionOrder.map(function (i) {
            return '<option value="' + i + '">' + esc(regionLabel(i)) + '</option>';
          }).join(''));

          var list = new Pages('问题', document.querySelector('#findings tbody'), findingRow, $('findings-pager'), $('findings-print'));
          var filtered = 0;
          function apply() {
            body.dataset.filterStart = performance.now();
            var words = q.value.trim().toLowerCase().split(/\\s+/).filter(Boolean), found = search(words);
            var s = severity.value === '' ? -1 : Number(severity.value), t = topic.value === '' ? -1 : Number(topic.value);
            var r = region.value === '' ? -1 : Number(region.value);
            var items = new Int32Array(total), n = 0;
            outer: for (var k = 0; k < total; k++) {
              var i = order[k], f = findings[i];
              if ((s >= 0 && f[3] !== s) || (t >= 0 && f[5] !== t) || (r >= 0 && files[f[0]][3] !== r)) { continue; }
              for (var w = 0; w < found.length; w++) {
                var hit = found[w];
                if (!(hit.message[f[6]] || hit.rule[f[4]] || hit.file[f[0]] || hit.topic[f[5]])) { continue outer; }
              }
              items[n++] = i;
            }
            list.show(items.subarray(0, n));
            shown.textContent = '显示 ' + n + ' / ' + total + ' 个问题';
            $('empty').hidden = n > 0;
            body.dataset.shown = n;
            body.dataset.rows = list.rows;
            body.dataset.filtered = ++filtered;
          }
          var timer = null;
          q.addEventListener('input', function () {
            clearTimeout(timer);
            timer = setTimeout(apply, DEBOUNCE);
          });
          [severity, topic, region].forEach(function (control) { control.addEventListener('change', apply); });
          function sortBy(key, desc) { sortKey = key; descending = desc; sort(); apply(); }
          document.querySelector('#findings thead').addEventListener('click', function (event) {
            var key = event.target.dataset && event.target.dataset.sort;
            if (key) { sortBy(key, key === sortKey ? !descending : false); }
          });
          sortSelect.addEventListener('change', function () {
            var value = sortSelect.value;
            sortBy(value.replace('-', ''), value.charAt(0) === '-');
          });

          var fileList = new Pages('文件', document.querySelector('#files tbody'), fileRow, $('files-pager'), $('files-print'));
          var problemFiles = $('problem-files');
          function showFiles() {
            var items = [];
            for (var k = 0; k < files.length; k++) { if (!problemFiles.checked || files[k][7] !== 0) { items.push(k); } }
            fileList.show(items);
            $('files-shown').textContent = '显示 ' + items.length + ' / ' + files.length + ' 个文件';
          }
          problemFiles.addEventListener('change', showFiles);

          // CSV of the rows the filters let through, in their order, with a byte order mark for
          // Excel. Region codes and fingerprints are written after a tab: a spreadsheet would
          // otherwise read 500112104201 as the number 5.00112E+11 and a fingerprint such as
          // 1234e567… in scientific notation. A tab keeps the cell text without making it a
          // formula (="…" is one); a cell that begins with = + - @ gets an apostrophe, as in
          // qingdan's CSV report, so a spreadsheet does not run it.
          function cell(text, asText) {
            text = text === null || text === undefined ? '' : String(text);
            if (asText && text) { text = '\\t' + text; } else if (/^[=+\\-@]/.test(text)) { text = "'" + text; }
            return /[",\\r\\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
          }
          $('csv').addEventListener('click', function () {
            var lines = ['文件,行,列,严重程度,规则,规则标题,类别,消息,建议,依据文件,文号,条款,引文,核实状态,区划代码,地区,规则包,指纹'];
            var items = list.items;
            for (var k = 0; k < items.length; k++) {
              var f = findings[items[k]], file = files[f[0]], rule = rules[f[4]];
              lines.push([cell(file[0]), f[1], f[2], severities[f[3]][1], cell(rule[0]), cell(rule[1]), cell(topics[f[5]][1]),
                cell(messages[f[6]]), cell(rule[3]), cell(rule[4]), cell(rule[5]), cell(rule[6]), cell(rule[7]),
                rule[4] === null ? '' : cell(rule[8] || '已核实'), cell(file[1], true), cell(file[2]), cell(rule[2]),
                cell(f[7], true)].join(','));
            }
            var blob = new Blob(['\\ufeff' + lines.join('\\r\\n') + '\\r\\n'], {type: 'text/csv;charset=utf-8'});
            var link = document.createElement('a');
            link.href = URL.createObjectURL(blob);
            link.download = '清单合规检查问题.csv';
            document.body.appendChild(link);
            link.click();
            link.remove();
            setTimeout(function () { URL.revokeObjectURL(link.href); }, 10000);
          });

          window.addEventListener('beforeprint', function () { list.draw(true); fileList.draw(true); });
          window.addEventListener('afterprint', function () { list.draw(false); fileList.draw(false); });

          $('page-size').addEventListener('change', function () {
            list.size = Number(this.value);
            list.show(list.items);
            body.dataset.rows = list.rows;
          });

          sort();
          apply();
          showFiles();
          body.dataset.findings = total;
          body.dataset.pageSize = list.size;
          body.dataset.ready = 'true';
          // The search's lower-cased tables, made while the reader looks at the first page.
          (window.requestIdleCallback || setTimeout)(prepareSearch);
        })();
        """
}
