import Foundation
import QingdanTestSupport
import Testing

/// The data the HTML report carries as JSON inside the page: what findings share is stored once,
/// nothing in it can end its script element, and every region has a name where one is known.
@Suite struct HTMLReportTests {
    static func page(_ arguments: [String]) throws -> (page: String, data: HTMLReportData) {
        let result = try Binary.run(["check", "--no-progress", "--format", "html"] + arguments)
        #expect(result.status == 1, "\(result.standardError)")
        return (result.standardOutput, try HTMLReportData(page: result.standardOutput))
    }

    /// A new folder holding `files` (name → text).
    static func folder(_ files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("qingdan-html-\(UUID().uuidString)")
        for (name, text) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: false, encoding: .utf8)
        }
        return folder
    }

    @Test func rulesMessagesAndFilesAreStoredOnce() throws {
        let (_, data) = try Self.page(["Examples/"])
        let findings = data.table("findings"), rules = data.table("rules"), files = data.table("files")
        #expect(findings.count == 87)
        #expect(files.count == 28)
        let ruleRows = rules.map { String(describing: $0) }
        #expect(Set(ruleRows).count == rules.count)
        #expect(Set(data.messages).count == data.messages.count)
        #expect(rules.count < findings.count && data.messages.count < findings.count)
        let certificates = rules.filter { $0[0] as? String == "YB-CERT-COUNT" }
        #expect(certificates.count == 1)
        #expect((certificates.first?[1] as? String)?.isEmpty == false, "the rule's title")
        #expect((certificates.first?[7] as? String)?.contains("保留村级组织依法出具证明事项7项") == true)
        for finding in findings {
            #expect((finding[0] as! Int) < files.count && (finding[4] as! Int) < rules.count)
            #expect((finding[6] as! Int) < data.messages.count)
            #expect((finding[7] as? String)?.count == 16, "the fingerprint")
        }
        // Every file's findings are counted against it.
        let perFile = Dictionary(grouping: findings, by: { $0[0] as! Int }).mapValues(\.count)
        for (index, file) in files.enumerated() { #expect(file[5] as! Int == perFile[index, default: 0]) }
    }

    /// A folder and file name and an item name that try to end the data's script element: the
    /// page keeps exactly its two script elements, and the data gives the text back.
    @Test func nothingInTheDataEndsItsScriptElement() throws {
        let hostile = "</script><script>alert(1)</script><!--"
        let village = try Repository.read("Examples/yubei/village-violations.yaml").replacingOccurrences(
            of: "name: 协助开展农村道路交通安全劝导", with: "name: \"协助开展\(hostile)劝导\"")
        let folder = try Self.folder([
            "district.yaml": try Repository.read("Examples/yubei/district.yaml"),
            "x</script><img src=x onerror=alert(1)>.yaml": village,
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let (page, data) = try Self.page([folder.path])
        #expect(page.components(separatedBy: "</script").count - 1 == 2)
        #expect(!page.contains("<!--"))
        #expect(!page.contains("<img"))
        let paths = data.table("files").map { $0[0] as! String }
        #expect(paths.contains { $0.hasSuffix("/x</script><img src=x onerror=alert(1)>.yaml") })
        #expect(data.messages.contains { $0.contains("「协助开展\(hostile)劝导」") })
    }

    /// A roll-up region is named by its own filing when the run has one, else by the county
    /// name its villages' names begin with, else not at all (the page shows the code).
    @Test func regionsAreNamed() throws {
        let (_, withCounty) = try Self.page(["Tests/Fixtures/region-codes/admission"])
        #expect(withCounty.regionNames == ["500112": "重庆市渝北区"])
        #expect(Set(withCounty.fileRegions.values) == ["500112"])

        let village = try Repository.read("Examples/yubei/village-violations.yaml")
        let named = try Self.folder(["a.yaml": village])
        defer { try? FileManager.default.removeItem(at: named) }
        #expect(village.contains("name: 重庆市渝北区统景镇某某村"))
        #expect(try Self.page([named.path]).data.regionNames == ["500112": "重庆市渝北区"])

        let unnamed = try Self.folder([
            "a.yaml": village.replacingOccurrences(of: "name: 重庆市渝北区统景镇某某村", with: "name: 某某村")
        ])
        defer { try? FileManager.default.removeItem(at: unnamed) }
        #expect(try Self.page([unnamed.path]).data.regionNames == ["500112": String?.none])
    }

    /// Labels a person reads are Chinese: topics by their description, severities by name.
    @Test func labelsAreChinese() throws {
        let (page, data) = try Self.page(["Examples/"])
        let topics = data.table("topics")
        #expect(topics.contains { $0[0] as? String == "certificate.count" && $0[1] as? String == "证明事项多于辖区保留数" })
        #expect(data.table("severities").map { $0[1] as! String } == ["错误", "警告", "提示"])
        #expect(page.contains("只看有问题的文件"))
        #expect(page.contains("title=\"certificate.count\">证明事项多于辖区保留数</span>"))
    }
}
