import GRDB

/// A case just accepted, with what the window should double-check.
public struct Acceptance: Sendable {
    public enum Warning: Sendable, Equatable {
        /// The same student had the same service accepted earlier that day (these cases).
        case sameStudentSameDay([Int64])

        public var message: String {
            switch self {
            case .sameStudentSameDay(let ids):
                let list = ids.map { "#\($0)" }.joined(separator: "、")
                return "提醒：该学生当天已受理过同一事项（办件 \(list)）；本件已登记，如属重复登记请将其中一件不予受理或注明原因"
            }
        }
    }

    public var record: CaseRecord
    public var warnings: [Warning]
}

extension Ledger {
    /// Cases, not refused, of the same student and service submitted on the same calendar day.
    static func sameDayCases(like record: CaseRecord, in db: Database) throws -> [Int64] {
        let day = String(record.submittedAt.prefix(10))
        return try Int64.fetchAll(
            db,
            sql: """
                SELECT id FROM ledger_case
                WHERE student_number = ? AND service_id = ? AND substr(submitted_at, 1, 10) = ? AND status != 'refused'
                ORDER BY id
                """, arguments: [record.studentNumber, record.serviceId, day])
    }
}
