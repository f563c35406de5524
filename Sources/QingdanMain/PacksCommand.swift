import ArgumentParser
import QingdanCore
import QingdanPluginAPI

struct PacksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "packs",
        abstract: "规则包。",
        subcommands: [List.self])

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
            if pack.effective != .always { line += "  \(pack.effective)" }
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
