import Catalog
import GRDB

/// A recorded assessment event (patrol finding, verified complaint, review level...).
public struct EventRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "assessment_event"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    public var id: Int64?
    public var date: String
    public var windowNumber: Int
    public var staff: String
    public var item: String
    public var count: Int
    public var serious: Bool
    public var note: String?
    public var recordedBy: String
    public var importBatchId: Int64?
    /// The post of the staff member the event is about, when recorded.
    public var post: Post?

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A frozen result: the ranking as published, with the versions of catalog and rules it used.
public struct PublishedScoreRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "published_score"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    public var id: Int64?
    public var scheme: String
    public var period: String
    /// The result as JSON.
    public var result: String
    public var catalogFingerprint: String
    public var rulesFingerprint: String
    public var publishedAt: String
    public var publishedBy: String

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A director's correction of a published result: the new result, who made it and why. The
/// published result it supersedes stays as it was.
public struct PublishedScoreCorrectionRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "published_score_correction"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    public var id: Int64?
    public var publishedScoreId: Int64
    /// The corrected result as JSON.
    public var result: String
    public var catalogFingerprint: String
    public var rulesFingerprint: String
    public var correctedAt: String
    public var correctedBy: String
    public var reason: String

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
