/// Chinese explanations, with a hint, for the syntax errors libyaml reports, placed where the
/// drafter has to edit: libyaml notices a missing colon or quote only on a later line, and names
/// the place it began (its context mark) beside it.
enum SyntaxMessages {
    /// What libyaml said, in its own words, and where.
    struct Report {
        var problem: String
        var context: String?
        var location: SourceLocation
        var contextLocation: SourceLocation?
    }

    static func explain(_ report: Report, in source: SourceFile) -> (message: String, hint: String, at: SourceLocation)
    {
        let english = report.problem
        let context = report.context ?? ""
        var location = report.location
        let line = source.lineText(location.line) ?? ""
        let hasTab = line.contains("\t")
        let opened = report.contextLocation
        let atEnd = location.offset >= source.bytes.count || (source.lineText(location.line) ?? "").isEmpty
        func place(_ location: SourceLocation) -> String { "第 \(location.line) 行第 \(location.column) 列" }
        if english.contains("did not find expected key") || english.contains("did not find expected '-' indicator")
            || english.contains("mapping values are not allowed"),
            let advice = IndentationAdvice.advice(line: location.line, in: source)
        {
            let indent = (source.lineText(location.line) ?? "").prefix { $0 == " " }.count
            let start = source.location(ofColumn: indent + 1, onLine: location.line) ?? location
            return (advice.message, advice.hint, start)
        }
        switch english {
        case let text where text.contains("mapping values are not allowed"):
            return (
                "这里不能出现「键: 值」", "值里含有「: 」时给整个值加引号；也可能是这一行或上一行的缩进不对", location
            )
        case let text where text.contains("tab character") || (text.contains("cannot start any token") && hasTab):
            return ("用了 Tab 缩进", "YAML 不能用 Tab 缩进，请改用空格", location)
        case let text where text.contains("cannot start any token"):
            return ("出现了不能开始一个值的字符", "以 @、` 或 % 开头的值要加引号", location)
        case let text where text.contains("did not find expected key"):
            return ("缩进不一致，没有找到预期的键", "同一层的键要从同一列开始", location)
        case let text where text.contains("did not find expected '-' indicator"):
            return ("列表项的缩进不一致", "同一个列表的「- 」要从同一列开始", location)
        case let text where text.contains("could not find expected ':'"):
            // libyaml sees the line without a colon only at the next line: the line to edit is
            // the one the key started on.
            let tooLong = location.column > 1024
            if let opened, context.contains("simple key") { location = opened }
            if tooLong {
                return ("键太长：YAML 的键不能超过 1024 个字符", "键应是简短的名称；长文本写在「键: 值」的值里", location)
            }
            let keyLine = source.lineText(location.line) ?? ""
            if let colon = fullWidthColonColumn(in: keyLine, from: location.column) {
                location = source.location(ofColumn: colon, onLine: location.line) ?? location
                return (
                    "这一行用了全角冒号「：」", "YAML 的键和值之间要用半角冒号「:」加一个空格；键要用申报格式里的英文键名", location
                )
            }
            return ("这一行缺少冒号", "键后面要写半角冒号「:」和一个空格；不是键的文字要接在上一行的值后面，或加引号", location)
        case let text where text.contains("end of stream") && context.contains("quoted"):
            if let opened { location = opened }
            return ("引号没有闭合：这里开始的引号直到文件末尾都没有配对的引号", "在值的末尾补上同样的引号", location)
        case let text where text.contains("block sequence entries are not allowed"):
            return ("这里不能开始列表", "「- 」开头的列表项要另起一行，并比上一级多缩进", location)
        case let text
        where text.contains("did not find expected ',' or ']'") || text.contains("did not find expected ',' or '}'"):
            let bracket = text.contains("]") ? "方括号" : "花括号"
            if let opened, atEnd {
                return (
                    "\(place(opened))开始的\(bracket)没有闭合", "检查 [ ] 或 { } 是否成对，元素之间是否用半角逗号分隔",
                    opened
                )
            }
            return (
                "\(bracket)里这里缺少半角逗号或右括号" + (opened.map { "（\(bracket)从\(place($0))开始）" } ?? ""),
                "检查 [ ] 或 { } 是否成对，元素之间是否用半角逗号分隔", location
            )
        case let text where text.contains("did not find expected node content") && atEnd && context.contains("flow"):
            return ("文件在方括号或花括号里结束了：有括号没有闭合", "检查 [ ] 或 { } 是否成对，元素之间是否用半角逗号分隔", location)
        case let text where text.contains("did not find expected node content"):
            return ("这里缺少一个值", "检查是否多写了逗号、冒号或「- 」", location)
        default:
            return ("YAML 语法错误", "检查这一行和上一行的缩进、冒号和引号", location)
        }
    }

    /// The column of the first `：` on a line at or after `column`.
    static func fullWidthColonColumn(in line: String, from column: Int) -> Int? {
        var current = 1
        for scalar in line.unicodeScalars {
            if current >= column && scalar == "：" { return current }
            current += 1
        }
        return nil
    }
}

extension SourceFile {
    /// The location of a column (1-based, in Unicode scalars) on a line.
    func location(ofColumn column: Int, onLine line: Int) -> SourceLocation? {
        var current = 1
        var offset = byteOrderMarkLength
        while current < line, offset < bytes.count {
            if bytes[offset] == 0x0A { current += 1 }
            offset += 1
        }
        guard current == line else { return nil }
        var at = 1
        while at < column, offset < bytes.count, bytes[offset] != 0x0A {
            offset += UTF8Width.of(leadByte: bytes[offset])
            at += 1
        }
        return SourceLocation(line: line, column: at, offset: offset)
    }
}
