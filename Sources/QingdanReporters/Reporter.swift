import QingdanCore

/// Renders a check run in one output format. One reporter per file, each golden-file tested.
public protocol Reporter: Sendable {
    /// The name `--format` takes.
    static var name: String { get }
    func render(_ run: CheckRun) -> String
}

/// The reporters `--format` can name.
public enum Reporters {
    public static let names = [TextReporter.name, JSONReporter.name]
}
