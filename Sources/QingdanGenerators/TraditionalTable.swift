import Foundation

/// The Swift source of `Sources/QingdanText/TraditionalTableData.swift`. A character is
/// traditional when OpenCC's TSCharacters maps it to a first candidate other than itself and the
/// 通用规范汉字表 (2013; Unihan kTGH) does not list it; its simplified form is that candidate. The
/// TSPhrases entries kept are those whose key holds a traditional character.
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

        let phraseEntries = try sources.dictionary("TSPhrases")
        var phrases: [(written: String, simplified: String)] = []
        for entry in phraseEntries where entry.key.unicodeScalars.contains(where: { simplified[$0] != nil }) {
            let first = entry.candidates[0]
            guard first.unicodeScalars.count == entry.key.unicodeScalars.count,
                !(entry.key + first).unicodeScalars.contains(where: { $0.properties.isWhitespace || $0 == "\\" })
            else {
                throw GeneratedFiles.Failure(
                    description: "TSPhrases: \(entry.key) → \(first) is not character for character")
            }
            phrases.append((entry.key, first))
        }
        phrases.sort { $0.written.unicodeScalars.lexicographicallyPrecedes($1.written.unicodeScalars) }

        let pairs = simplified.keys.sorted { $0.value < $1.value }.map { String($0) + String(simplified[$0]!) }
        var pairLines: [String] = []
        var index = 0
        while index < pairs.count {
            pairLines.append("    " + pairs[index..<min(index + 32, pairs.count)].joined())
            index += 32
        }
        let standardList = mappedButStandard.sorted { $0.value < $1.value }.map(String.init).joined()
        let origin =
            "OpenCC \(try sources.openccVersion()) (TSCharacters, TSPhrases) and Unihan \(standard.unicodeVersion) (kTGH)"
        return GeneratedFiles.swiftBanner(from: origin) + """
            // A character is traditional when OpenCC's TSCharacters maps it to a first candidate other
            // than itself and the 通用规范汉字表 (2013; kTGH, \(standard.characters.count) characters) does not list it.
            // TSCharacters: \(characterEntries.count) entries, \(pairs.count) traditional; mapped but standard, so not listed: \(standardList).
            // TSPhrases: \(phraseEntries.count) entries, the \(phrases.count) whose key holds a traditional character.

            enum TraditionalTableData {
                /// Each traditional character followed by its simplified form: \(pairs.count) pairs.
                static let pairs = \"\"\"
            \(pairLines.joined(separator: "\n"))
                \"\"\"

                /// Phrases, one a line: as written, a space, and simplified character for character.
                static let phrases = \"\"\"
            \(phrases.map { "    \($0.written) \($0.simplified)" }.joined(separator: "\n"))
                \"\"\"
            }

            """
    }

    private static func scalar(_ text: String) -> Unicode.Scalar? {
        text.unicodeScalars.count == 1 ? text.unicodeScalars.first : nil
    }
}
