import ArgumentParser
import QingdanCore
import QingdanKit
import QingdanPluginAPI
import QingdanSpreadsheet
import QingdanYAML

/// `qingdan export`: a YAML filing as the workbook a drafter keeps, which `import` and `check`
/// read back to the same filing.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "把 YAML 申报文件导出为 .xlsx 工作簿（基本信息一张表，每张清单一张表）。",
        discussion: "导出的工作簿可以直接用 qingdan check 检查，也可以用 qingdan import 转换回 YAML。申报文件有格式问题时不导出。")

    @Argument(help: ArgumentHelp("要导出的 YAML（或 JSON）申报文件。", valueName: "file"))
    var file: String?

    @Flag(help: "不读申报文件，导出一份空白的工作簿模板（基本信息和常用清单的列名）。")
    var template = false

    @Option(name: .shortAndLong, help: ArgumentHelp("写到这个 .xlsx 文件。", valueName: "path"))
    var output: String

    @Flag(help: "输出文件已存在时替换它（默认不覆盖已有文件）。")
    var force = false

    @Option(help: ArgumentHelp("申报文件的编码：gb18030 含 GBK；默认 UTF-8。", valueName: "name"))
    var encoding: SourceEncoding = .utf8

    @OptionGroup var packOptions: PackOptions

    func run() throws {
        let library = try packOptions.loadLibrary(consequence: "没有导出")
        guard output.lowercased().hasSuffix(".xlsx") else {
            throw InitCommand.fail(.exportNotFiling, "输出文件 \(FileName.readable(output)) 的扩展名不是 .xlsx", "写成 -o 文件名.xlsx")
        }
        let workbook = FilingWorkbook(format: library.format)
        if template {
            guard file == nil else {
                throw InitCommand.fail(.exportNotFiling, "--template 不读申报文件", "去掉文件名，或去掉 --template")
            }
            try write(workbook.template(), shown: "工作簿模板")
            return
        }
        guard let file else {
            throw InitCommand.fail(
                .exportNotFiling, "没有给出要导出的申报文件", "写成 qingdan export 申报文件.yaml -o 文件名.xlsx；空白模板用 --template")
        }
        let checker = Checker(
            library: library,
            settings: Checker.Settings(
                encoding: encoding, today: .today, readers: WorkbookReader.all(format: library.format)))
        let shown = FileName.readable(file)
        if checker.reader(of: file) != nil {
            throw InitCommand.fail(
                .exportNotFiling, "\(shown) 已经是工作簿或表格", "qingdan export 导出 YAML 申报文件；工作簿直接用 qingdan check 检查")
        }
        let source: SourceFile
        do {
            source = try checker.load(path: file)
        } catch {
            throw ImportCommand.fail(error.all, file: shown)
        }
        let parsed = checker.parse(source)
        let report = checker.check(parsed: parsed)
        guard case .success(let tree) = parsed.tree, tree.root.isMapping, !report.hasInputError else {
            let problems = report.findings.filter(\.topic.isFormat)
            for finding in problems {
                Terminal.standardError.write(
                    "\(VisibleText.escaped(shown)):\(finding.place): error [\(finding.ruleID.rawValue)] \(VisibleText.escaped(finding.message))\n"
                )
            }
            throw InitCommand.fail(.exportNotFiling, "\(shown) 有格式问题，没有导出", "先按 qingdan check 的提示改正")
        }
        try write(workbook.draft(of: tree.root), shown: shown)
    }

    private func write(_ draft: WorkbookDraft, shown: String) throws {
        // A cell holds 32,767 characters: a longer value would be cut, and the filing would not
        // round-trip.
        for sheet in draft.sheets {
            for (rowIndex, row) in sheet.rows.enumerated() {
                for (columnIndex, cell) in row.enumerated() {
                    guard case .text(let text) = cell, text.utf16.count > XLSXWriter.maximumText else { continue }
                    let place = SheetCell(sheet: sheet.name, row: rowIndex + 1, column: columnIndex + 1)
                    throw InitCommand.fail(
                        .exportWrite, "\(place) 的内容有 \(text.utf16.count) 个字符，超过单元格的上限 \(XLSXWriter.maximumText)，没有导出",
                        "把这一项的内容缩短，或分成几项")
                }
            }
        }
        let bytes: [UInt8]
        do {
            bytes = try XLSXWriter.bytes(of: draft)
        } catch {
            throw InitCommand.fail(.exportWrite, "无法生成工作簿：\(error)", "请把申报文件发给 Qingdan 的维护者")
        }
        do {
            let target =
                force ? try OutputTarget.file(output, role: "输出文件") : try OutputTarget.newFile(output, role: "输出文件")
            target.write(bytes)
            try target.finish()
        } catch {
            let hint = error.alreadyExists ? "换一个文件名，或加 --force 替换它" : "换一个可以写入的目录或文件名"
            throw InitCommand.fail(.exportWrite, error.message, hint)
        }
        Terminal.standardError.write("已导出 \(shown) → \(FileName.readable(output))\n")
    }
}

extension FindingCode {
    static let exportNotFiling: FindingCode = "export.not-filing"
    static let exportWrite: FindingCode = "export.write"
}
