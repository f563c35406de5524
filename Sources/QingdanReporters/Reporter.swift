import QingdanCore
import QingdanPluginAPI

/// Renders a run in one output format, file by file as the run goes, so that a run over many
/// thousands of filings needs no more memory than one. One reporter per file, each golden-tested.
public protocol Reporter {
    /// Output that precedes the first file.
    mutating func begin(into output: inout TextBuffer)
    /// One file's report, in input order.
    mutating func add(_ report: FileReport, into output: inout TextBuffer)
    /// Output that follows the last file.
    mutating func end(_ summary: RunSummary, into output: inout TextBuffer)
}

/// What reporters may need beyond the reports: the tool's version and every rule.
public struct ReportContext: Sendable {
    public let toolVersion: String
    /// Every rule of every pack, for formats that list rules (SARIF) or cite their titles (HTML).
    public let rules: [Rule]
    public let colour: Bool

    public init(toolVersion: String, rules: [Rule], colour: Bool = false) {
        self.toolVersion = toolVersion
        self.rules = rules
        self.colour = colour
    }
}

/// The output formats `--format` and `--report` can name.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text, json, sarif, junit, github, gitlab, markdown, csv, html, xlsx

    /// Whether the format is bytes a terminal cannot show (a workbook).
    public var isBinary: Bool { self == .xlsx }

    public func reporter(_ context: ReportContext) -> any Reporter {
        switch self {
        case .text: TextReporter(colour: context.colour)
        case .json: JSONReporter(toolVersion: context.toolVersion)
        case .sarif: SARIFReporter(context: context)
        case .junit: JUnitReporter()
        case .github: GitHubReporter()
        case .gitlab: GitLabReporter()
        case .markdown: MarkdownReporter()
        case .csv: CSVReporter()
        case .html: HTMLReporter(toolVersion: context.toolVersion, rules: context.rules)
        case .xlsx: XLSXReporter(toolVersion: context.toolVersion)
        }
    }
}

public enum Reporters {
    /// Renders whole reports at once (tests, small runs).
    public static func render(_ reports: [FileReport], with reporter: inout some Reporter, toolVersion: String)
        -> String
    {
        var output = TextBuffer()
        var summary = RunSummary(toolVersion: toolVersion)
        reporter.begin(into: &output)
        for report in reports {
            reporter.add(report, into: &output)
            summary.add(report)
        }
        reporter.end(summary, into: &output)
        return output.string
    }
}

extension Finding {
    /// `《文件》（文号） 条款：「引文」`, with the basis's remarks: （未核实）, （依据为征求意见稿）, （施行日期未核实）.
    public var citation: String? {
        guard let basis else { return nil }
        var text = basis.document.title
        if let number = basis.document.number { text += "（\(number)）" }
        text += " \(basis.section)：「\(basis.quote)」"
        return text + basis.remarkText
    }
}
