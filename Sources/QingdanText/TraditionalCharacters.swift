/// Traditional characters (繁体字) and their simplified forms: the characters OpenCC's
/// TSCharacters simplifies that the 通用规范汉字表 does not list, with OpenCC's first candidate.
/// Generated into TraditionalTableData (`swift run qingdan-generate`; a test fails when the copy
/// is stale), so the tool needs neither OpenCC nor Unihan at run time.
enum TraditionalCharacters {
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
