import Catalog
import GRDB

/// Published rankings: frozen with the catalog and rules versions they used. A published
/// period never changes; corrections are new events, seen by the next computation only.
public struct PublishedScores: Sendable {
    public let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    public func find(scheme: String, period: String) throws(LedgerError) -> PublishedScoreRecord? {
        try database.read { db in
            try PublishedScoreRecord.filter(Column("scheme") == scheme && Column("period") == period).fetchOne(db)
        }
    }

    public func publish(
        scheme: String, period: String, resultJSON: String, catalogFingerprint: String, rulesFingerprint: String,
        at: CivilDateTime, by: String
    ) throws(LedgerError) -> PublishedScoreRecord {
        try database.write { db in
            if let earlier = try PublishedScoreRecord.filter(
                Column("scheme") == scheme && Column("period") == period
            )
            .fetchOne(db) {
                throw LedgerError(
                    "\(scheme) \(period) 已于 \(earlier.publishedAt) 由 \(earlier.publishedBy) 发布，发布后不再改变；更正请录入新的事件")
            }
            var record = PublishedScoreRecord(
                id: nil, scheme: scheme, period: period, result: resultJSON, catalogFingerprint: catalogFingerprint,
                rulesFingerprint: rulesFingerprint, publishedAt: at.description, publishedBy: by)
            try record.insert(db)
            try AuditTrail.append(
                db, entity: "published_score", id: record.id ?? 0, action: "publish \(scheme) \(period)", actor: by,
                at: at.description, before: PublishedScoreRecord?.none, after: record)
            return record
        }
    }
}

extension Ledger {
    /// Every overdue working day of every case up to `day`, by window, for the assessment.
    public func overdueDaysByWindow(through day: CivilDate) throws(LedgerError) -> [Int: [(
        day: CivilDate, caseID: Int64
    )]] {
        var result: [Int: [(day: CivilDate, caseID: Int64)]] = [:]
        for item in try overdue(asOf: day).cases {
            guard let window = item.window else { continue }
            result[window, default: []] += item.overdueDays.map { ($0, item.id) }
        }
        return result
    }
}
