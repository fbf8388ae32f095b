import GRDB

/// One student's 阳光窗口 vote: the period, the window, when and how; `voter` is the HMAC of
/// the student number, never the number.
public struct SunshineVoteRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "sunshine_vote"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    public var id: Int64?
    public var period: String
    public var window: Int
    public var voter: String
    public var castAt: String
    public var channel: RatingRecord.Channel

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// The teachers' or the hall's opinion of a window for a period (0-100); the latest per window
/// and source is in force, earlier ones are the trail.
public struct SunshineOpinionRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "sunshine_opinion"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    public var id: Int64?
    public var period: String
    public var window: Int
    public var source: String
    public var score: Double
    public var note: String?
    public var enteredBy: String
    public var enteredAt: String

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
