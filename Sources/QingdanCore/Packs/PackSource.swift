import QingdanPluginAPI
import QingdanYAML

/// Where pack files come from: a directory such as `Rules/`, or the packs built into the binary.
public protocol PackSource: Sendable {
    /// Every pack file with the id its place gives it (`Rules/cn/liaoning.yaml` → `cn/liaoning`).
    func packFiles() -> Result<[(id: String, source: SourceFile)], PackLoadFailure>
}

/// Packs read from `*.yaml` files below a directory; `sources/` holds cited documents, not packs.
public struct DirectoryPackSource: PackSource {
    public let root: String

    public init(root: String) {
        self.root = root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root
    }

    public func packFiles() -> Result<[(id: String, source: SourceFile)], PackLoadFailure> {
        func notFound(_ message: String, _ hint: String) -> Result<[(id: String, source: SourceFile)], PackLoadFailure>
        {
            .failure(
                PackLoadFailure(problems: [
                    PackProblem(code: .notFound, file: root, location: .start, message: message, hint: hint)
                ]))
        }
        guard FileSystem.isDirectory(root) else {
            return FileSystem.exists(root)
                ? notFound("「\(root)」是文件，不是规则包目录", "用 --rules 指向含有规则包 .yaml 文件的目录（如 Rules），而不是其中的一个文件")
                : notFound("规则包目录「\(root)」不存在", "用 --rules 指向含有规则包 YAML 文件的目录")
        }
        let listing = FileSystem.files(under: root, skipping: ["sources"])
        let all = listing.files
        let packs = all.filter { $0.hasSuffix(".yaml") }
        guard !packs.isEmpty || !listing.unreadable.isEmpty else {
            let others = all.prefix(3).map { "「\($0)」" }.joined(separator: "、")
            return all.isEmpty
                ? notFound("规则包目录「\(root)」中没有任何文件", "用 --rules 指向含有规则包 .yaml 文件的目录（如 Rules）")
                : notFound(
                    "规则包目录「\(root)」中没有规则包：找到 \(all.count) 个文件（\(others)\(all.count > 3 ? "等" : "")），但没有 .yaml 文件",
                    "规则包文件以 .yaml 结尾（.yml 不读取）；sources/ 下的文件是引用的原文，不是规则包")
        }
        var files: [(id: String, source: SourceFile)] = []
        var problems: [PackProblem] = []
        for (path, failure) in listing.unreadable {
            problems.append(
                PackProblem(
                    code: .syntax, file: path, location: .start, message: "无法读取目录或链接：\(failure)，其中的规则包没有加载",
                    hint: "检查这个目录（或链接指向的位置）的权限；规则包目录下的每个子目录都要可读"))
        }
        for relative in packs {
            let path = root + "/" + relative
            do {
                files.append(
                    (
                        String(relative.dropLast(5)),
                        try SourceFile.load(path: path, maxBytes: ParseLimits.default.maxFileBytes)
                    ))
            } catch {
                problems.append(
                    PackProblem(
                        code: .syntax, file: path, location: error.location,
                        message: error.message, hint: error.hint))
            }
        }
        if !problems.isEmpty { return .failure(PackLoadFailure(problems: problems)) }
        return .success(files)
    }
}

/// Packs given as text: the packs compiled into the binary, and packs written by tests.
public struct InMemoryPackSource: PackSource {
    public let files: [(id: String, path: String, text: String)]

    public init(files: [(id: String, path: String, text: String)]) {
        self.files = files
    }

    public func packFiles() -> Result<[(id: String, source: SourceFile)], PackLoadFailure> {
        .success(files.map { ($0.id, SourceFile(path: $0.path, text: $0.text)) })
    }
}
