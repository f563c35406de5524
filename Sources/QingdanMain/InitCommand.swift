import ArgumentParser
import QingdanCore
import QingdanKit
import QingdanPluginAPI
import QingdanYAML

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "生成一份带中文说明的申报文件模板，照着填写即可。",
        discussion: """
            模板包含规则包在这一层级检查的每个部分；每个键上方有中文说明和可选值，要填写的地方写着「请填写：……」。
            只给 --region 时，层级按区划代码的位数确定，规则包按区划代码选择（与 qingdan check 相同）。
            什么都不给、且在终端中运行时，会用中文询问区划代码和层级；不在终端中时不询问，生成全国通用的村级申报。
            文件已存在时不覆盖（退出码 2）。

            例：
              qingdan init
              qingdan init --region 500112104201
              qingdan init --region 500112 --level county 渝北区清单.yaml
            """)

    @Option(help: ArgumentHelp("区划代码，如 500112104201（村级）、500112（县级）。", valueName: "code"))
    var region: String?

    @Option(
        help: ArgumentHelp(
            "层级：province（省）、city（市）、county（县、区）、township（乡镇、街道）、village（村、社区）；不写时按区划代码确定，没有区划代码时为 village。",
            valueName: "level"))
    var level: String?

    @Option(help: ArgumentHelp("规则包，如 cn/chongqing/yubei；不写时按区划代码选择（`qingdan packs list` 列出可用的规则包）。", valueName: "id"))
    var pack: String?

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp("申报所描述的日期（YYYY-MM-DD），决定按哪些规则生成；默认今天（北京时间）。", valueName: "date"))
    var asOf: String?

    @Option(
        help: ArgumentHelp(
            "模板第一行 $schema= 指向的申报格式 JSON Schema（网址或本机路径），供编辑器补全和检查；默认 \(StarterFiling.schemaAddress)。",
            valueName: "url"))
    var schema: String?

    @OptionGroup var packOptions: PackOptions

    @Argument(help: ArgumentHelp("要生成的文件（默认 \(StarterFiling.defaultFileName)；给一个目录时写在目录中）。", valueName: "path"))
    var path: String?

    func run() throws {
        var region = region
        var level = try level.map { text throws(ExitCode) in
            guard let level = Self.level(text) else {
                throw Self.fail(.initLevel, Self.unknownLevel(text), Self.levelHint)
            }
            return level
        }
        let date: CivilDate
        if let asOf {
            guard let parsed = CivilDate(asOf) else {
                throw Self.fail(
                    .initDate, "--as-of 的值「\(VisibleText.escaped(asOf))」不是日期", "写成 年-月-日，如 2024-03-01")
            }
            date = parsed
        } else {
            date = .today
        }
        let library = try packOptions.loadLibrary(consequence: "没有生成申报文件")
        if region == nil, level == nil, pack == nil, isatty(0) == 1 {
            (region, level) = try Self.ask(library: library, date: date)
        }
        let starter: StarterFiling
        do {
            starter = try StarterFiling(
                library: library, pack: pack, level: level, region: region, asOf: date,
                schema: schema ?? StarterFiling.schemaAddress)
        } catch {
            throw Self.fail(error.code, error.message, error.hint)
        }
        let destination = Self.destination(path)
        let (text, placeholders) = starter.render(format: library.format, fileName: destination)
        let target: OutputTarget
        do {
            target = try OutputTarget.newFile(destination, role: "文件")
            target.write(text)
            try target.finish()
        } catch {
            if error.alreadyExists {
                throw Self.fail(
                    .initFileExists, error.message,
                    "换一个文件名，如 qingdan init \(Self.alternative(destination))；或先把原来的文件改名、移走")
            }
            throw Self.fail(.initWrite, error.message, "换一个可以写入的目录或文件名")
        }
        let sections = Set(starter.rules.flatMap { $0.check.reads.compactMap(\.keys.first) })
        let named = library.format.root.properties.filter { sections.contains($0.name) }
            .map { "\($0.name)（\($0.title)）" }
        let packTitle = starter.pack.pack.extends == nil ? "全国" : starter.pack.pack.title
        let shown = FileName.readable(destination)
        Terminal.standardOutput.write(
            """
            已生成 \(shown)：\(starter.level.chineseName)申报，规则包 \(starter.pack.id)（\(packTitle)），\
            \(starter.rules.count) 条规则检查 \(named.joined(separator: "、"))；有 \(placeholders) 处「\(StarterFiling.placeholderMark)……」要填写。
            下一步：用文本编辑器打开 \(shown)，按文件中的说明填写，然后运行
              qingdan check \(StarterFiling.shellWord(destination))

            """)
    }

    /// The file to write: the path given, the default name inside a folder given, or the default name.
    static func destination(_ path: String?) -> String {
        guard let path else { return StarterFiling.defaultFileName }
        if let info = FileSystem.information(path), (info.st_mode & S_IFMT) == S_IFDIR {
            return (path.hasSuffix("/") ? path : path + "/") + StarterFiling.defaultFileName
        }
        return path
    }

    /// `filing.yaml` → `filing-2.yaml`, for the hint.
    static func alternative(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let folder = String(path.dropLast(name.count))
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return path + "-2" }
        return StarterFiling.shellWord(folder + name[..<dot] + "-2" + name[dot...])
    }

    /// Prints `message` with its code and hint as the other commands print problems; exit 2.
    static func fail(_ code: FindingCode, _ message: String, _ hint: String) -> ExitCode {
        let colour = Terminal.standardError.wantsColour(.auto)
        let red = colour ? "\u{1B}[31m" : "", reset = colour ? "\u{1B}[0m" : ""
        Terminal.standardError.write("qingdan: \(red)error\(reset) [\(code.rawValue)] \(message)\n  建议：\(hint)\n")
        return ExitCode(2)
    }

    /// Ctrl-D at a prompt: nothing is written, exit 1.
    static func cancelled() -> ExitCode {
        Terminal.standardError.write("\n已取消，没有生成文件。\n")
        return ExitCode(1)
    }

    static let levelHint = "可写 province（省）、city（市）、county（县、区）、township（乡镇、街道）、village（村、社区）"

    static func unknownLevel(_ text: String) -> String { "层级「\(VisibleText.escaped(text))」不是可用的层级" }

    /// A level by its English value or its Chinese name (省, 市, 县, 区, 乡, 镇, 街道, 村, 社区).
    static func level(_ text: String) -> RegionLevel? {
        let text = text.trimmedAnswer.lowercased()
        if let level = RegionLevel(rawValue: text) { return level }
        switch text {
        case "省", "省级", "自治区": return .province
        case "市", "市级", "地级市", "州", "盟": return .city
        case "县", "区", "县级", "县区", "县级市", "旗": return .county
        case "乡", "镇", "街道", "乡级", "乡镇", "苏木": return .township
        case "村", "社区", "村级", "嘎查": return .village
        default: return nil
        }
    }

    /// Asks for the region code and the level in Chinese, on a terminal. An empty answer keeps
    /// the default: no code, the level the code gives or village; the end of input (Ctrl-D)
    /// cancels, writing nothing.
    static func ask(library: PackLibrary, date: CivilDate) throws(ExitCode) -> (region: String?, level: RegionLevel?) {
        let err = Terminal.standardError
        err.write("将生成一份申报文件模板。直接按回车使用括号里的默认值。\n")
        var region: String?
        var code: RegionCode?
        while true {
            err.write("本地区的区划代码（村、社区写 12 位，如 500112104201；县、区写 6 位，如 500112）[不填：全国通用]：")
            guard let line = readLine() else { throw cancelled() }
            // Digits typed with a Chinese input method are full-width (５００１１２).
            let answer = String(
                String.UnicodeScalarView(
                    line.trimmedAnswer.unicodeScalars.map {
                        (0xFF10...0xFF19).contains($0.value) ? Unicode.Scalar($0.value - 0xFEE0)! : $0
                    }))
            if answer.isEmpty { break }
            if let reading = RegionCode.read(answer, declared: nil), let read = reading.code {
                region = answer
                code = read
                let pack = library.choice(for: read)?.pack
                let title = pack.map { "规则包 \($0.id)（\($0.pack.extends == nil ? "全国" : $0.pack.title)）" }
                err.write("  → \(read.level.chineseName)代码\(title.map { "，按\($0)检查" } ?? "")\n")
                break
            }
            err.write("  「\(VisibleText.escaped(answer))」不是区划代码：写 6 位或 12 位数字（省、市、县也可写 2、4、6 位，乡镇 9 位），请重新输入\n")
        }
        let suggested = code?.level ?? .village
        while true {
            err.write(
                "申报的层级（province 省、city 市、county 县区、township 乡镇街道、village 村社区）[\(suggested.rawValue)]：")
            guard let line = readLine() else { throw cancelled() }
            let answer = line.trimmedAnswer
            if answer.isEmpty { return (region, code == nil ? nil : suggested) }
            guard let level = Self.level(answer) else {
                err.write("  \(unknownLevel(answer))；\(levelHint)\n")
                continue
            }
            if let region, let problem = RegionCode.read(region, declared: level)?.problem {
                err.write("  \(RegionCode.message(problem, written: region, code: code))\n")
                continue
            }
            return (region, level)
        }
    }
}

extension String {
    /// An answer without the spaces (ASCII or full-width), tabs and carriage return around it.
    fileprivate var trimmedAnswer: String {
        let blank: Set<Character> = [" ", "\u{3000}", "\t", "\r", "\r\n"]
        return String(drop { blank.contains($0) }.reversed().drop { blank.contains($0) }.reversed())
    }
}
