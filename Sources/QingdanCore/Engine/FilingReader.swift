import QingdanYAML

/// Reads a filing kept in another form than YAML or JSON (a workbook, a CSV table) as the YAML
/// filing it stands for, so that every check judges it the same way. The translated source's
/// `origin` gives the cell each line came from; the checker reports findings at those cells.
public protocol FilingReader: Sendable {
    /// Whether this reader reads the file at `path` (by its name).
    func reads(path: String) -> Bool
    /// Whether the file is text, to be decoded with the run's encoding before it is translated.
    var readsText: Bool { get }
    /// The YAML filing the file's bytes stand for, with its `origin`.
    func translate(_ source: SourceFile, limits: ParseLimits) throws(YAMLProblem) -> SourceFile
}
