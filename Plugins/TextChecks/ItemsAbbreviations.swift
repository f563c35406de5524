import QingdanPluginAPI
import QingdanText
import QingdanYAML

/// `items.abbreviations`: names are written in full, not in the short forms the pack lists
/// (村委会 for 村民委员会). A short form counts only as a word of its own:
/// - not inside its own full form (文明实践站 in 新时代文明实践站);
/// - not when its last character begins a longer word there (村务监督会 in 村务监督会议室, whose
///   会 belongs to 会议; 村委 in 某某村委员会, whose 委 belongs to 委员).
struct ItemsAbbreviations: CheckKind {
    /// A class, so that trying every abbreviation on every name copies no arrays.
    final class Abbreviation: Sendable {
        let short: String
        let full: String
        let foldedShort: FoldedText
        let foldedFull: FoldedText
        /// UTF-8 length of the short form's last character.
        let lastCharacterCount: Int

        init(short: String, full: String) {
            self.short = short
            self.full = full
            foldedShort = FoldedText(short)
            foldedFull = FoldedText(full)
            lastCharacterCount = foldedShort.description.unicodeScalars.last.map { String($0).utf8.count } ?? 0
        }
    }

    struct Options: CheckOptions {
        @CheckOption("lists", title: "清单") var lists: [FilingList]
        @CheckOption("field", title: "检查的键，默认 name") var field: FieldName = "name"
        @CheckOption("abbreviations", title: "简称 → 全称", stricter: .superset) var abbreviations: OptionTable<String>
        @CheckOption("compounds", title: "简称末字与后字组成的词（有这些词时不算简称），默认见说明")
        var compounds: [String] = ItemsAbbreviations.defaultCompounds
    }

    struct Message: FindingMessage {
        let item: String
        let short: String
        let full: String
        let suggestion: String
        let title: String

        static let placeholders: [Placeholder<Message>] = [
            Placeholder("item", \.item, "名称"),
            Placeholder("short", \.short, "使用的简称"),
            Placeholder("full", \.full, "应使用的全称"),
            Placeholder("suggestion", \.suggestion, "改正后的名称"),
            Placeholder("title", \.title, "所在清单的名称"),
        ]
    }

    static let name = "items.abbreviations"
    static let summary = "名称写全称，不用简称（简称须是独立的词：村务监督会议室不含简称村务监督会）"
    static let fixSummary: String? = "把简称改为全称"

    /// Words that begin with a short form's last character: 会 in 会议室, 委 in 委员会.
    static let defaultCompounds = [
        "会议", "会场", "会计", "会员", "会长", "会所", "会堂", "会客", "会商", "会审", "会谈", "会展", "会务", "会见",
        "委员", "委托", "委派", "站点", "站长", "中心",
    ]

    /// A village name ends in 村; a short form that begins with 村 after it shares that 村
    /// (某某村委会 is 某某村 + 村委会, so its full name is 某某村村民委员会).
    static let sharedFirstCharacter: Character = "村"

    let lists: [FilingPath]
    let field: String
    /// Longest short form first, so 村监委会 is found before 村监委.
    let abbreviations: [Abbreviation]
    let compounds: [FoldedText]

    init(options: Options, context: CheckContext) throws(PackProblem) {
        lists = options.lists.map(\.path)
        field = try options.field.checked(in: options.lists, context)
        abbreviations = options.abbreviations.entries
            .map { Abbreviation(short: $0.key, full: $0.value) }
            .sorted { $0.foldedShort.bytes.count > $1.foldedShort.bytes.count }
        compounds = options.compounds.map(FoldedText.init)
    }

    var reads: [FilingPath] { lists }

    func run(on filing: FilingView, into sink: inout FindingSink<Message>) {
        for list in lists {
            for item in filing.items(of: list) {
                guard let node = item.value(field), node.isScalar else { continue }
                // Words are told apart in standard characters: 委員會 is 委员会, not 委 + 員會. A
                // name with traditional characters gets no fix here: the script's fix comes
                // first, and this one in the next round.
                var text = node.text ?? ""
                let traditional =
                    node.withTextBytes(ChineseScript.mayHaveIssues) == true && !ChineseScript.issues(in: text).isEmpty
                if traditional { text = ChineseScript.corrected(text) }
                let folded = traditional ? FoldedText(text) : filing.folded(node)
                guard let abbreviation = abbreviations.first(where: { !uses($0, in: folded).isEmpty }) else {
                    continue
                }
                let suggestion = suggestion(for: text)
                sink.report(
                    at: node, path: item.path.appending(key: field),
                    fix: traditional
                        ? nil
                        : node.edit(changingTextTo: suggestion).map {
                            SourceFix(title: "写全称：「\(text)」改为「\(suggestion)」", edits: [$0])
                        },
                    Message(
                        item: item.label, short: abbreviation.short, full: abbreviation.full,
                        suggestion: suggestion, title: list.title))
            }
        }
    }

    /// The byte offsets in `text` where `abbreviation` is used as a word of its own.
    func uses(_ abbreviation: Abbreviation, in text: FoldedText) -> [Int] {
        let short = abbreviation.foldedShort.bytes
        guard !short.isEmpty, text.contains(abbreviation.foldedShort) else { return [] }
        let bytes = text.bytes
        let fullRanges = occurrences(of: abbreviation.foldedFull.bytes, in: bytes).map {
            $0..<$0 + abbreviation.foldedFull.bytes.count
        }
        return occurrences(of: short, in: bytes).filter { start in
            let range = start..<start + short.count
            if fullRanges.contains(where: { $0.contains(range.lowerBound) && $0.upperBound >= range.upperBound }) {
                return false
            }
            let tail = range.upperBound - abbreviation.lastCharacterCount
            return !compounds.contains { compound in
                compound.bytes.count > abbreviation.lastCharacterCount
                    && bytes[tail...].starts(with: compound.bytes)
                    && bytes[tail..<range.upperBound].elementsEqual(
                        compound.bytes.prefix(abbreviation.lastCharacterCount))
            }
        }
    }

    private func occurrences(of needle: [UInt8], in haystack: [UInt8]) -> [Int] {
        guard !needle.isEmpty, needle.count <= haystack.count else { return [] }
        var found: [Int] = []
        var start = 0
        while start + needle.count <= haystack.count {
            if haystack[start] == needle[0], haystack[start..<start + needle.count].elementsEqual(needle) {
                found.append(start)
                start += needle.count
            } else {
                start += 1
            }
        }
        return found
    }

    /// `text` with every short form written out, repeated until no short form is left, so the
    /// suggestion is itself a full name.
    func suggestion(for text: String) -> String {
        // Short forms are found in folded text; written with spaces between (村 委会) they are
        // written out in the text without them.
        var text = abbreviations.contains(where: { text.contains($0.short) }) ? text : text.filter { !$0.isWhitespace }
        for _ in 0..<abbreviations.count {
            let folded = FoldedText(text)
            guard let abbreviation = abbreviations.first(where: { !uses($0, in: folded).isEmpty }) else { break }
            text = expand(text, abbreviation)
        }
        return text
    }

    /// `text` with the uses of one short form written out, leaving its full forms alone.
    private func expand(_ text: String, _ abbreviation: Abbreviation) -> String {
        var result = ""
        var rest = Substring(text)
        while let range = rest.firstRange(of: abbreviation.short) {
            let before = rest[..<range.lowerBound]
            result += before
            let preceding = before.last ?? result.last
            let following = rest[range.lowerBound...]
            if isInsideFull(result, following, abbreviation)
                || continuesCompound(rest[range.upperBound...], abbreviation)
            {
                result += rest[range]
            } else if abbreviation.short.first == Self.sharedFirstCharacter,
                abbreviation.full.first == Self.sharedFirstCharacter, let preceding,
                preceding != Self.sharedFirstCharacter
            {
                result += String(Self.sharedFirstCharacter) + abbreviation.full
            } else {
                result += abbreviation.full
            }
            rest = rest[range.upperBound...]
        }
        return result + rest
    }

    /// Whether the short form at the junction of `written` and `following` lies inside a full form.
    private func isInsideFull(_ written: String, _ following: Substring, _ abbreviation: Abbreviation) -> Bool {
        let full = abbreviation.full
        guard let offset = full.firstRange(of: abbreviation.short) else { return false }
        let prefix = full[..<offset.lowerBound]
        return written.hasSuffix(prefix) && (String(prefix) + following).hasPrefix(full)
    }

    private func continuesCompound(_ after: Substring, _ abbreviation: Abbreviation) -> Bool {
        guard let last = abbreviation.short.last else { return false }
        return compounds.contains { compound in
            let word = compound.description
            return word.first == last && after.hasPrefix(word.dropFirst())
        }
    }
}
