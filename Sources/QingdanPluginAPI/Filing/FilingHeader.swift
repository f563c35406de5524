import QingdanYAML

/// The keys of a filing that choose how it is checked: format version, region, date and pack.
/// Read from a tree the schema validator has seen, so a missing or malformed key is simply nil
/// here (the validator has already reported it).
public struct FilingHeader: Sendable, Equatable {
    public var version: Int?
    /// The region code as written (`500112000000`): what reports show.
    public var regionCode: String?
    /// The region the code names, read by the declared level (`500112` at county level): the key
    /// every comparison of regions uses. Nil when the code is missing, malformed or names none.
    public var region: RegionCode? { regionReading?.code }
    /// How the code and the declared level disagree, if they do (a consistency issue): `region`
    /// is then what the digits alone say, good for choosing a pack but not for telling filings
    /// of one region apart.
    public var regionProblem: RegionCode.Problem? { regionReading?.problem }
    /// `regionCode` read at `level` (reading allocates nothing, so it is not kept).
    private var regionReading: RegionCode.Reading? { regionCode.flatMap { RegionCode.read($0, declared: level) } }
    public var regionName: String?
    public var level: RegionLevel?
    public var asOf: CivilDate?
    public var pack: String?

    public init(
        version: Int? = nil, regionCode: String? = nil, regionName: String? = nil,
        level: RegionLevel? = nil, asOf: CivilDate? = nil, pack: String? = nil
    ) {
        self.version = version
        self.regionCode = regionCode
        self.regionName = regionName
        self.level = level
        self.asOf = asOf
        self.pack = pack
    }

    public init(root: YAMLNode) {
        version = root["qingdan"]?.integer
        let region = root["region"]
        regionCode = region?["code"]?.text.flatMap { TextFormat.regionCode.accepts($0) ? $0 : nil }
        regionName = region?["name"]?.text
        level = region?["level"]?.text.flatMap(RegionLevel.init(rawValue:))
        asOf = root["as_of"]?.date
        pack = root["pack"]?.text.flatMap { TextFormat.packID.accepts($0) ? $0 : nil }
    }

    /// The region, when its code and the declared level agree: what duplicate detection and the
    /// names of roll-up groups use (a district is looked up by the code's county digits alone).
    public var agreedRegion: RegionCode? { regionProblem == nil ? region : nil }

    /// Problems between keys that the schema cannot see one key at a time.
    public static func consistencyIssues(root: YAMLNode, header: FilingHeader) -> [SchemaIssue] {
        var issues: [SchemaIssue] = []
        if let version = header.version, version != FilingFormat.version, let node = root["qingdan"] {
            issues.append(
                SchemaIssue(
                    code: .invalidValue, location: node.location, path: ["qingdan"],
                    message: "不支持格式版本 \(version)；这一版 Qingdan 读版本 \(FilingFormat.version)",
                    hint: "写 `qingdan: \(FilingFormat.version)`，或换用支持该版本的 Qingdan"))
        }
        if let code = header.regionCode, let problem = header.regionProblem {
            // A code that names no region is wrong in itself; otherwise the two keys disagree,
            // and the level is where a reader looks first.
            let place = problem == .noProvince ? nil : root["region"]?["level"]
            let path: DocumentPath = place == nil ? ["region", "code"] : ["region", "level"]
            if let node = place ?? root["region"]?["code"] {
                issues.append(
                    SchemaIssue(
                        code: .invalidValue, location: node.location, path: path,
                        message: RegionCode.message(problem, written: code, code: header.region),
                        hint: RegionCode.hint(problem, code: header.region)))
            }
        }
        return issues
    }
}
