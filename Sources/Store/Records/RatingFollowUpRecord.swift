import GRDB

/// One act after a bad rating (差评): a 回访 or 整改 by the window, an appeal (申诉), or the
/// director's review of the appeal. Never changed or deleted (`v10-rating-follow-ups`).
public struct RatingFollowUpRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "rating_follow_up"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    public enum Kind: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible {
        case callback, rectification, appeal, review

        public var chinese: String {
            switch self {
            case .callback: "回访"
            case .rectification: "整改"
            case .appeal: "申诉"
            case .review: "申诉复核"
            }
        }
    }

    public enum Decision: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible {
        /// The appeal stands: the rating is found unfounded.
        case upheld
        /// The appeal fails: the rating stands.
        case rejected

        public var chinese: String { self == .upheld ? "申诉成立" : "申诉不成立" }
    }

    public var id: Int64?
    public var ratingId: Int64
    public var kind: Kind
    public var decision: Decision?
    public var note: String
    public var doneBy: String
    public var doneAt: String

    public init(
        id: Int64? = nil, ratingId: Int64, kind: Kind, decision: Decision? = nil, note: String, doneBy: String,
        doneAt: String
    ) {
        self.id = id
        self.ratingId = ratingId
        self.kind = kind
        self.decision = decision
        self.note = note
        self.doneBy = doneBy
        self.doneAt = doneAt
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    public enum Columns {
        public static let ratingId = Column("rating_id")
        public static let kind = Column("kind")
    }
}
