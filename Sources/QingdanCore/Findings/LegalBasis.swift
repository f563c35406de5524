import QingdanPluginAPI

/// The policy a rule rests on: which document, where in it, and the sentence itself. One object
/// per rule, which every finding of the rule shares (copying a finding copies one reference, not
/// the document's title, number, section and quote).
public final class LegalBasis: Sendable, Equatable {
    public enum Status: String, Sendable, CaseIterable {
        /// The quote was checked against the document.
        case verified
        /// The fact could not be checked against a primary source; reports say so.
        case unverified
    }

    /// The short name the pack gives the document, such as `yubei-access`.
    public let documentID: String
    public let document: PolicyDocument
    public let section: String
    public let quote: String
    public let status: Status
    /// The days the rule resting on this basis is in force, and whether they are verified.
    public let effective: DateRange

    public init(
        documentID: String, document: PolicyDocument, section: String, quote: String, status: Status,
        effective: DateRange = .always
    ) {
        self.documentID = documentID
        self.document = document
        self.section = section
        self.quote = quote
        self.status = status
        self.effective = effective
        var remarks: [String] = []
        if status == .unverified { remarks.append("未核实") }
        if document.isDraft { remarks.append("依据为征求意见稿") }
        if !effective.verified { remarks.append(effective.until == nil ? "施行日期未核实" : "起止日期未核实") }
        self.remarks = remarks
        remarkText = remarks.isEmpty ? "" : "（" + remarks.joined(separator: "；") + "）"
    }

    /// What every report says beside the citation: 未核实 (the quote), 依据为征求意见稿 (a draft),
    /// 施行日期未核实 or 起止日期未核实 (a day the source does not give).
    public let remarks: [String]

    /// The remarks in brackets, such as 「（依据为征求意见稿；施行日期未核实）」, or nothing.
    public let remarkText: String

    public static func == (a: LegalBasis, b: LegalBasis) -> Bool {
        a === b
            || (a.documentID == b.documentID && a.document == b.document && a.section == b.section
                && a.quote == b.quote && a.status == b.status && a.effective == b.effective)
    }
}

/// A policy document a pack cites.
public struct PolicyDocument: Sendable, Equatable {
    /// Whether the document is in force or only a draft (征求意见稿).
    public enum Status: String, Sendable, CaseIterable {
        case inForce = "in-force"
        /// A draft for comment: rules resting on it say so in every report.
        case draft
    }

    /// Words in a title that make a document a draft whatever its pack says.
    public static let draftWords = ["征求意见稿", "送审稿", "草案"]

    /// Full title as printed, such as 《渝北区村级组织工作事项准入制度实施办法》.
    public let title: String
    /// Issuing number such as 民发〔2020〕20号, when there is one.
    public let number: String?
    /// Where the text can be read: a file under Rules/sources/ or a public address.
    public let source: String?
    public let issued: CivilDateText?
    /// Who issued it: a child pack may loosen a parent's limit only by citing a higher authority.
    public let authority: Authority
    public let status: Status

    public init(
        title: String, number: String? = nil, source: String? = nil, issued: CivilDateText? = nil,
        authority: Authority, status: Status = .inForce
    ) {
        self.title = title
        self.number = number
        self.source = source
        self.issued = issued
        self.authority = authority
        self.status = status
    }

    public var isDraft: Bool { status == .draft }
}

/// The level of government a document comes from, lowest first.
public enum Authority: String, Sendable, CaseIterable, Comparable {
    case township, county, city, province, national

    public static func < (lhs: Authority, rhs: Authority) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    public var chineseName: String {
        switch self {
        case .township: "乡级"
        case .county: "县级"
        case .city: "市级"
        case .province: "省级"
        case .national: "国家"
        }
    }
}

/// A date kept as written, for display (`2022-08-22`).
public typealias CivilDateText = String
