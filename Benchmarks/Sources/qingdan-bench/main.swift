import QingdanCore
import QingdanKit
import QingdanPluginAPI
import QingdanStandardPlugins
import QingdanYAML

#if canImport(Glibc)
import Glibc
#endif

/// Measures Qingdan's stages one at a time over the files listed on standard input, on one core:
/// `read` (load files), `tree` (+ parse into the located tree), `validate` (+ filing schema),
/// `check` (+ every rule of the pack, no report). Prints files, bytes and seconds.
let stages = ["read", "tree", "validate", "check"]
guard CommandLine.arguments.count == 2, stages.contains(CommandLine.arguments[1]) else {
    print("usage: qingdan-bench \(stages.joined(separator: "|")) < file-list")
    exit(2)
}
let stage = CommandLine.arguments[1]
var paths: [String] = []
while let line = readLine() { paths.append(line) }

let library = try PackLibrary(source: BundledPacks.source, registry: try StandardPlugins.registry())
let checker = Checker(library: library, settings: Checker.Settings(today: CivilDate("2024-06-30")!))

func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

let start = now()
var bytes = 0
var work = 0
for path in paths {
    let source = try SourceFile.load(path: path, maxBytes: 8 << 20)
    bytes += source.bytes.count
    switch stage {
    case "read":
        work += source.bytes.count
    case "tree":
        work += (try? YAMLParser.parse(source))?.nodeCount ?? 0
    case "validate":
        if let tree = try? YAMLParser.parse(source) {
            work += SchemaValidator.validate(tree.root, against: FilingFormat.standard.document).count
        }
    default:
        work += checker.check(source).findings.count
    }
}
let seconds = now() - start
func rounded(_ value: Double) -> String { String(Double(Int(value * 1000)) / 1000) }
print(
    "\(stage): \(paths.count) files, \(bytes) bytes, \(rounded(seconds)) s, \(rounded(Double(bytes) / seconds / 1e6)) MB/s (\(work))"
)
