import Foundation

/// The JSON an HTML report carries in `<script type="application/json" id="data">`, parsed.
public struct HTMLReportData {
    public let object: [String: Any]

    public struct Missing: Error {}

    public init(page: String) throws {
        guard let start = page.range(of: "<script type=\"application/json\" id=\"data\">"),
            let end = page.range(of: "</script>", range: start.upperBound..<page.endIndex),
            let object = try JSONSerialization.jsonObject(with: Data(page[start.upperBound..<end.lowerBound].utf8))
                as? [String: Any]
        else { throw Missing() }
        self.object = object
    }

    public func table(_ name: String) -> [[Any]] { object[name] as? [[Any]] ?? [] }
    public var messages: [String] { object["messages"] as? [String] ?? [] }

    /// The roll-up regions: key → name (nil when the page shows the code).
    public var regionNames: [String: String?] {
        Dictionary(uniqueKeysWithValues: table("regions").map { ($0[0] as! String, $0[1] as? String) })
    }

    /// Each file's path with the key of its roll-up region.
    public var fileRegions: [String: String] {
        let keys = table("regions").map { $0[0] as! String }
        return Dictionary(uniqueKeysWithValues: table("files").map { ($0[0] as! String, keys[$0[3] as! Int]) })
    }
}
