import ArgumentParser

/// A `--report FORMAT:PATH` argument: another copy of the results, in `format`, written to `path`.
struct ReportRequest<Format: RawRepresentable<String> & CaseIterable>: ExpressibleByArgument {
    let format: Format
    let path: String

    init?(argument: String) {
        let parts = argument.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, !parts[1].isEmpty, let format = Format(rawValue: parts[0]) else { return nil }
        self.format = format
        path = parts[1]
    }

    static var allValueStrings: [String] { Format.allCases.map { "\($0.rawValue):文件" } }
}
