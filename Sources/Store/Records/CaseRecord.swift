import Catalog
import GRDB

/// A case (办件) in the ledger. Times are the hall's local time, `YYYY-MM-DDTHH:MM`; days `YYYY-MM-DD`.
public struct CaseRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "ledger_case"

    /// Column names spelled out: GRDB's snake-case strategy converts every key of every row,
    /// which took a third of a 100,000-row import.
    enum CodingKeys: String, CodingKey {
        case id, post, channel, due, status, facts, materials
        case serviceId = "service_id", windowNumber = "window_number", studentNumber = "student_number"
        case studentName = "student_name", greenChannel = "green_channel", submittedAt = "submitted_at"
        case acceptedOn = "accepted_on", limitKind = "limit_kind", limitValue = "limit_value"
        case onCorrection = "on_correction", pausedAt = "paused_at", completedAt = "completed_at"
        case refusalCode = "refusal_code", refusedAt = "refused_at", acceptedBy = "accepted_by", importBatchId =
            "import_batch_id"
        case dueProvisional = "due_provisional"
    }

    public enum Status: String, Codable, Sendable, DatabaseValueConvertible {
        case open, paused, completed, refused
    }

    public var id: Int64?
    public var serviceId: String
    public var windowNumber: Int
    public var studentNumber: String
    public var studentName: String?
    /// JSON object of fact id to value.
    public var facts: String
    /// JSON object of material id to its status in the notice when the case was accepted.
    public var materials: String
    public var post: Post
    public var channel: String
    public var greenChannel: Bool
    public var submittedAt: String
    /// The working day the case counts as accepted (the cut-off rule).
    public var acceptedOn: String
    public var limitKind: TimeLimit.Kind
    public var limitValue: Int?
    public var onCorrection: Service.OnCorrection
    /// A day for working-day limits, a moment for hour limits.
    public var due: String
    /// The due date rests on the statutory holidays alone (the year's arrangement not yet imported).
    public var dueProvisional: Bool = false
    public var status: Status
    public var pausedAt: String?
    public var completedAt: String?
    public var refusalCode: String?
    /// When the case was refused (不予受理); a refused case has no completion time.
    public var refusedAt: String?
    public var acceptedBy: String
    public var importBatchId: Int64?

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    public enum Columns {
        public static let id = Column("id")
        public static let status = Column("status")
        public static let windowNumber = Column("window_number")
        public static let post = Column("post")
        public static let due = Column("due")
        public static let acceptedOn = Column("accepted_on")
        public static let importBatchId = Column("import_batch_id")
        public static let dueProvisional = Column("due_provisional")
    }
}

/// A step of a case's procedure done by a named person (for separation of duties).
public struct CaseStepRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "case_step"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    public var caseId: Int64
    public var stepId: String
    public var performedBy: String
    public var performedAt: String

    public enum Columns {
        public static let caseId = Column("case_id")
    }
}

/// One entry of the audit trail: who did what, when, with the record before and after.
public struct AuditRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "audit"

    public var id: Int64?
    public var entity: String
    public var entityId: Int64
    public var action: String
    public var actor: String
    public var at: String
    public var before: String?
    public var after: String?

    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    public enum Columns {
        public static let entity = Column("entity")
        public static let entityId = Column("entity_id")
    }
}

/// A batch of imported rows, so an import can be recognised and traced.
public struct ImportBatchRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "import_batch"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    public var id: Int64?
    public var kind: String
    public var file: String
    public var fingerprint: String
    public var rows: Int
    public var importedAt: String
    public var importedBy: String

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
