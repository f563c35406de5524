import Foundation
import QingdanTestSupport
import Testing

/// Issue 14's done criterion: on a pseudo-terminal, a drafter goes from `qingdan init` (answered
/// at its Chinese prompts) to a clean filing using only `check` and `fix`
/// (Tests/Tools/drafter_session.py drives the built binary).
@Suite struct DrafterSessionTests {
    @Test func fromInitToACleanFilingWithCheckAndFix() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "qingdan-drafter-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try PythonTool.run("drafter_session.py", [Binary.path, folder.path])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("init → check → fix → check passed"))
    }
}
