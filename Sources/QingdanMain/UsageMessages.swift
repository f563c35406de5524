/// swift-argument-parser words its usage errors in English; a drafter reads Chinese. These are
/// the messages it gives for the arguments Qingdan declares, reworded line by line. A message
/// with no match is left as it is.
enum UsageMessages {
    static func chinese(_ message: String) -> String {
        message.split(separator: "\n", omittingEmptySubsequences: false).map { chinese(line: String($0)) }
            .joined(separator: "\n")
    }

    private static func chinese(line: String) -> String {
        var line = line
        if line.hasPrefix("Error: ") { line = "错误：" + line.dropFirst("Error: ".count) }
        if line.hasPrefix("Help:  ") { line = "说明：" + line.dropFirst("Help:  ".count) }
        if line.hasPrefix("Usage: ") { line = "用法：" + line.dropFirst("Usage: ".count) }
        line.replace(#/The value '(.+?)' is invalid for '(.+?)'\. Please provide one of the following:/#) { match in
            "「\(match.1)」不是 \(match.2) 可用的值，可用："
        }
        line.replace(#/The value '(.+?)' is invalid for '(.+?)'\. Please provide one of (.+)\.$/#) { match in
            "「\(match.1)」不是 \(match.2) 可用的值，可用：" + listing(String(match.3))
        }
        line.replace(#/The value '(.+?)' is invalid for '(.+?)'/#) { match in "「\(match.1)」不是 \(match.2) 的有效值" }
        line.replace(#/Unknown option '(.+?)'\.?/#) { match in "未知的选项「\(match.1)」；" }
        line.replace(#/ ?Did you mean '(.+?)'\?/#) { match in "是否想写「\(match.1)」？" }
        line.replace(#/Missing expected argument '(.+?)'/#) { match in "缺少参数 \(match.1)" }
        line.replace(#/Missing value for '(.+?)'/#) { match in "选项 \(match.1) 缺少值" }
        line.replace(#/Unexpected argument '(.+?)'/#) { match in "多余的参数「\(match.1)」" }
        line.replace(#/See '(.+?)' for more information\./#) { match in "运行 `\(match.1)` 查看说明。" }
        if line.hasSuffix("；") { line.removeLast() }
        return line
    }

    /// `'error', 'warning' or 'never'` as 「error、warning、never」.
    private static func listing(_ english: String) -> String {
        english.replacing("' or '", with: "、").replacing("', '", with: "、").replacing("'", with: "")
    }
}
