import QingdanYAML

/// Text that fills a field without answering it: 无, 暂无, 待定, 待补充, /, —, N/A and the like.
/// Drafters write these where a form demands a value they do not have; a check that asks whether
/// an item states its basis or its funding must read them as not stated.
public enum FillerText {
    /// The fillers, compared after `normalized` (spaces, full-width forms and closing punctuation
    /// taken away, a bracket pair around the whole text removed).
    static let words: Set<String> = [
        "无", "暂无", "没有", "尚无", "均无", "无依据", "暂无依据", "无相关依据", "无法律依据", "无文件",
        "待定", "待补", "待补充", "待填", "待填写", "待完善", "待核实", "待确认", "待明确", "另行通知",
        "空", "略", "缺", "不详", "未知", "未填", "未填写", "未明确", "不适用",
        "/", "//", "-", "--", "---", "—", "——", "…", "……", "...", "x", "xx", "xxx",
        "n/a", "na", "nil", "null", "tbd",
    ]

    /// The longest filler in UTF-8 bytes, so that longer texts are rejected without work.
    static let longest = words.map(\.utf8.count).max() ?? 0

    /// The filler `node` holds, as written; nil when it holds something else (or nothing).
    public static func filler(in node: YAMLNode) -> String? {
        guard node.isScalar, node.withTextBytes(isFiller) == true else { return nil }
        return node.text
    }

    /// Whether UTF-8 `bytes` are only a filler. Most texts are rejected by their length or their
    /// first character without building a string: this runs for every field a check reads.
    public static func isFiller(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // Spaces and punctuation may add a few bytes around a filler.
        guard !bytes.isEmpty, bytes.count <= longest + 12, let first = firstScalar(of: bytes),
            starts.contains(first)
        else { return false }
        return normalize(bytes).map(words.contains) ?? false
    }

    /// Whether `text` is only a filler.
    public static func isFiller(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(isFiller)
    }

    /// The characters a filler may begin with as written: the first character of each filler,
    /// its full-width form, and the spaces and brackets that may stand before it.
    static let starts: Set<UInt32> = {
        var starts: Set<UInt32> = [0x20, 0x09, 0x3000, 0xA0, 0x28, 0x5B, 0xFF08, 0xFF3B, 0x3010, 0x3014, 0x300C]
        for word in words {
            guard let scalar = word.unicodeScalars.first else { continue }
            starts.insert(scalar.value)
            if (0x21...0x7E).contains(scalar.value) { starts.insert(scalar.value + 0xFEE0) }
            if (0x61...0x7A).contains(scalar.value) {
                starts.insert(scalar.value - 0x20)
                starts.insert(scalar.value - 0x20 + 0xFEE0)
            }
            if scalar == "—" { starts.formUnion([0x2012, 0x2013, 0x2015, 0x2212]) }
        }
        return starts
    }()

    private static func firstScalar(of bytes: UnsafeBufferPointer<UInt8>) -> UInt32? {
        let lead = bytes[0]
        if lead < 0x80 { return UInt32(lead) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard bytes.count >= length else { return nil }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for index in 1..<length { value = value << 6 | UInt32(bytes[index] & 0x3F) }
        return value
    }

    /// `bytes` as a filler would be compared: ASCII lower case, full-width forms (`／`, `－`,
    /// `ｎ／ａ`) as ASCII, spaces and sentence-final punctuation dropped, and one pair of brackets
    /// around the whole text removed (（无）).
    static func normalize(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var scalars: [Unicode.Scalar] = []
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            var value = scalar.value
            if (0xFF01...0xFF5E).contains(value) { value -= 0xFEE0 }
            if (0x41...0x5A).contains(value) { value += 0x20 }
            switch value {
            case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x3000: continue
            case 0x3002, 0x3B, 0x2C, 0x3001, 0x21, 0x3F:  // 。;,、!?
                continue
            case 0x2012...0x2015, 0x2212: value = 0x2014  // dashes read as —
            default: break
            }
            guard let folded = Unicode.Scalar(value) else { return nil }
            scalars.append(folded)
        }
        let opening: Set<Unicode.Scalar> = ["(", "[", "【", "〔", "「"]
        let closing: Set<Unicode.Scalar> = [")", "]", "】", "〕", "」"]
        if scalars.count > 2, let first = scalars.first, let last = scalars.last, opening.contains(first),
            closing.contains(last)
        {
            scalars = Array(scalars.dropFirst().dropLast())
        }
        if scalars.count > 1, scalars.last == ".", scalars[scalars.count - 2] != "." { scalars.removeLast() }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars)
        return String(text)
    }
}

/// What an `approval` must say to exempt anything: who approved (an organ: 区委, 区政府, 县人民政府,
/// 镇党委, 常务会议 …) and when (a date, or a document number with its year: 〔2023〕5号).
public enum ApprovalText {
    /// What `text` lacks to be an approval, in Chinese (审定机关, 审定日期); empty when it has both.
    public static func missingParts(of text: String) -> [String] {
        var missing: [String] = []
        if isRefusal(text) { return ["审定机关", "审定日期"] }
        if !organMarkers.contains(where: text.contains) { missing.append("审定机关") }
        if !hasDate(text) { missing.append("审定日期") }
        return missing
    }

    /// Text that says there was no approval: 未经审批, 未审批, 待审批, 审批中, 尚未批复.
    public static func isRefusal(_ text: String) -> Bool {
        let compact = text.filter { !$0.isWhitespace }
        return refusals.contains { compact.hasPrefix($0) } || pending.contains(where: compact.contains)
    }

    static let refusals = ["未经", "未审", "未批", "未报", "无审批", "无需审批", "不需审批", "待审", "待批", "拟报", "正在审"]
    /// Words anywhere in the text that say the approval has not come: 已报区政府审批，尚未批复.
    static let pending = ["尚未", "未批复", "待批复", "未获批", "未获", "审批中", "审核中", "正在审", "正在报批", "报批中"]

    /// Words that name an approving organ or the meeting it approved at (区委, 政府, 常务会议,
    /// 民政局, 街道办事处, 镇党委). Not 中心: a village's 党群服务中心 approves nothing; a pack whose
    /// source names a 中心 that does (罗江's 区基层治理促进中心) says so itself.
    static let organMarkers = [
        "委", "政府", "府", "人大", "会议", "局", "厅", "办公室", "办事处", "府办", "委办", "组织部", "宣传部", "统战部",
        "街道", "镇", "乡", "院",
    ]

    /// Whether `text` holds a year from 1949 on written as a date or in a document number:
    /// 2023-04-01, 2023年4月, 2023.4.1, 2023/4/1, 〔2023〕, [2023], (2023).
    static func hasDate(_ text: String) -> Bool {
        // Years in Chinese numerals (二〇二三年) are years too; spaces may stand before 年.
        let numerals: [Character: Character] = [
            "〇": "0", "零": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "八": "8",
            "九": "9",
        ]
        let normalized = String(text.filter { !$0.isWhitespace }.map { numerals[$0] ?? $0 })
        let scalars = Array(normalized.unicodeScalars)
        var index = 0
        while index + 4 <= scalars.count {
            let digits = scalars[index..<index + 4].compactMap { asciiDigit($0) }
            let before = index > 0 ? asciiDigit(scalars[index - 1]) : nil
            if digits.count == 4, before == nil {
                let year = digits.reduce(0) { $0 * 10 + $1 }
                let next = index + 4 < scalars.count ? scalars[index + 4] : nil
                if (1949...2100).contains(year), let next, "年-./〕]）)】".unicodeScalars.contains(next) {
                    return true
                }
            }
            index += 1
        }
        return false
    }

    private static func asciiDigit(_ scalar: Unicode.Scalar) -> Int? {
        var value = scalar.value
        if (0xFF10...0xFF19).contains(value) { value -= 0xFEE0 }
        return (0x30...0x39).contains(value) ? Int(value - 0x30) : nil
    }
}

/// What funding for work handed to a village must not say: that the village pays (自筹, 自行解决,
/// 村集体经济). 「费随事转」 means the department that hands the work over pays for it.
public enum FundingText {
    static let selfFunding = [
        "自筹", "自行解决", "自行承担", "自行负担", "自负", "村集体经济", "村集体收入", "村级承担", "村居承担", "村(居)承担",
        "村（居）承担", "村委会承担", "村级组织承担", "本村承担", "村里承担",
    ]

    /// The words of `text` that make the village pay, or nil when it names another payer. A word
    /// its clause denies (不由村集体经济承担, 无需村级自筹) does not count.
    public static func villagePays(_ text: String) -> String? {
        // Nearly every funding text names no such word: find that out on the bytes.
        let bytes = Array(text.utf8)
        guard selfFundingBytes.contains(where: { contains(bytes, $0) }) else { return nil }
        for word in selfFunding where text.contains(word) {
            var rest = Substring(text)
            while let range = rest.firstRange(of: word) {
                let clause = text[..<range.lowerBound].split { "，。；,;".contains($0) }.last ?? ""
                if !denials.contains(where: clause.contains) { return word }
                rest = rest[range.upperBound...]
            }
        }
        return nil
    }

    static let denials = ["不由", "不得", "不需", "无需", "不要求", "不用", "不再", "严禁", "禁止"]
    static let selfFundingBytes = selfFunding.map { Array($0.utf8) }

    private static func contains(_ bytes: [UInt8], _ word: [UInt8]) -> Bool {
        guard let first = word.first, word.count <= bytes.count else { return false }
        var index = 0
        while index + word.count <= bytes.count {
            if bytes[index] == first, bytes[index..<index + word.count].elementsEqual(word) { return true }
            index += 1
        }
        return false
    }
}
