import QingdanCore
import QingdanKit
import QingdanPluginAPI
import QingdanTestSupport
import Testing

@Suite struct BundledPackTests {
    @Test func rulesDirectoryLoadsAndMatchesTheBinary() throws {
        let directory = TestPacks.rulesDirectory
        #expect(directory.ids == TestPacks.bundled.ids)
        #expect(directory.allRules.map(\.id) == TestPacks.bundled.allRules.map(\.id))
    }

    @Test func yubeiExtendsTheNationalPack() throws {
        let yubei = try #require(TestPacks.bundled.pack(id: "cn/chongqing/yubei"))
        #expect(yubei.chain.map(\.id) == ["cn", "cn/chongqing/yubei"])
        let ids = Set(yubei.rules.map(\.id))
        #expect(ids.contains("CN-CERT-BANNED"))
        // Replaced by the stricter Yubei rules, so a filing is not told the same thing twice.
        #expect(!ids.contains("CN-CERT-BASIS"))
        #expect(!ids.contains("CN-NEGATIVE-CONFLICT"))
    }

    @Test(arguments: [
        ("500112", "cn/chongqing/yubei"), ("500112001001", "cn/chongqing/yubei"),
        ("500112000000", "cn/chongqing/yubei"),
    ])
    func regionCodesChooseTheirPack(code: String, pack: String) {
        #expect(TestPacks.bundled.pack(forRegionCode: code)?.id == pack)
    }

    /// Was `unknownRegionChoosesNoPack`: a region no regional pack covers is judged by the
    /// national pack, which has neither `extends` nor `regions`.
    @Test func unknownRegionChoosesTheNationalPack() {
        #expect(TestPacks.bundled.pack(forRegionCode: "110101")?.id == "cn")
    }
}
