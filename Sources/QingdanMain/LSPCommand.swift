import ArgumentParser
import QingdanCore
import QingdanKit
import QingdanLSP
import QingdanPluginAPI
import QingdanYAML

struct LSPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: "启动语言服务器（LSP，经标准输入输出通信）：编辑器中随写随查，显示问题、政策依据、修改建议和补全。",
        discussion: """
            由编辑器启动，不要直接在终端中运行。检查结果与 qingdan check 相同：按区划代码选择规则包，\
            村级申报与工作区中同一区县的县级申报对照检查。配置方法见 Docs/editors.md。
            """)

    @Option(help: ArgumentHelp("文件没有写 pack:、区划代码也没有对应的本地规则包时，使用这个规则包。", valueName: "id"))
    var pack: String?

    @Option(help: ArgumentHelp("豁免文件：经批准对整份申报豁免某些规则（见 Docs/waivers.md）。", valueName: "file"))
    var waivers: String?

    @Option(help: ArgumentHelp("把这一天当作今天（YYYY-MM-DD）：判断豁免是否到期、缺少 as_of 的申报按哪天的规则检查。", valueName: "date"))
    var today: String?

    @Option(help: ArgumentHelp("规则说明（Docs 目录）的地址，诊断中的链接指向这里，如 https://example.org/qingdan/Docs。", valueName: "url"))
    var documentation: String?

    /// Accepted for clients that pass it; standard input and output are the only transport.
    @Flag(help: ArgumentHelp("经标准输入输出通信（默认，也是唯一的方式）。"))
    var stdio = false

    @OptionGroup var packOptions: PackOptions

    func validate() throws {
        if let today, CivilDate(today) == nil { throw ValidationError("--today「\(today)」不是 YYYY-MM-DD 格式的日期") }
    }

    func run() throws {
        let library = try packOptions.loadLibrary(consequence: "语言服务器未启动")
        if let pack, library.pack(id: pack) == nil {
            throw ValidationError(
                "没有名为「\(pack)」的规则包；\(Suggestions.hint(for: pack, among: library.ids, listing: "规则包"))")
        }
        let date = today.flatMap { CivilDate($0) } ?? .today
        let plain = Checker(library: library, settings: Checker.Settings(fallbackPack: pack, today: date))
        var waiverFile: WaiverFile?
        if let waivers {
            switch WaiverFile.load(path: waivers, knownRules: plain.knownRuleIDs) {
            case .success(let file): waiverFile = file
            case .failure(let failure): throw PackProblemText.stop(failure, in: "豁免文件", consequence: "语言服务器未启动")
            }
        }
        // As `check` does: inline waivers always, the waiver file when given, no baseline.
        let suppressor = Suppressor(waiverFile: waiverFile, today: date, knownRules: plain.knownRuleIDs)
        let checker = Checker(
            library: library, settings: Checker.Settings(fallbackPack: pack, today: date, suppressor: suppressor))
        let docs = documentation.map { RuleDocumentation(base: $0) } ?? RuleDocumentation.besideExecutable()
        LanguageServer.runOnStandardIO(configuration: .init(checker: checker, documentation: docs))
    }
}
