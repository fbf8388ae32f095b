import Foundation
import GRDB

/// One applicant's rating (好差评) of a completed or refused case: the level, the reasons chosen
/// from the catalog's list, an optional comment, where it was given, and the case's window and
/// the staff member who closed it. Never changed or deleted (`v9-ratings`).
public struct RatingRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "rating"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    /// The five levels, best first, as stored.
    public enum Level: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible {
        case verySatisfied = "very_satisfied"
        case satisfied
        case basicallySatisfied = "basically_satisfied"
        case dissatisfied
        case veryDissatisfied = "very_dissatisfied"

        /// The level as applicants see it.
        public var chinese: String {
            switch self {
            case .verySatisfied: "非常满意"
            case .satisfied: "满意"
            case .basicallySatisfied: "基本满意"
            case .dissatisfied: "不满意"
            case .veryDissatisfied: "非常不满意"
            }
        }

        /// 不满意 and 非常不满意: a bad rating (差评), which opens a follow-up.
        public var isBad: Bool { self == .dissatisfied || self == .veryDissatisfied }

        /// 非常满意, 满意 and 基本满意: counted as satisfied in the 满意率.
        public var isSatisfied: Bool { !isBad }

        /// A level from its stored id or its Chinese name.
        public init?(text: String) {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            guard let level = Self(rawValue: trimmed) ?? Self.allCases.first(where: { $0.chinese == trimmed }) else {
                return nil
            }
            self = level
        }
    }

    public enum Channel: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible {
        case onSite = "on_site"
        case online
    }

    public var id: Int64?
    public var caseId: Int64
    public var windowNumber: Int
    /// Who closed the case (completed or refused it); nil when the ledger does not say.
    public var staff: String?
    public var level: Level
    /// JSON array of the reasons chosen, as the catalog names them.
    public var reasons: String
    public var comment: String?
    public var channel: Channel
    public var ratedAt: String

    public init(
        id: Int64? = nil, caseId: Int64, windowNumber: Int, staff: String?, level: Level, reasons: [String],
        comment: String?, channel: Channel, ratedAt: String
    ) {
        self.id = id
        self.caseId = caseId
        self.windowNumber = windowNumber
        self.staff = staff
        self.level = level
        let data = (try? JSONEncoder().encode(reasons)) ?? Data("[]".utf8)
        self.reasons = String(decoding: data, as: UTF8.self)
        self.comment = comment
        self.channel = channel
        self.ratedAt = ratedAt
    }

    /// The reasons as a list.
    public var reasonList: [String] {
        (try? JSONDecoder().decode([String].self, from: Data(reasons.utf8))) ?? []
    }

    /// The day it was given, `YYYY-MM-DD`.
    public var ratedOn: String { String(ratedAt.prefix(10)) }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    public enum Columns {
        public static let caseId = Column("case_id")
        public static let windowNumber = Column("window_number")
        public static let ratedAt = Column("rated_at")
    }
}
