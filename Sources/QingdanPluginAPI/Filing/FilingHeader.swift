import QingdanYAML

/// The keys of a filing that choose how it is checked: format version, region, date and pack.
/// Read from a tree the schema validator has seen, so a missing or malformed key is simply nil
/// here (the validator has already reported it).
public struct FilingHeader: Sendable, Equatable {
    public var version: Int?
    public var regionCode: String?
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
        if let code = header.regionCode, let level = header.level, code.count != level.codeLength,
            let node = root["region"]?["level"]
        {
            issues.append(
                SchemaIssue(
                    code: .invalidValue, location: node.location, path: ["region", "level"],
                    message: "层级「\(level.rawValue)」（\(level.chineseName)）与 \(code.count) 位区划代码 \(code) 不一致",
                    hint: "\(level.chineseName)区划代码是 \(level.codeLength) 位"))
        }
        return issues
    }
}
