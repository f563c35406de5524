import QingdanYAML
import Testing

/// The survey reads a filing's region and date from its first kilobyte (`prefixHeader`); a value
/// cut off at the end of those bytes (`as_of: 2024-0`) must never stand for the whole file's.
/// Every filing below is cut at every byte: what the prefix is trusted to say must be what the
/// whole file says (else the caller reads the whole file, as the survey does).
@Suite struct PrefixHeaderTests {
    static let filings = [
        "qingdan: 1\nregion:\n  code: \"210302001001\"\n  name: 某村\n  level: village\nas_of: 2024-03-01\n"
            + "signboards:\n  outside: []\n",
        "as_of: 2024-03-01\nregion:\n  code: 210302001001\n  level: village\n  name: 某村\nfacility: {households: 1}\n",
        "qingdan: 1\nregion: {code: \"500112\", name: 渝北区, level: county}\nas_of: 2023-06-30\nlists: {}\n",
        "{qingdan: 1, region: {code: \"500112\", level: county}, as_of: 2023-06-30\n, lists: {}}\n",
        "{region: {code: \"500112\", level: county}, as_of: 2023-06-30\n  x}\n",
        "region:\n  code: \"500112\"\n  level: county\nas_of:\n  2023-06-30\n  more\nlists: {}\n",
        "region:\n  code: \"500112\"\n# 注释\n  level: county\nas_of: 2023-06-30\nx: 1\n",
        "qingdan: 1\r\nregion:\r\n  code: \"210302001001\"\r\n  level: village\r\nas_of: 2024-03-01\r\nx: 1\r\n",
        "region:\n  code: \"500112\"\n  name: |\n    渝北区\n  level: county\nas_of: 2023-06-30\nx: 1\n",
        "region:\n  code: \"500112\"\n  name: \"渝北\n区\"\n  level: county\nas_of: 2023-06-30\nx: 1\n",
        "region:\n  code: 500112\n  level: county\nas_of: 2023-06-30 # 基准日\nlists:\n  a: 1\n",
        "as_of: \"2023-06-30\"\nregion:\n  code: '500112'\n  level: county\n",
        "region:\n  code: \"500112\"\n  level: county\nas_of: 2023-06-30\n",
    ]

    /// What the survey takes for the file: the prefix's answer when trusted and it has the date,
    /// else the whole file's (`BatchRunner.scanHeader`).
    static func surveyed(_ text: String, cutAt count: Int) -> YAMLParser.HeaderScan? {
        let bytes = Array(text.utf8)
        let prefix = SourceFile(path: "f", bytes: Array(bytes.prefix(count)))
        if let scan = YAMLParser.prefixHeader(of: "region", scalars: ["as_of"], in: prefix),
            scan.scalars["as_of"] != nil
        {
            return scan
        }
        return YAMLParser.scanHeader(of: "region", scalars: ["as_of"], in: SourceFile(path: "f", bytes: bytes))
    }

    @Test(arguments: filings)
    func everyCutAgreesWithTheWholeFile(_ text: String) {
        let whole = YAMLParser.scanHeader(of: "region", scalars: ["as_of"], in: SourceFile(path: "f", text: text))
        for count in 1..<text.utf8.count {
            let surveyed = Self.surveyed(text, cutAt: count)
            #expect(surveyed == whole, "cut at byte \(count): \(String(describing: surveyed))")
        }
    }

    @Test func aDateCutOffIsNotTrusted() {
        let text = "region:\n  code: \"500112\"\n  level: county\nas_of: 2024-03-01\nlists: {}\n"
        let start = Array(text.utf8).count - "2024-03-01\nlists: {}\n".utf8.count
        for taken in 0...11 {
            let prefix = SourceFile(path: "f", bytes: Array(Array(text.utf8).prefix(start + taken)))
            let scan = YAMLParser.prefixHeader(of: "region", scalars: ["as_of"], in: prefix)
            #expect(scan?.scalars["as_of"] == nil, "\(taken) characters of the date")
        }
        // Once the next top-level key has begun, the date above it is whole.
        let prefix = SourceFile(path: "f", bytes: Array(Array(text.utf8).prefix(start + 12)))
        #expect(YAMLParser.prefixHeader(of: "region", scalars: ["as_of"], in: prefix)?.scalars["as_of"] == "2024-03-01")
    }

    @Test func aRegionMappingCutBeforeItsLevelIsNotTrusted() {
        let text = "as_of: 2024-03-01\nregion:\n  code: \"500112000000\"\n  level: township\nlists: {}\n"
        let upTo = Array(text.utf8).count - "  level: township\nlists: {}\n".utf8.count
        for extra in 0...17 {
            let prefix = SourceFile(path: "f", bytes: Array(Array(text.utf8).prefix(upTo + extra)))
            #expect(YAMLParser.prefixHeader(of: "region", scalars: ["as_of"], in: prefix) == nil, "\(extra)")
        }
    }
}
