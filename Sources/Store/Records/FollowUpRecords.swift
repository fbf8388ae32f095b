import GRDB

/// A first-question referral (首问): what was asked, who took it, where it was sent; feedback due.
public struct ReferralRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "referral"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    public var id: Int64?
    public var question: String
    public var studentNumber: String?
    public var windowNumber: Int?
    public var takenBy: String
    public var sentTo: String
    public var askedAt: String
    public var due: String
    /// The due date rests on the statutory holidays alone (the year's arrangement not yet imported).
    public var dueProvisional: Bool = false
    public var answeredAt: String?
    public var answer: String?

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A complaint; the investigation's answer is due within the hall's commitment (3 working days).
public struct ComplaintRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "complaint"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    public var id: Int64?
    public var studentNumber: String?
    /// What it is about: a window number, a department id or words.
    public var about: String
    public var windowNumber: Int?
    public var text: String
    public var receivedBy: String
    public var receivedAt: String
    public var due: String
    /// The due date rests on the statutory holidays alone (the year's arrangement not yet imported).
    public var dueProvisional: Bool = false
    public var answeredAt: String?
    public var answer: String?

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A repair request; due within 48 hours, wall-clock.
public struct RepairRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "repair"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    public var id: Int64?
    public var studentNumber: String?
    public var location: String
    public var description: String
    public var windowNumber: Int?
    public var reportedBy: String
    public var reportedAt: String
    public var due: String
    public var doneAt: String?
    public var doneBy: String?

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
