/// Chinese explanations, with a fix, for the syntax errors drafters meet most. The libyaml
/// wording stays in the message so the text can still be searched for.
enum SyntaxMessages {
    static func explain(_ english: String, at location: SourceLocation, in source: SourceFile) -> (String, String) {
        let line = source.lineText(location.line) ?? ""
        let hasTab = line.contains("\t")
        let previous = location.line > 1 ? source.lineText(location.line - 1) ?? "" : ""
        let fullWidthColonHint =
            (line + previous).contains("：")
            ? "这里用了全角冒号「：」；YAML 的键和值之间要用半角冒号「:」加一个空格" : nil
        let (chinese, hint): (String, String) =
            switch english {
            case let text where text.contains("mapping values are not allowed"):
                ("这里不能出现「键: 值」", "值里含有「: 」时给整个值加引号；也可能是上一行的缩进不对")
            case let text where text.contains("tab character") || (text.contains("cannot start any token") && hasTab):
                ("用了 Tab 缩进", "YAML 不能用 Tab 缩进，请改用空格")
            case let text where text.contains("cannot start any token"):
                ("出现了不能开始一个值的字符", "以 @、` 或 % 开头的值要加引号")
            case let text where text.contains("did not find expected key"):
                ("缩进不一致，没有找到预期的键", "同一层的键要从同一列开始")
            case let text where text.contains("did not find expected '-' indicator"):
                ("列表项的缩进不一致", "同一个列表的「- 」要从同一列开始")
            case let text where text.contains("could not find expected ':'") && location.column > 1024:
                ("键太长：YAML 的键不能超过 1024 个字符", "键应是简短的名称；长文本写在「键: 值」的值里")
            case let text where text.contains("could not find expected ':'"):
                ("缺少冒号", "键后面要写半角冒号「:」和一个空格")
            case let text where text.contains("end of stream") && text.contains("quoted"):
                ("引号没有闭合", "检查这一处的引号是否成对")
            case let text where text.contains("block sequence entries are not allowed"):
                ("这里不能开始列表", "「- 」开头的列表项要另起一行，并比上一级多缩进")
            case let text
            where text.contains("did not find expected ',' or ']'") || text.contains("did not find expected ',' or '}'"):
                ("方括号或花括号没有闭合", "检查 [ ] 或 { } 是否成对，元素之间是否用半角逗号分隔")
            case let text where text.contains("did not find expected node content"):
                ("这里缺少一个值", "检查是否多写了逗号、冒号或「- 」")
            default:
                ("YAML 语法错误", "检查这一行和上一行的缩进、冒号和引号")
            }
        return ("\(chinese)（libyaml: \(english)）", fullWidthColonHint ?? hint)
    }
}
