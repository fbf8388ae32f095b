import Assessment
import Catalog
import Crypto
import Foundation
import GRDB

/// 阳光窗口: a student's vote (once per student number per period, during the period and before
/// it is published; the number kept only as an HMAC under the database's key) and the
/// director's entry of the teachers' and hall's opinions (latest in force, all kept).
extension Ledger {
    /// The longest note kept with an opinion, in characters.
    public static let sunshineNoteLimit = 500

    /// The scheme's period (month or semester) containing `date`.
    public static func sunshinePeriod(of scheme: Scheme, containing date: CivilDate) -> Period {
        let month = Period.YearMonth(year: date.year, month: date.month)
        return scheme.period == .semester ? Period.semester(containing: month) : Period(month: month)
    }

    public func castSunshineVote(
        scheme: Scheme, period: Period?, window: String, studentNumber: String, at: CivilDateTime,
        channel: RatingRecord.Channel
    ) throws(LedgerError) -> SunshineVoteRecord {
        let rule = try sunshineRule(scheme)
        try checkNewRecordTime(at)
        let current = Self.sunshinePeriod(of: scheme, containing: at.date)
        if let period, period != current {
            throw LedgerError(
                "\(rule.name)投票只在当期进行：现在（\(at.date)）是 \(current)，不能为 \(period) 投票", code: .sunshineNotOpen)
        }
        let number = try self.window(named: window).number
        // Full-width digits typed by an input method are the same number.
        let normalised = Self.normalisedStudentNumber(studentNumber)
        if let problem = StudentNumberRule(hall: catalog.hall).problem(normalised) {
            throw LedgerError(problem, code: .studentNumberPattern)
        }
        try refuseSunshinePublished(scheme: scheme, period: current)
        let periodText = current.text
        let name = rule.name
        return try write { db in
            let voter = Self.voterHash(normalised, key: try Self.sunshineKey(db, at: at))
            let already = try SunshineVoteRecord.filter(Column("period") == periodText && Column("voter") == voter)
                .fetchCount(db)
            guard already == 0 else {
                throw LedgerError(
                    "该学号本期（\(periodText)）已经投过\(name)的票，每位同学每期只能投一票；本次不计票", code: .sunshineAlreadyVoted)
            }
            var vote = SunshineVoteRecord(
                id: nil, period: periodText, window: number, voter: voter, castAt: at.description, channel: channel)
            try vote.insert(db)
            return vote
        }
    }

    public func enterSunshineOpinion(
        scheme: Scheme, period: Period, window: String, source: SunshineSource, score: Double, note: String?,
        at: CivilDateTime, by: String
    ) throws(LedgerError) -> SunshineOpinionRecord {
        let rule = try sunshineRule(scheme)
        try checkNewRecordTime(at)
        let by = try staffActor(by)
        if let member = catalog.hall?.staffMember(by), member.role != "director" {
            throw LedgerError(
                "\(rule.name)的负责老师、大厅意见由主任录入；\(staffLabel(by)) 的角色是 \(member.role)", code: .roleNotAllowed)
        }
        guard period.kind == scheme.period else {
            throw LedgerError(
                "\(scheme.id) 按\(scheme.period == .month ? "月（YYYY-MM）" : "学期（YYYY-S1/S2）")评比\(rule.name)，\(period) 不是这样的期间",
                code: .sunshineNotOpen)
        }
        guard score.isFinite, (0...100).contains(score) else {
            throw LedgerError("意见分须在 0 到 100 之间（收到 \(score.amountText)）", code: .invalidSunshineOpinion)
        }
        let note = note?.trimmingSpaces
        if let note, note.count > Self.sunshineNoteLimit {
            throw LedgerError("说明过长（\(note.count) 字），最多 \(Self.sunshineNoteLimit) 字", code: .fieldTooLong)
        }
        let number = try self.window(named: window).number
        try refuseSunshinePublished(scheme: scheme, period: period)
        let record = SunshineOpinionRecord(
            id: nil, period: period.text, window: number, source: source.rawValue, score: score,
            note: note?.isEmpty == false ? note : nil, enteredBy: by, enteredAt: at.description)
        return try write { db in
            var record = record
            try record.insert(db)
            try AuditTrail.append(
                db, entity: "sunshine_opinion", id: record.id ?? 0,
                action: "sunshine \(record.period) window \(number) \(source.rawValue) \(score.amountText)", actor: by,
                at: at.description, before: SunshineOpinionRecord?.none, after: record)
            return record
        }
    }

    /// Votes per window (counts only) and every opinion entered, oldest first, for a period.
    public func sunshineTally(period: String) throws(LedgerError) -> (
        votes: [Int: Int], opinions: [SunshineOpinionRecord]
    ) {
        try read { db in
            var votes: [Int: Int] = [:]
            for row in try Row.fetchAll(
                db, sql: "SELECT window, COUNT(*) AS n FROM sunshine_vote WHERE period = ? GROUP BY window",
                arguments: [period])
            {
                votes[row["window"]] = row["n"]
            }
            let opinions = try SunshineOpinionRecord.filter(Column("period") == period).order(Column("id")).fetchAll(db)
            return (votes, opinions)
        }
    }

    /// The standing computed from today's records: the latest opinion per window and source.
    public func sunshineStanding(scheme: Scheme, period: Period) throws(LedgerError) -> SunshineStanding? {
        guard let rule = scheme.sunshine, period.kind == scheme.period else { return nil }
        let tally = try sunshineTally(period: period.text)
        var opinions: [Int: [SunshineSource: SunshineStanding.Opinion]] = [:]
        for record in tally.opinions {
            guard let source = SunshineSource(rawValue: record.source) else { continue }
            opinions[record.window, default: [:]][source] = .init(
                score: record.score, note: record.note, enteredBy: staffLabel(record.enteredBy),
                enteredAt: record.enteredAt)
        }
        let windows = catalog.windowsByNumber.map { WindowReference(number: $0.number, name: $0.name) }
        return SunshineStanding(
            rule: rule, period: period.text, windows: windows, votes: tally.votes, opinions: opinions)
    }

    private func sunshineRule(_ scheme: Scheme) throws(LedgerError) -> SunshineRule {
        guard let rule = scheme.sunshine else {
            throw LedgerError("考核方案 \(scheme.id) 没有规定阳光窗口评比（sunshine）", code: .sunshineNotOpen)
        }
        return rule
    }

    /// The published result is frozen: no vote or opinion changes it (a correction recomputes).
    private func refuseSunshinePublished(scheme: Scheme, period: Period) throws(LedgerError) {
        guard let publication = try PublishedScores(database: database).find(scheme: scheme.id, period: period.text)
        else { return }
        throw LedgerError(
            "\(scheme.id) \(period) 已于 \(publication.label(naming: staffLabel)) 发布，\(scheme.sunshine?.name ?? "阳光窗口")评比随之固定，不再计票或录入意见",
            code: .periodPublished)
    }

    /// The student number as compared: no spaces, half-width, upper case (a final X).
    static func normalisedStudentNumber(_ number: String) -> String {
        HalfWidth.ascii(number).filter { !$0.isWhitespace }.uppercased()
    }

    static func voterHash(_ normalised: String, key: SymmetricKey) -> String {
        HMAC<SHA256>.authenticationCode(for: Data(normalised.utf8), using: key).map { String(format: "%02x", $0) }
            .joined()
    }

    /// The database's own key, made on first use (inside the vote's transaction).
    private static func sunshineKey(_ db: Database, at: CivilDateTime) throws -> SymmetricKey {
        if let data = try Data.fetchOne(db, sql: "SELECT key FROM sunshine_key WHERE id = 1") {
            return SymmetricKey(data: data)
        }
        let key = SymmetricKey(size: .bits256)
        let data = key.withUnsafeBytes { Data($0) }
        try db.execute(
            sql: "INSERT INTO sunshine_key (id, key, created_at) VALUES (1, ?, ?)", arguments: [data, at.description])
        return key
    }
}
