import Catalog
import Foundation
import GRDB

/// Published rankings: frozen with the catalog and rules versions they used. A published
/// period never changes; only a director's correction supersedes it, and the published result
/// stays stored beside the correction, with who made it and why.
public struct PublishedScores: Sendable {
    public let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    /// A published period: the result first published and every correction since, oldest first.
    public struct Publication: Sendable {
        public var record: PublishedScoreRecord
        public var corrections: [PublishedScoreCorrectionRecord]

        /// The result in force: the latest correction's, or the published one.
        public var currentJSON: String { corrections.last?.result ?? record.result }

        /// "2026-11-05T10:00 学生事务中心主任（director）；2026-11-20T09:00 …更正（原因）", each
        /// recorded staff id shown by `naming`.
        public func label(naming: (String) -> String = { $0 }) -> String {
            ([record.publishedAt + " " + naming(record.publishedBy)]
                + corrections.map { "\($0.correctedAt) \(naming($0.correctedBy))更正（\($0.reason)）" })
                .joined(separator: "；")
        }
    }

    public func find(scheme: String, period: String) throws(LedgerError) -> Publication? {
        try publications(PublishedScoreRecord.filter(Column("scheme") == scheme && Column("period") == period)).first
    }

    /// Every period published under `scheme`, with its corrections, read at once.
    public func publications(scheme: String) throws(LedgerError) -> [Publication] {
        try publications(PublishedScoreRecord.filter(Column("scheme") == scheme))
    }

    private func publications(_ request: QueryInterfaceRequest<PublishedScoreRecord>) throws(LedgerError)
        -> [Publication]
    {
        try database.read { db in
            try request.order(Column("id")).fetchAll(db).map { record in
                let corrections = try PublishedScoreCorrectionRecord.filter(
                    Column("published_score_id") == record.id
                ).order(Column("id")).fetchAll(db)
                return Publication(record: record, corrections: corrections)
            }
        }
    }

    /// Every published period (scheme and period text), for refusing events dated in them.
    public func periods() throws(LedgerError) -> [(scheme: String, period: String)] {
        try database.read { db in
            try PublishedScoreRecord.fetchAll(db).map { ($0.scheme, $0.period) }
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
                    "\(scheme) \(period) 已于 \(earlier.publishedAt) 由 \(earlier.publishedBy) 发布，发布后不再改变；"
                        + "确有错误须由主任写明原因更正该期结果", code: .periodPublished)
            }
            try Self.refuseRepublishing(scheme: scheme, period: period, db)
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

    /// A period the trail says was published, whose result is no longer stored, was deleted
    /// behind onestop's back: publishing it again would hide that.
    private static func refuseRepublishing(scheme: String, period: String, _ db: Database) throws {
        let action = "publish \(scheme) \(period)"
        guard
            let entry = try Int64.fetchOne(
                db, sql: "SELECT id FROM audit WHERE entity = 'published_score' AND action = ? ORDER BY id LIMIT 1",
                arguments: [action])
        else { return }
        throw LedgerError(
            "\(scheme) \(period) 已发布过（审计记录 #\(entry)），但发布的结果已不在数据库中，是被绕过 onestop 删除的；"
                + "不能重新发布。请运行 onestop audit verify，并从备份恢复数据库",
            code: .publishedResultMissing)
    }

    /// A correction's reason, trimmed; a blank one is refused, since the reason is kept with the
    /// published result it supersedes.
    public static func correctionReason(_ reason: String) throws(LedgerError) -> String {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else {
            throw LedgerError("更正须写明原因，原因与原发布结果一同保留；请写明为什么更正", code: .correctionWithoutReason)
        }
        return reason
    }

    /// A director's correction: a new result for a published period, with who and why. The
    /// published result is kept unchanged.
    public func correct(
        scheme: String, period: String, resultJSON: String, catalogFingerprint: String, rulesFingerprint: String,
        at: CivilDateTime, by: String, reason: String
    ) throws(LedgerError) -> PublishedScoreCorrectionRecord {
        let reason = try Self.correctionReason(reason)
        return try database.write { db in
            guard
                let published = try PublishedScoreRecord.filter(
                    Column("scheme") == scheme && Column("period") == period
                ).fetchOne(db), let id = published.id
            else {
                throw LedgerError(
                    "\(scheme) \(period) 尚未发布，无需更正；考核期结束后直接发布即可", code: .periodNotPublished)
            }
            var record = PublishedScoreCorrectionRecord(
                id: nil, publishedScoreId: id, result: resultJSON, catalogFingerprint: catalogFingerprint,
                rulesFingerprint: rulesFingerprint, correctedAt: at.description, correctedBy: by, reason: reason)
            try record.insert(db)
            try AuditTrail.append(
                db, entity: "published_score", id: id, action: "correct \(scheme) \(period): \(reason)", actor: by,
                at: at.description, before: published, after: record)
            return record
        }
    }
}
