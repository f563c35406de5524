/// Non-standard simplified forms seen on signs: characters of the withdrawn second simplification
/// scheme (二简字) and irregular substitutions, with the standard form. A form is not flagged inside
/// the words where its character is itself standard (亍 in 彳亍, 仃 in 伶仃).
enum NonstandardForms {
    struct Form: Sendable {
        let written: String
        let standard: String
        /// Words in which `written` is correct.
        let correctIn: [String]
    }

    static let all: [Form] = [
        Form(written: "亍", standard: "街", correctIn: ["彳亍"]),
        Form(written: "歺", standard: "餐", correctIn: []),
        Form(written: "仃", standard: "停", correctIn: ["伶仃"]),
        Form(written: "囯", standard: "国", correctIn: []),
        Form(written: "斈", standard: "学", correctIn: []),
        Form(written: "叧", standard: "另", correctIn: []),
        Form(written: "鸡旦", standard: "鸡蛋", correctIn: []),
        Form(written: "付书记", standard: "副书记", correctIn: []),
        Form(written: "付主任", standard: "副主任", correctIn: []),
        Form(written: "付村长", standard: "副村长", correctIn: []),
        Form(written: "付组长", standard: "副组长", correctIn: []),
        Form(written: "付站长", standard: "副站长", correctIn: []),
    ]

    private static let byFirstScalar: [Unicode.Scalar: [Form]] = Dictionary(grouping: all) {
        $0.written.unicodeScalars.first!
    }

    /// The form written at `index`, unless the surrounding word is one where it is correct.
    static func match(_ scalars: [Unicode.Scalar], at index: Int) -> Form? {
        guard let candidates = byFirstScalar[scalars[index]] else { return nil }
        for form in candidates where matches(Array(form.written.unicodeScalars), in: scalars, at: index) {
            let excused = form.correctIn.contains { word in
                let wordScalars = Array(word.unicodeScalars)
                let written = Array(form.written.unicodeScalars)
                guard
                    let offset = (0...(wordScalars.count - written.count)).first(where: {
                        matches(written, in: wordScalars, at: $0)
                    })
                else { return false }
                return index >= offset && matches(wordScalars, in: scalars, at: index - offset)
            }
            if !excused { return form }
        }
        return nil
    }

    private static func matches(_ needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], at start: Int) -> Bool {
        guard start >= 0, start + needle.count <= haystack.count else { return false }
        for offset in 0..<needle.count where haystack[start + offset] != needle[offset] { return false }
        return true
    }
}
