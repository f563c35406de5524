import Foundation

/// The Swift source of `Sources/QingdanText/TraditionalTableData.swift`: every traditional
/// character of the CJK blocks with its simplified form, from ICU's Hant→Hans transform.
enum TraditionalTable {
    static func generate() -> String {
        var pairs: [String] = []
        for value in 0x3400...0x9FFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let character = String(Character(scalar))
            guard let simplified = character.applyingTransform(StringTransform("Hant-Hans"), reverse: false),
                simplified != character, simplified.unicodeScalars.count == 1
            else { continue }
            pairs.append(character + simplified)
        }
        var lines: [String] = []
        var index = 0
        while index < pairs.count {
            lines.append("    " + pairs[index..<min(index + 32, pairs.count)].joined())
            index += 32
        }
        return GeneratedFiles.swiftBanner(from: "ICU's Hant-Hans transform") + """
            enum TraditionalTableData {
                /// Each traditional character followed by its simplified form: \(pairs.count) pairs.
                static let pairs = \"\"\"
            \(lines.joined(separator: "\n"))
                \"\"\"
            }

            """
    }
}
