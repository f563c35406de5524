import QingdanPluginAPI

/// How serious a finding is; `--fail-on` compares against it.
public enum Severity: String, Sendable, CaseIterable, Comparable, Codable {
    case info, warning, error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    public var chineseName: String {
        switch self {
        case .info: "提示"
        case .warning: "警告"
        case .error: "错误"
        }
    }
}
