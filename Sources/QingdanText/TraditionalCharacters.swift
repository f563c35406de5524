/// Traditional characters (繁体字) and their simplified forms: the characters OpenCC's
/// TSCharacters simplifies that the 通用规范汉字表 does not list, and the TSPhrases entries holding
/// one, which simplify by context (項鍊 → 项链, not 项炼; 錢鍾書 → 钱锺书). Generated into
/// TraditionalTableData (`swift run qingdan-generate`; a test fails when the copy is stale), so
/// the tool needs neither OpenCC nor Unihan at run time.
enum TraditionalCharacters {
    struct Phrase: Sendable {
        let written: [Unicode.Scalar]
        /// Character for character: `written[i]` becomes `simplified[i]`.
        let simplified: [Unicode.Scalar]
    }

    static let table: [Unicode.Scalar: Unicode.Scalar] = {
        var table: [Unicode.Scalar: Unicode.Scalar] = [:]
        var pending: Unicode.Scalar?
        for scalar in TraditionalTableData.pairs.unicodeScalars where scalar != "\n" {
            if let traditional = pending {
                table[traditional] = scalar
                pending = nil
            } else {
                pending = scalar
            }
        }
        return table
    }()

    /// Phrases by their first scalar, longest first.
    static let phrases: [Unicode.Scalar: [Phrase]] = {
        var phrases: [Unicode.Scalar: [Phrase]] = [:]
        for line in TraditionalTableData.phrases.split(separator: "\n") {
            let halves = line.split(separator: " ")
            let phrase = Phrase(written: Array(halves[0].unicodeScalars), simplified: Array(halves[1].unicodeScalars))
            phrases[phrase.written[0], default: []].append(phrase)
        }
        return phrases.mapValues { $0.sorted { $0.written.count > $1.written.count } }
    }()

    /// The longest phrase written at `index`.
    static func phrase(in scalars: [Unicode.Scalar], at index: Int) -> Phrase? {
        phrases[scalars[index]]?.first { phrase in
            index + phrase.written.count <= scalars.count
                && phrase.written.indices.allSatisfy { scalars[index + $0] == phrase.written[$0] }
        }
    }
}
