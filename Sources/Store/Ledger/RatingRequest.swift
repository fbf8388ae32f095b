import Catalog

/// An applicant's rating of a case, as a front end hands it to `Ledger.rate`.
public struct RatingRequest: Sendable {
    public var caseId: Int64
    /// The last four characters of the case's student number: how the applicant shows it is theirs.
    public var digits: String
    /// A level's id (`satisfied`) or Chinese name (`满意`).
    public var level: String
    public var reasons: [String]
    public var comment: String?
    public var channel: RatingRecord.Channel
    public var at: CivilDateTime

    public init(
        caseId: Int64, digits: String, level: String, reasons: [String] = [], comment: String? = nil,
        channel: RatingRecord.Channel, at: CivilDateTime
    ) {
        self.caseId = caseId
        self.digits = digits
        self.level = level
        self.reasons = reasons
        self.comment = comment
        self.channel = channel
        self.at = at
    }
}
