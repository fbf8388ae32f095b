import Catalog
import Store

/// 好差评: an applicant rates a closed case once; a bad rating is followed up (回访, 整改) and may
/// be appealed by staff and reviewed by the director. For `onestop ratings` and the web pages.
public struct Rating: Sendable {
    public let ledger: Ledger

    public init(ledger: Ledger) {
        self.ledger = ledger
    }

    public func rate(_ request: RatingRequest) throws(LedgerError) -> RatingRecord { try ledger.rate(request) }

    public func rate(_ request: RatingRequest) async throws(LedgerError) -> RatingRecord {
        let ledger = ledger
        return try await Offload.run { () throws(LedgerError) in try ledger.rate(request) }
    }

    public func followUp(
        rating: Int64, kind: RatingFollowUpRecord.Kind, decision: RatingFollowUpRecord.Decision? = nil, note: String,
        at: CivilDateTime, by: String
    ) throws(LedgerError) -> RatingFollowUpRecord {
        try ledger.followUp(rating: rating, kind: kind, decision: decision, note: note, at: at, by: by)
    }

    public func followUp(
        rating: Int64, kind: RatingFollowUpRecord.Kind, decision: RatingFollowUpRecord.Decision? = nil, note: String,
        at: CivilDateTime, by: String
    ) async throws(LedgerError) -> RatingFollowUpRecord {
        let ledger = ledger
        return try await Offload.run { () throws(LedgerError) in
            try ledger.followUp(rating: rating, kind: kind, decision: decision, note: note, at: at, by: by)
        }
    }

    /// The ratings as `list` shows them; `showsWho` (the director) adds the case and the masked
    /// student number, which staff do not see (anonymous by default).
    public func list(window: Int? = nil, showsWho: Bool, today: CivilDate) throws(LedgerError) -> RatingList {
        let mask = try ledger.personalDataMask()
        let pairs = try ledger.allRatings(window: window)
        var cases: [Int64: CaseRecord] = [:]
        if showsWho {
            for (rating, _) in pairs { cases[rating.caseId] = try ledger.caseRecord(rating.caseId) }
        }
        let calendar = ledger.calendar
        let views = pairs.map { rating, acts in
            RatingView(
                rating, acts: acts, record: cases[rating.caseId], catalog: ledger.catalog, calendar: calendar,
                mask: mask, today: today)
        }
        return RatingList(ratings: views, levels: RatingRecord.Level.allCases.map(\.chinese))
    }

    public func list(window: Int? = nil, showsWho: Bool, today: CivilDate) async throws(LedgerError) -> RatingList {
        let rating = self
        return try await Offload.run { () throws(LedgerError) in
            try rating.list(window: window, showsWho: showsWho, today: today)
        }
    }

    /// Closed cases not rated `days` days after closing (催评 list), the student number masked.
    public func unrated(days: Int, today: CivilDate) throws(LedgerError) -> UnratedList {
        let mask = try ledger.personalDataMask()
        let records = try ledger.unratedCases(days: days, today: today)
        return UnratedList(
            days: days, today: today.description,
            cases: records.map { record in
                UnratedCase(
                    caseId: record.id ?? 0, service: ledger.catalog.service(record.serviceId)?.name ?? record.serviceId,
                    window: record.windowNumber, studentNumber: mask.studentNumber(record.studentNumber),
                    closedAt: record.completedAt ?? record.refusedAt ?? "", status: record.status.chinese)
            })
    }

    public func unrated(days: Int, today: CivilDate) async throws(LedgerError) -> UnratedList {
        let rating = self
        return try await Offload.run { () throws(LedgerError) in try rating.unrated(days: days, today: today) }
    }

    /// A case's rate form state, for the public pages: whether it can be rated now.
    public func canRate(caseId: Int64) throws(LedgerError) -> Bool {
        guard let record = try ledger.caseRecord(caseId), record.status == .completed || record.status == .refused
        else {
            return false
        }
        return try ledger.rating(of: caseId) == nil
    }

    public func canRate(caseId: Int64) async throws(LedgerError) -> Bool {
        let rating = self
        return try await Offload.run { () throws(LedgerError) in try rating.canRate(caseId: caseId) }
    }
}

/// One follow-up act as shown.
public struct RatingActView: Encodable, Sendable {
    public var kind: String
    public var kindText: String
    public var decision: String?
    public var decisionText: String?
    public var note: String
    public var by: String
    public var at: String
}

/// A rating as listed (`ratings list --format json`).
public struct RatingView: Encodable, Sendable {
    public var id: Int64
    public var window: Int
    public var level: String
    public var levelText: String
    public var bad: Bool
    public var reasons: [String]
    public var reasonsText: String
    public var comment: String?
    public var channel: String
    public var ratedAt: String
    /// The staff member who closed the case.
    public var staff: String?
    /// Only for the director: the case and its masked student number.
    public var caseId: Int64?
    public var studentNumber: String?
    /// For a bad rating: the 回访 and 整改 deadlines (working days from the rating) and the acts.
    public var callbackDue: String?
    public var rectificationDue: String?
    public var dueProvisional: Bool
    public var followUpState: String?
    public var overdue: Bool
    public var acts: [RatingActView]

    init(
        _ rating: RatingRecord, acts: [RatingFollowUpRecord], record: CaseRecord?, catalog: Catalog,
        calendar: WorkingCalendar, mask: PersonalDataMask, today: CivilDate
    ) {
        id = rating.id ?? 0
        window = rating.windowNumber
        level = rating.level.rawValue
        levelText = rating.level.chinese
        bad = rating.level.isBad
        reasons = rating.reasonList
        reasonsText = reasons.joined(separator: "、")
        comment = mask.text(rating.comment)
        channel = rating.channel == .onSite ? "现场" : "线上"
        ratedAt = rating.ratedAt.replacingOccurrences(of: "T", with: " ")
        staff = rating.staff.map { id in catalog.hall?.staffMember(id)?.name ?? id }
        caseId = record?.id
        studentNumber = record.map { mask.studentNumber($0.studentNumber) }
        self.acts = acts.map { act in
            RatingActView(
                kind: act.kind.rawValue, kindText: act.kind.chinese, decision: act.decision?.rawValue,
                decisionText: act.decision?.chinese, note: mask.text(act.note),
                by: catalog.hall?.staffMember(act.doneBy)?.name ?? act.doneBy,
                at: act.doneAt.replacingOccurrences(of: "T", with: " "))
        }
        let done = Set(acts.map(\.kind))
        let day = CivilDate(String(rating.ratedAt.prefix(10))) ?? today
        dueProvisional = false
        overdue = false
        guard rating.level.isBad else { return }
        let callback = try? calendar.adding(workingDays: catalog.ratingRules.callbackWorkingDays, to: day)
        let rectification = try? calendar.adding(workingDays: catalog.ratingRules.rectificationWorkingDays, to: day)
        callbackDue = callback?.description
        rectificationDue = rectification?.description
        dueProvisional = calendar.isProvisional(from: day, through: rectification ?? day)
        if done.contains(.review) {
            followUpState = acts.first { $0.kind == .review }?.decision?.chinese
        } else if done.contains(.appeal) {
            followUpState = "申诉待复核"
        } else if done.contains(.rectification) {
            followUpState = "已整改"
        } else if done.contains(.callback) {
            followUpState = "已回访，待整改"
            overdue = rectification.map { $0 < today } ?? false
        } else {
            followUpState = "待回访"
            overdue = callback.map { $0 < today } ?? false
        }
    }
}

public struct RatingList: Encodable, Sendable {
    public var ratings: [RatingView]
    public var levels: [String]

    public init(ratings: [RatingView], levels: [String]) {
        self.ratings = ratings
        self.levels = levels
    }

    public var json: String { JSONOutput.encode(self, snakeCase: true) }

    public var text: String {
        guard !ratings.isEmpty else { return "没有评价。\n" }
        return ratings.map { rating in
            var line = "评价 #\(rating.id) 窗口 \(rating.window) \(rating.levelText) \(rating.ratedAt)"
            if let caseId = rating.caseId { line += " 办件 #\(caseId)（\(rating.studentNumber ?? "")）" }
            if !rating.reasons.isEmpty { line += " 原因：\(rating.reasonsText)" }
            if let comment = rating.comment { line += " 留言：\(comment)" }
            if let state = rating.followUpState {
                line +=
                    " [\(state)\(rating.overdue ? "，已逾期" : "")；回访期限 \(rating.callbackDue ?? "?")，整改期限 \(rating.rectificationDue ?? "?")]"
            }
            return line + "\n"
        }.joined()
    }
}

public struct UnratedCase: Encodable, Sendable {
    public var caseId: Int64
    public var service: String
    public var window: Int
    public var studentNumber: String
    public var closedAt: String
    public var status: String
}

public struct UnratedList: Encodable, Sendable {
    public var days: Int
    public var today: String
    public var cases: [UnratedCase]

    public var json: String { JSONOutput.encode(self, snakeCase: true) }

    public var text: String {
        guard !cases.isEmpty else { return "没有办结 \(days) 天后仍未评价的办件。\n" }
        return cases.map {
            "办件 #\($0.caseId) 窗口 \($0.window) \($0.service) \($0.studentNumber) \($0.status)于 \($0.closedAt)\n"
        }
        .joined()
    }
}

/// A case on a window's rating device: its number and service, nothing personal.
public struct DeviceCase: Encodable, Sendable {
    public var caseNumber: String
    public var service: String
}

extension Rating {
    /// The window's cases closed today and not yet rated, for its device page (`/rate?window=1`).
    public func device(window: Int, today: CivilDate) async throws(LedgerError) -> [DeviceCase] {
        let ledger = ledger
        return try await Offload.run { () throws(LedgerError) in
            try ledger.closedUnrated(window: window, on: today).map { record in
                DeviceCase(
                    caseNumber: String(record.id ?? 0),
                    service: ledger.catalog.service(record.serviceId)?.name ?? record.serviceId)
            }
        }
    }
}

extension HallServices {
    public var ratings: Rating { Rating(ledger: ledger) }
}
