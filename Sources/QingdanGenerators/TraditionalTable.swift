import Foundation

/// The Swift source of `Sources/QingdanText/TraditionalTableData.swift`. A character is
/// traditional when OpenCC's TSCharacters maps it to a first candidate other than itself and the
/// 通用规范汉字表 (2013; Unihan kTGH) does not list it; its simplified form is that candidate.
enum TraditionalTable {
    static let path = "Sources/QingdanText/TraditionalTableData.swift"

    static func generate(from sources: TraditionalTableSources) throws -> String {
        let standard = try sources.standardCharacters()
        guard standard.characters.count == 8105 else {
            throw GeneratedFiles.Failure(
                description: "Unihan kTGH lists \(standard.characters.count) characters, not the table's 8105")
        }
        let characterEntries = try sources.dictionary("TSCharacters")
        var simplified: [Unicode.Scalar: Unicode.Scalar] = [:]
        var mappedButStandard: [Unicode.Scalar] = []
        for entry in characterEntries {
            guard let key = scalar(entry.key), let first = scalar(entry.candidates[0]),
                !key.properties.isWhitespace, !first.properties.isWhitespace
            else {
                throw GeneratedFiles.Failure(description: "TSCharacters: \(entry.key) is not one character to one")
            }
            guard first != key else { continue }
            if standard.characters.contains(key) {
                mappedButStandard.append(key)
            } else {
                simplified[key] = first
            }
        }

        let pairs = simplified.keys.sorted { $0.value < $1.value }.map { String($0) + String(simplified[$0]!) }
        var pairLines: [String] = []
        var index = 0
        while index < pairs.count {
            pairLines.append("    " + pairs[index..<min(index + 32, pairs.count)].joined())
            index += 32
        }
        let standardList = mappedButStandard.sorted { $0.value < $1.value }.map(String.init).joined()
        let origin =
            "OpenCC \(try sources.openccVersion()) (TSCharacters) and Unihan \(standard.unicodeVersion) (kTGH)"
        return GeneratedFiles.swiftBanner(from: origin) + """
            // A character is traditional when OpenCC's TSCharacters maps it to a first candidate other
            // than itself and the 通用规范汉字表 (2013; kTGH, \(standard.characters.count) characters) does not list it.
            // TSCharacters: \(characterEntries.count) entries, \(pairs.count) traditional; mapped but standard, so not listed: \(standardList).

            enum TraditionalTableData {
                /// Each traditional character followed by its simplified form: \(pairs.count) pairs.
                static let pairs = \"\"\"
            \(pairLines.joined(separator: "\n"))
                \"\"\"
            }

            """
    }

    private static func scalar(_ text: String) -> Unicode.Scalar? {
        text.unicodeScalars.count == 1 ? text.unicodeScalars.first : nil
    }
}
