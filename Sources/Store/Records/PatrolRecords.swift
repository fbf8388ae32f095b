import GRDB

/// A patrol round (巡查): when, who patrolled (staff ids, JSON array), which windows were visited
/// (JSON array of numbers) and the scheme whose items its findings name.
public struct PatrolRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "patrol"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    public var id: Int64?
    public var patrolledAt: String
    public var patrollers: String
    public var windows: String
    public var scheme: String
    public var recordedBy: String
    public var recordedAt: String

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// One finding of a patrol, with the assessment event it became.
public struct PatrolFindingRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "patrol_finding"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    public var id: Int64?
    public var patrolId: Int64
    public var eventId: Int64
    public var windowNumber: Int
    /// The staff member concerned; empty for a finding about the window (窗口空岗).
    public var staff: String
    public var item: String
    public var note: String?

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A window's answer to a finding (落实反馈): what was done about it, by whom and when.
public struct PatrolAnswerRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "patrol_answer"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    public var id: Int64?
    public var findingId: Int64
    public var answer: String
    public var answeredBy: String
    public var answeredAt: String

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
