import Foundation
import QingdanTestSupport
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// A filing whose item name and key carry ESC colour sequences, CR, BEL, LF, tab, NEL, U+2028,
/// U+FFFE/U+FFFF and bidirectional overrides (written as YAML double-quoted escapes), under a file
/// name with ESC and BEL in it: no output format writes one of them raw, and the machine formats
/// stay valid.
@Suite struct ControlCharacterTests {
    static let formats = ["text", "json", "sarif", "junit", "github", "gitlab", "markdown", "csv", "html"]

    /// The fixture copied under a hostile file name, once per run.
    static let filing: String = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "qingdan-controls-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("名\u{1B}[32m\u{7}.yaml").path
        try? FileManager.default.removeItem(atPath: path)
        try? FileManager.default.copyItem(
            atPath: Repository.path("Tests/Fixtures/control-characters.yaml"), toPath: path)
        return path
    }()

    /// Characters that act on a terminal or that XML cannot carry; CR only as part of CSV's CRLF.
    static func rawHidden(_ output: String, format: String) -> [String] {
        var found: [String] = []
        var previous: Unicode.Scalar = " "
        for scalar in output.unicodeScalars {
            defer { previous = scalar }
            let value = scalar.value
            if scalar == "\n" && (format != "csv" || previous == "\r") { continue }
            if scalar == "\r" && format == "csv" { continue }
            if value < 0x20 || (0x7F...0x9F).contains(value)
                || [0x2028, 0x2029, 0xFFFE, 0xFFFF, 0xFEFF].contains(value)
                || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
            {
                found.append(String(value, radix: 16))
            }
        }
        // CSV begins with a byte order mark for Excel.
        if format == "csv", found.first == "feff" { found.removeFirst() }
        return found
    }

    @Test(arguments: formats)
    func noHiddenCharacterReachesTheOutputRaw(format: String) throws {
        let result = try Binary.run(["check", "--no-progress", "--format", format, Self.filing])
        #expect(result.status == 2, "\(result.standardError)")
        let output = result.standardOutput
        #expect(output.contains("森林防火"))
        #expect(Self.rawHidden(output, format: format).isEmpty, "\(Self.rawHidden(output, format: format))")
        #expect(Self.rawHidden(result.standardError, format: "text").isEmpty)
        switch format {
        case "json", "sarif", "gitlab":
            // Parsed strictly; the escapes give back the characters.
            let object = try JSONSerialization.jsonObject(with: Data(output.utf8))
            let text = String(
                decoding: try JSONSerialization.data(withJSONObject: object, options: [.fragmentsAllowed]),
                as: UTF8.self)
            #expect(!text.isEmpty)
            #expect(output.contains(#"\u001b[32m"#))
            #expect(output.contains(#"\ufffe"#))
            #expect(output.contains(#"\u202e"#))
        case "junit":
            _ = try XMLDocument(data: Data(output.utf8))
            let path = FileManager.temporaryFile(output, suffix: ".xml")
            let parsed = try PythonTool.run("well_formed_xml.py", [path])
            #expect(parsed.status == 0, "\(parsed.output)")
            #expect(output.contains(#"\u{1B}[32m"#))
            #expect(output.contains(#"\u{FFFE}\u{FFFF}\u{202E}"#))
        case "html":
            // The findings are JSON inside the page: its strings, parsed, show the codes.
            let data = try HTMLReportData(page: output)
            #expect(data.table("files").contains { ($0[0] as? String)?.contains(#"\u{1B}[32m"#) == true })
            #expect(
                data.messages.contains {
                    $0.contains(#"\u{D}\u{7}\u{FFFE}\u{FFFF}\u{202E}\u{2066}\u{85}\u{2028}\u{9}\u{A}"#)
                })
        default:
            #expect(output.contains(#"\u{1B}[32m"#))
            #expect(output.contains(#"\u{D}\u{7}\u{FFFE}\u{FFFF}\u{202E}\u{2066}\u{85}\u{2028}\u{9}\u{A}"#))
        }
    }

    /// The fake "no problems" line the item name carries never starts a line of the text report.
    @Test func aFilingCannotPrintALineOfItsOwn() throws {
        let result = try Binary.run(["check", "--no-progress", Self.filing])
        let lines = result.standardOutput.split(separator: "\n")
        #expect(!lines.contains { $0.hasPrefix("✓") || $0.hasPrefix("协助开展森林防火") })
        #expect(lines.last?.hasPrefix("✗") == true)
    }

    @Test func messagesOnStandardErrorShowHiddenCharacters() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "qingdan-\u{1B}[32m-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Binary.run(["check", "--no-progress", folder.path])
        #expect(result.status == 2)
        #expect(result.standardError.contains(#"\u{1B}[32m"#))
        #expect(Self.rawHidden(result.standardError, format: "text").isEmpty)
    }
}
