import GRDB

/// The stored tables whose rows the audit trail vouches for: each row as stored must be what
/// its last audit entry says it became (or, untouched since an import, what its batch's digest
/// covers).
enum AuditedTable: String, CaseIterable, Sendable {
    case ledgerCase = "ledger_case"
    case caseStep = "case_step"
    case referral, complaint, repair
    case importBatch = "import_batch"
    case event = "assessment_event"
    case publishedScore = "published_score"
    case publishedScoreCorrection = "published_score_correction"
    case feeAdjustment = "fee_adjustment"
    case rating
    case ratingFollowUp = "rating_follow_up"
    case patrol
    case patrolFinding = "patrol_finding"
    case patrolAnswer = "patrol_answer"
    case sunshineOpinion = "sunshine_opinion"

    var primaryKey: [String] { self == .caseStep ? ["case_id", "step_id"] : ["id"] }

    /// Rows changed after they are written, so only through the audited path (entry first).
    static let updatable: [AuditedTable] = [.ledgerCase, .caseStep, .referral, .complaint, .repair]

    /// Rows that arrive in an import batch, vouched for by the batch's digest instead of an entry each.
    static let batched: [AuditedTable] = [.ledgerCase, .event]

    /// What staff call one row of it.
    var noun: String {
        switch self {
        case .ledgerCase: "办件"
        case .caseStep: "办理环节"
        case .referral: "首问转办"
        case .complaint: "投诉"
        case .repair: "报修"
        case .importBatch: "导入批次"
        case .event: "考核事件"
        case .publishedScore: "已发布的考核结果"
        case .publishedScoreCorrection: "考核结果的更正"
        case .feeAdjustment: "费用调整"
        case .rating: "评价"
        case .ratingFollowUp: "差评的回访、整改或申诉"
        case .patrol: "巡查"
        case .patrolFinding: "巡查发现"
        case .patrolAnswer: "落实反馈"
        case .sunshineOpinion: "阳光窗口评议意见"
        }
    }

    /// The row's name for people: `办件 #3`, `办理环节 #1 verify`.
    func name(key: String) -> String {
        let parts = key.split(separator: ",").map { part in
            let value = part.split(separator: "=", maxSplits: 1).last.map(String.init) ?? ""
            return value.hasPrefix("'")
                ? String(value.dropFirst().dropLast()).replacingOccurrences(of: "''", with: "'")
                : value
        }
        return "\(noun) #\(parts.joined(separator: " "))"
    }

    /// The canonical form of each row, with its key (and `also`, a column), as SQL computes it
    /// from the stored row.
    func rowsSQL(_ db: Database, also: String? = nil, filter: String = "") throws -> String {
        let columns = try db.columns(in: rawValue).map(\.name)
        return "SELECT \(RowDigest.keySQL(primaryKey: primaryKey)) AS row_key, "
            + "\(RowDigest.canonicalSQL(table: rawValue, columns: columns)) AS canonical"
            + (also.map { ", \($0)" } ?? "") + " FROM \(rawValue) \(filter)"
    }
}
