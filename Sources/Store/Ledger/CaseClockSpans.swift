import Catalog
import Foundation
import GRDB

/// A stretch of time in which a case's clock ran against one due date: from acceptance (or a
/// resumption) to a pause (or its end). Overdue time is counted span by span, so a pause stops
/// the count without erasing what ran up before it, and a resumption (which moves or restarts
/// the due date) never reaches back over the days already late.
struct ClockSpan: Sendable, Equatable {
    /// The due date in force during the span (a day, or a moment for hour limits).
    var due: String
    /// When the clock started again (a resumption), or nil from acceptance. The resumption's
    /// own day is given back, as `on_correction: pause` counts the paused days (pause, resume].
    var from: CivilDateTime?
    /// When the clock stopped (a pause, completion), or nil if it still runs.
    var until: CivilDateTime?
}

extension Ledger {
    /// One recorded resumption: the case as it was while paused, and when it resumed.
    struct Resumption: Sendable {
        var dueWhilePaused: String
        var pausedAt: CivilDateTime
        var resumedAt: CivilDateTime
    }

    /// Every case's resumptions (or one case's) from the audit trail, in order, in one query.
    static func resumptions(in db: Database, of id: Int64? = nil) throws -> [Int64: [Resumption]] {
        var request = AuditRecord.filter(AuditRecord.Columns.entity == "case" && Column("action") == "resume")
        if let id { request = request.filter(AuditRecord.Columns.entityId == id) }
        let entries = try request.order(Column("id")).fetchAll(db)
        var result: [Int64: [Resumption]] = [:]
        for entry in entries {
            guard let snapshot = entry.before.flatMap(PausedSnapshot.parse), let resumedAt = CivilDateTime(entry.at)
            else { continue }
            result[entry.entityId, default: []].append(
                Resumption(dueWhilePaused: snapshot.due, pausedAt: snapshot.pausedAt, resumedAt: resumedAt))
        }
        return result
    }

    /// The spans of a case's clock: one before each recorded pause that was resumed, and the
    /// current one, which ends at completion or at the pause it waits in.
    static func clockSpans(of record: CaseRecord, resumptions: [Resumption]) -> [ClockSpan] {
        var spans: [ClockSpan] = []
        var from: CivilDateTime?
        for resumption in resumptions {
            spans.append(ClockSpan(due: resumption.dueWhilePaused, from: from, until: resumption.pausedAt))
            from = resumption.resumedAt
        }
        let stop = [record.completedAt, record.pausedAt].compactMap { $0.flatMap { CivilDateTime($0) } }.first
        spans.append(ClockSpan(due: record.due, from: from, until: stop))
        return spans
    }
}

/// The due date and pause time of a case as the audit trail recorded it before a resumption.
private struct PausedSnapshot: Decodable {
    var due: String
    var pausedAt: String?

    enum CodingKeys: String, CodingKey {
        case due
        case pausedAt = "paused_at"
    }
}

extension PausedSnapshot {
    /// The snapshot if it holds a due date and a valid pause time.
    static func parse(_ json: String) -> (due: String, pausedAt: CivilDateTime)? {
        guard let snapshot = try? JSONDecoder().decode(PausedSnapshot.self, from: Data(json.utf8)),
            let pausedAt = snapshot.pausedAt.flatMap({ CivilDateTime($0) })
        else { return nil }
        return (snapshot.due, pausedAt)
    }
}
