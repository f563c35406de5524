import QingdanCore
import QingdanKit
import QingdanPluginAPI
import QingdanYAML
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The filings in the editor's workspace folders, for the check `qingdan check` makes across
/// filings: a village judged against its county's filing of the round (the latest `as_of` on or
/// before its own; of two with one date, the one in the village's folder). Open documents stand
/// for their files. Each file is read again only when its size or time changes.
final class WorkspaceFilings: Sendable {
    struct County: Sendable {
        let path: String
        let uri: String
        let name: String
        let asOf: CivilDate?
        let filing: DistrictFiling

        var asOfText: String { asOf.map { "基准日期 \($0)" } ?? "未写基准日期" }
    }

    private struct Entry {
        let stamp: [Int]
        let county: County?
    }

    let folders: [String]
    let checker: Checker
    /// Workspaces larger than this are not searched (a whole disk opened as a folder).
    static let maximumFiles = 5000

    private let entries = Mutex<[String: Entry]>([:])
    /// Open documents by path, with their URIs.
    private let open = Mutex<[String: (source: SourceFile, uri: String)]>([:])

    init(folders: [String], checker: Checker) {
        self.folders = folders
        self.checker = checker
    }

    /// Open documents are read from the editor, not the disk.
    func setOpen(_ source: SourceFile?, path: String, uri: String) {
        open.withLock { $0[path] = source.map { ($0, uri) } }
        entries.withLock { $0[path] = nil }
    }

    /// The county filing a filing with `header` at `path` is checked against, when the workspace
    /// has one.
    func county(for header: FilingHeader, near path: String) -> County? {
        guard let region = header.region, region.level > .county, let code = region.truncated(to: .county) else {
            return nil
        }
        var counties: [County] = []
        for candidate in candidatePaths() where candidate != path {
            if let county = county(at: candidate), county.filing.header.region == code { counties.append(county) }
        }
        return DistrictRound.order(counties.map { ($0.path, $0.asOf) }, for: header.asOf, near: path).first.map {
            counties[$0]
        }
    }

    private func candidatePaths() -> [String] {
        var paths = Set(open.withLock { Array($0.keys) })
        for folder in folders {
            let listing = FileSystem.files(under: folder, skipping: ["node_modules"])
            guard listing.files.count <= Self.maximumFiles else { continue }
            for file in listing.files where Self.isFiling(file) { paths.insert(folder + "/" + file) }
        }
        return paths.sorted()
    }

    static func isFiling(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") || lower.hasSuffix(".json")
    }

    /// The county filing at `path`, or nil when it is not one.
    private func county(at path: String) -> County? {
        if let document = open.withLock({ $0[path] }) {
            return Self.read(document.source, path: path, uri: document.uri, checker: checker)
        }
        guard let info = FileSystem.information(path) else { return nil }
        #if canImport(Darwin)
        let stamp = [Int(info.st_size), Int(info.st_mtimespec.tv_sec), Int(info.st_mtimespec.tv_nsec)]
        #else
        let stamp = [Int(info.st_size), Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec)]
        #endif
        if let entry = entries.withLock({ $0[path] }), entry.stamp == stamp { return entry.county }
        // A county filing's header is in its first lines: a file whose header (read as the
        // survey of `check` reads it) names another level is not read whole.
        var county: County?
        if BatchRunner.scanHeader(path, checker: checker).map({ Self.mayBeCounty($0.mapping["level"]) }) ?? true {
            county = (try? checker.load(path: path)).flatMap {
                Self.read($0, path: path, uri: FileURI.from(path: path), checker: checker)
            }
        }
        entries.withLock { $0[path] = Entry(stamp: stamp, county: county) }
        return county
    }

    /// False only when the header declares a level other than county.
    static func mayBeCounty(_ level: String?) -> Bool {
        guard let level, let declared = RegionLevel(rawValue: level) else { return true }
        return declared == .county
    }

    static func read(_ source: SourceFile, path: String, uri: String, checker: Checker) -> County? {
        guard case .success(let tree) = checker.parse(source).tree, tree.root.isMapping else { return nil }
        let header = FilingHeader(root: tree.root)
        guard let region = header.agreedRegion, region.level == .county else { return nil }
        return County(
            path: path, uri: uri, name: header.regionName ?? region.key, asOf: header.asOf,
            filing: DistrictFiling(root: tree.root, header: header))
    }
}
