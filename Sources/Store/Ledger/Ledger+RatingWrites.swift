import Catalog
import GRDB

/// Rating a case (好差评) and following up a bad rating (回访, 整改, 申诉 and its review).
extension Ledger {
    /// The applicant's rating of a completed or refused case, once. The applicant proves the case
    /// is theirs with the last four characters of its student number; a case that does not exist
    /// and digits that do not match are refused alike, so a try tells no one which it was.
    public func rate(_ request: RatingRequest) throws(LedgerError) -> RatingRecord {
        try checkNewRecordTime(request.at)
        guard let level = RatingRecord.Level(text: request.level) else {
            let names = RatingRecord.Level.allCases.map(\.chinese)
            throw LedgerError(
                "评价等级\(QuotedText.quoted(request.level, limit: 20))无效；请选 \(names.joined(separator: "、"))",
                code: .unknownRatingLevel, details: ErrorDetails(candidates: names))
        }
        let allowed = catalog.ratingRules.reasons
        var chosen: [String] = []
        for reason in request.reasons.map(\.trimmingSpaces) where !reason.isEmpty && !chosen.contains(reason) {
            guard allowed.contains(reason) else {
                throw LedgerError(
                    "评价原因\(QuotedText.quoted(reason, limit: 20))不在可选范围；可选：\(allowed.joined(separator: "、"))",
                    code: .unknownRatingReason, details: ErrorDetails(candidates: allowed))
            }
            chosen.append(reason)
        }
        let reasons = chosen
        let comment = request.comment?.trimmingSpaces
        if let comment, comment.count > 500 {
            throw LedgerError("评价留言最多 500 字（现有 \(comment.count) 字）", code: .fieldTooLong)
        }
        let digits = request.digits.trimmingSpaces.uppercased()
        return try write { db in
            guard let record = try CaseRecord.fetchOne(db, key: request.caseId),
                digits.count == 4, record.studentNumber.count >= 4,
                String(record.studentNumber.suffix(4)).uppercased() == digits
            else {
                throw LedgerError(
                    "未找到与该办件编号和学号后四位相符的办件，请核对回执后重试", code: .caseNotRateable)
            }
            guard record.status == .completed || record.status == .refused,
                let closedAt = record.completedAt ?? record.refusedAt
            else {
                throw LedgerError(
                    "办件 \(request.caseId) 当前为\(record.status.chinese)，办结或不予受理后才能评价", code: .caseNotRateable)
            }
            guard request.at.description >= closedAt else {
                throw LedgerError(
                    "评价时间 \(request.at) 早于办件办结时间 \(closedAt)", code: .timeBeforeLastRecorded)
            }
            if try RatingRecord.filter(RatingRecord.Columns.caseId == request.caseId).fetchCount(db) > 0 {
                throw LedgerError("办件 \(request.caseId) 已评价过；每件只能评价一次", code: .caseAlreadyRated)
            }
            let closer = try String.fetchOne(
                db,
                sql: """
                    SELECT actor FROM audit WHERE entity = 'case' AND entity_id = ?
                    AND (action = 'complete' OR action LIKE 'refuse:%') ORDER BY id DESC LIMIT 1
                    """, arguments: [request.caseId])
            var rating = RatingRecord(
                caseId: request.caseId, windowNumber: record.windowNumber, staff: closer, level: level,
                reasons: reasons, comment: comment?.isEmpty == false ? comment : nil, channel: request.channel,
                ratedAt: request.at.description)
            try rating.insert(db)
            try AuditTrail.append(
                db, entity: "case", id: request.caseId, action: "rate: \(level.rawValue)",
                actor: "applicant", at: request.at.description, before: RatingRecord?.none, after: rating)
            return rating
        }
    }

    /// Records one follow-up act on a bad rating. 回访 and 整改 by staff, in that order; an appeal
    /// by staff before the review; the review (with its decision) by the director only.
    public func followUp(
        rating ratingId: Int64, kind: RatingFollowUpRecord.Kind, decision: RatingFollowUpRecord.Decision? = nil,
        note: String, at: CivilDateTime, by: String
    ) throws(LedgerError) -> RatingFollowUpRecord {
        try checkNewRecordTime(at)
        let by = try staffActor(by)
        let role = catalog.hall?.staffMember(by)?.role ?? ""
        let note = note.trimmingSpaces
        guard !note.isEmpty else {
            throw LedgerError("\(kind.chinese)须写明情况（记入审计）", code: .missingText)
        }
        guard (kind == .review) == (decision != nil) else {
            throw LedgerError(
                kind == .review ? "申诉复核须写明结论：upheld（申诉成立）或 rejected（申诉不成立）" : "只有申诉复核有结论",
                code: .invalidRatingFollowUp)
        }
        if kind == .review, role != "director" {
            throw LedgerError("申诉复核须由主任进行，\(staffLabel(by))（\(roleName(role))）不能复核", code: .roleNotAllowed)
        }
        return try write { db in
            guard let rating = try RatingRecord.fetchOne(db, key: ratingId) else {
                throw LedgerError("没有编号为 \(ratingId) 的评价", code: .ratingNotFound)
            }
            guard rating.level.isBad else {
                throw LedgerError(
                    "评价 \(ratingId) 为\(rating.level.chinese)，只有不满意、非常不满意的评价需要回访、整改或申诉",
                    code: .invalidRatingFollowUp)
            }
            guard at.description >= rating.ratedAt else {
                throw LedgerError("时间 \(at) 早于评价时间 \(rating.ratedAt)", code: .timeBeforeLastRecorded)
            }
            let done = Set(
                try RatingFollowUpRecord.filter(RatingFollowUpRecord.Columns.ratingId == ratingId).fetchAll(db).map(
                    \.kind))
            if done.contains(kind) {
                throw LedgerError("评价 \(ratingId) 已有\(kind.chinese)记录；每步只记一次", code: .invalidRatingFollowUp)
            }
            if kind == .rectification, !done.contains(.callback) {
                throw LedgerError("评价 \(ratingId) 尚未回访；请先记录回访再记录整改", code: .invalidRatingFollowUp)
            }
            if kind == .review, !done.contains(.appeal) {
                throw LedgerError("评价 \(ratingId) 没有申诉，无需复核", code: .invalidRatingFollowUp)
            }
            var record = RatingFollowUpRecord(
                ratingId: ratingId, kind: kind, decision: decision, note: note, doneBy: by, doneAt: at.description)
            try record.insert(db)
            let action = "rating-\(kind.rawValue)" + (decision.map { ": \($0.rawValue)" } ?? "")
            try AuditTrail.append(
                db, entity: "case", id: rating.caseId, action: action, actor: by, at: at.description,
                before: RatingFollowUpRecord?.none, after: record)
            return record
        }
    }

    /// The follow-up acts of a rating, oldest first.
    public func followUps(of ratingId: Int64) throws(LedgerError) -> [RatingFollowUpRecord] {
        try read { db in
            try RatingFollowUpRecord.filter(RatingFollowUpRecord.Columns.ratingId == ratingId).order(Column("id"))
                .fetchAll(db)
        }
    }

    /// Every rating, newest first, with its follow-up acts.
    public func allRatings(window: Int? = nil) throws(LedgerError) -> [(RatingRecord, [RatingFollowUpRecord])] {
        let pairs = try read { db -> [RatingWithFollowUps] in
            var request = RatingRecord.all()
            if let window { request = request.filter(RatingRecord.Columns.windowNumber == window) }
            let ratings = try request.order(RatingRecord.Columns.ratedAt.desc, Column("id").desc).fetchAll(db)
            let acts = Dictionary(
                grouping: try RatingFollowUpRecord.order(Column("id")).fetchAll(db), by: \.ratingId)
            return ratings.map { RatingWithFollowUps(rating: $0, acts: acts[$0.id ?? 0] ?? []) }
        }
        return pairs.map { ($0.rating, $0.acts) }
    }

    /// Completed or refused cases closed at least `days` days before `today` that have no rating,
    /// oldest first.
    public func unratedCases(days: Int, today: CivilDate) throws(LedgerError) -> [CaseRecord] {
        let cutoff = today.adding(days: -days).description
        return try read { db in
            try CaseRecord.fetchAll(
                db,
                sql: """
                    SELECT * FROM ledger_case WHERE status IN ('completed', 'refused')
                    AND substr(coalesce(completed_at, refused_at), 1, 10) <= ?
                    AND id NOT IN (SELECT case_id FROM rating)
                    ORDER BY coalesce(completed_at, refused_at), id
                    """, arguments: [cutoff])
        }
    }
}

private struct RatingWithFollowUps: Sendable {
    var rating: RatingRecord
    var acts: [RatingFollowUpRecord]
}
