/// The version of the `qingdan` tool, as reports print it.
public enum ToolVersion {
    public static let current = "0.1.0"
}
