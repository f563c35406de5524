/// Single traditional characters and their simplified forms, from ICU's Hant→Hans transform over
/// U+3400–U+9FFF. The table is generated (`swift run qingdan-generate`, with Foundation; a test
/// fails when this copy is stale), so the tool itself does not need ICU at run time.
enum TraditionalCharacters {
    /// The simplified form of a traditional character; nil for characters that are not traditional.
    static func simplified(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        guard (0x3400...0x9FFF).contains(scalar.value) else { return nil }
        return table[scalar]
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
}
