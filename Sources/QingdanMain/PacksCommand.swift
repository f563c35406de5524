import ArgumentParser
import QingdanCore
import QingdanKit
import QingdanPluginAPI

struct PacksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "packs",
        abstract: "规则包：列出、检查和测试。",
        subcommands: [List.self, Lint.self, Test.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "以继承关系树列出规则包：版本、适用的区划代码和规则数。")

        @OptionGroup var packOptions: PackOptions

        func run() throws {
            let library = try packOptions.loadLibrary()
            Terminal.standardOutput.write(PackTree.render(library))
        }
    }

    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lint",
            abstract: "检查规则包，报告每一处错误的位置、代码和修改建议。",
            discussion: "退出码：0 没有错误；1 有错误；2 用法错误。")

        @OptionGroup var packOptions: PackOptions

        @Option(help: ArgumentHelp("输出格式：text 或 json。", valueName: "format"))
        var format: LintFormat = .text

        func run() throws {
            let loaded = try packOptions.load()
            let library = try? loaded.get()
            var problems: [PackProblem] = []
            if case .failure(let failure) = loaded { problems = failure.problems }
            switch format {
            case .json:
                Terminal.standardOutput.write(PackLintJSON.render(problems, library: library))
            case .text:
                let colour = Terminal.standardOutput.wantsColour(.auto)
                for problem in problems {
                    Terminal.standardOutput.write(PackProblemText.render(problem, colour: colour))
                }
                if let library {
                    Terminal.standardOutput.write("✓ \(library.ids.count) 个规则包、\(library.allRules.count) 条规则，没有发现错误\n")
                } else {
                    Terminal.standardOutput.write("✗ 规则包有 \(problems.count) 处错误\n")
                }
            }
            if !problems.isEmpty { throw ExitCode(1) }
        }
    }

    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "test",
            abstract: "运行每条规则的示例：fail 示例应当报告问题，pass 示例不应报告。",
            discussion: "退出码：0 全部示例通过；1 有示例未通过；2 规则包有错误（同 qingdan check）或用法错误。")

        @OptionGroup var packOptions: PackOptions

        @Option(help: ArgumentHelp("标准输出的格式：text、json 或 junit。", valueName: "format"))
        var format: TestFormat = .text

        @Option(
            name: .customLong("report"),
            help: ArgumentHelp("另写一份结果到文件，如 junit:qingdan-packs.xml（可重复）。", valueName: "format:path"))
        var reports: [ReportRequest<TestFormat>] = []

        func run() throws {
            let library = try packOptions.loadLibrary(consequence: "未运行示例")
            let report = PackTester.run(library)
            Terminal.standardOutput.write(format.render(report))
            let targets: [OutputTarget]
            do {
                targets = try ReportTargets.open(
                    reports.map(\.path), reading: packOptions.packFilePaths.map { ($0, "规则包文件") })
            } catch {
                Terminal.standardError.write("qingdan: \(VisibleText.escaped(error.message))\n")
                throw ExitCode(2)
            }
            for (request, target) in zip(reports, targets) { target.write(request.format.render(report)) }
            try RunOptions.finish(targets)
            if !report.passed { throw ExitCode(1) }
        }
    }

    enum LintFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    enum TestFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json, junit

        func render(_ report: PackTestReport) -> String {
            switch self {
            case .text: report.text
            case .json: report.json
            case .junit: report.junit
            }
        }
    }
}

enum PackTree {
    static func render(_ library: PackLibrary) -> String {
        var children: [String: [String]] = [:]
        var roots: [String] = []
        for id in library.ids {
            if let parent = library.pack(id: id)!.pack.extends {
                children[parent, default: []].append(id)
            } else {
                roots.append(id)
            }
        }
        var text = ""
        func visit(_ id: String, prefix: String, connector: String) {
            let pack = library.pack(id: id)!.pack
            var line = "\(connector)\(id)  \(pack.title)  版本 \(pack.version)"
            if !pack.regions.isEmpty { line += "  区划 \(pack.regions.joined(separator: ","))" }
            line += "  规则 \(pack.rules.count) 条"
            if pack.effective != .always {
                line += "  \(pack.effective)" + (pack.effective.verified ? "" : "（日期未核实）")
            }
            if pack.documents.values.contains(where: \.isDraft) { line += "  依据含征求意见稿" }
            text += line + "\n"
            let kids = children[id] ?? []
            for (index, child) in kids.enumerated() {
                let last = index == kids.count - 1
                visit(child, prefix: prefix + (last ? "   " : "│  "), connector: prefix + (last ? "└─ " : "├─ "))
            }
        }
        for root in roots { visit(root, prefix: "", connector: "") }
        return text
    }
}
