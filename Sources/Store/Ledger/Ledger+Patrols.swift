import Assessment
import Catalog
import Foundation
import GRDB

/// Patrols (巡查): a round and its findings in one transaction; each finding is stored as an
/// assessment event of the scheme's item at once (its note names the patrol, so a score's
/// trace does), with an audit entry for every row. A window answers a finding once (落实反馈).
extension Ledger {
    /// The most findings one round records: a round visits a few windows.
    public static let patrolFindingLimit = 100
    /// The longest note or answer kept, in characters.
    public static let patrolTextLimit = 500

    public func recordPatrol(_ request: PatrolRequest, scheme: Scheme) throws(LedgerError) -> PatrolRound {
        try checkNewRecordTime(request.at)
        let by = try staffActor(request.by)
        let patrollers = try patrolStaff(request.patrollers)
        let windows = try visitedWindows(request.windows)
        guard request.findings.count <= Self.patrolFindingLimit else {
            throw LedgerError("一次巡查最多登记 \(Self.patrolFindingLimit) 条发现；请分次登记", code: .invalidPatrol)
        }
        let items = SchemeNames([scheme]).itemResolver
        var findings: [(record: PatrolFindingRecord, serious: Bool)] = []
        for (index, finding) in request.findings.enumerated() {
            let label = "第 \(index + 1) 条发现"
            let window = try window(named: finding.window).number
            guard windows.contains(window) else {
                throw LedgerError(
                    "\(label)的 \(window) 号窗口不在本次巡查的窗口中（\(windows.map { "\($0)号" }.joined(separator: "、"))）；请先把它列入巡查窗口",
                    code: .invalidPatrol)
            }
            let item = try resolving { () throws(ResolutionError) in try items.require(finding.item) }
            var staff = ""
            if let name = finding.staff?.trimmingSpaces, !name.isEmpty {
                staff = try staffActor(name)
                if let member = catalog.hall?.staffMember(staff), !member.windows.isEmpty,
                    !member.windows.contains(window)
                {
                    throw LedgerError("\(label)：\(staffLabel(staff)) 不在 \(window) 号窗口工作", code: .invalidPatrol)
                }
            }
            let note = try patrolText(finding.note, label: "\(label)的说明")
            findings.append(
                (
                    PatrolFindingRecord(
                        id: nil, patrolId: 0, eventId: 0, windowNumber: window, staff: staff, item: item, note: note),
                    finding.serious
                ))
        }
        try refusePublished(request.at.date, scheme: scheme.id)
        let patrol = PatrolRecord(
            id: nil, patrolledAt: request.at.description, patrollers: Self.json(patrollers),
            windows: Self.json(windows), scheme: scheme.id, recordedBy: by, recordedAt: clock.now().description)
        let prepared = findings
        let at = request.at
        return try write { db in
            var patrol = patrol
            try patrol.insert(db)
            let patrolID = patrol.id ?? 0
            try AuditTrail.append(
                db, entity: "patrol", id: patrolID, action: "record patrol (\(prepared.count) findings)", actor: by,
                at: at.description, before: PatrolRecord?.none, after: patrol)
            var stored: [PatrolFinding] = []
            for (finding, serious) in prepared {
                var event = EventRecord(
                    id: nil, date: at.date.description, windowNumber: finding.windowNumber, staff: finding.staff,
                    item: finding.item, count: 1, serious: serious,
                    note: "巡查 #\(patrolID)" + (finding.note.map { "：\($0)" } ?? ""), recordedBy: by,
                    importBatchId: nil, post: nil)
                try event.insert(db)
                try AuditTrail.append(
                    db, entity: "assessment_event", id: event.id ?? 0, action: "patrol \(patrolID) finding",
                    actor: by, at: at.description, before: EventRecord?.none, after: event)
                var record = finding
                record.patrolId = patrolID
                record.eventId = event.id ?? 0
                try record.insert(db)
                try AuditTrail.append(
                    db, entity: "patrol_finding", id: record.id ?? 0, action: "patrol \(patrolID) finding",
                    actor: by, at: at.description, before: PatrolFindingRecord?.none, after: record)
                stored.append(PatrolFinding(finding: record, answer: nil, serious: serious))
            }
            return PatrolRound(patrol: patrol, findings: stored)
        }
    }

    /// Records a window's answer to a finding: once, by staff of that window (or the office's
    /// deputy or director), not before the patrol.
    public func answerPatrolFinding(_ id: Int64, answer: String, at: CivilDateTime, by: String)
        throws(LedgerError) -> PatrolFinding
    {
        try checkNewRecordTime(at)
        let by = try staffActor(by)
        guard let answer = try patrolText(answer, label: "落实反馈") else {
            throw LedgerError("落实反馈须写明整改落实的情况，例如“已当面提醒，次日复查已佩证上岗”", code: .invalidPatrol)
        }
        let member = catalog.hall?.staffMember(by)
        let label = staffLabel(by)
        return try write { db in
            guard let finding = try PatrolFindingRecord.fetchOne(db, key: id) else {
                throw LedgerError("没有编号为 \(id) 的巡查发现", code: .recordNotFound)
            }
            if let member, !member.windows.contains(finding.windowNumber),
                !["deputy", "director"].contains(member.role)
            {
                throw LedgerError(
                    "巡查发现 \(id) 属于 \(finding.windowNumber) 号窗口，须由该窗口的工作人员（或副主任、主任）反馈；\(label) 不是该窗口的工作人员",
                    code: .notWindowStaff)
            }
            if let earlier = try PatrolAnswerRecord.filter(Column("finding_id") == id).fetchOne(db) {
                throw LedgerError(
                    "巡查发现 \(id) 已于 \(earlier.answeredAt) 由 \(earlier.answeredBy) 反馈，反馈不再更改",
                    code: .patrolFindingAnswered)
            }
            if let patrol = try PatrolRecord.fetchOne(db, key: finding.patrolId),
                let patrolled = CivilDateTime(patrol.patrolledAt), at < patrolled
            {
                throw LedgerError(
                    "反馈时间 \(at) 早于巡查时间 \(patrolled)；请写实际反馈的时间", code: .timeBeforeLastRecorded)
            }
            var record = PatrolAnswerRecord(
                id: nil, findingId: id, answer: answer, answeredBy: by, answeredAt: at.description)
            try record.insert(db)
            try AuditTrail.append(
                db, entity: "patrol_finding", id: id, action: "answer", actor: by, at: at.description,
                before: PatrolAnswerRecord?.none, after: record)
            let serious = try EventRecord.fetchOne(db, key: finding.eventId)?.serious ?? false
            return PatrolFinding(finding: finding, answer: record, serious: serious)
        }
    }

    /// The rounds patrolled in `period` (all when nil), oldest first, with their findings.
    public func patrols(in period: Period? = nil, window: Int? = nil) throws(LedgerError) -> [PatrolRound] {
        try read { db in
            var request = PatrolRecord.all()
            if let period {
                request = request.filter(
                    Column("patrolled_at") >= period.first.description
                        && Column("patrolled_at") < period.last.adding(days: 1).description)
            }
            let patrols = try request.order(Column("patrolled_at"), Column("id")).fetchAll(db)
            let findings = try Self.findings(db, of: patrols.compactMap(\.id), window: window)
            return patrols.map { patrol in
                PatrolRound(patrol: patrol, findings: findings[patrol.id ?? 0] ?? [])
            }
        }
    }

    /// The findings no window has answered yet, oldest first.
    public func unansweredPatrolFindings(window: Int? = nil) throws(LedgerError) -> [PatrolRound] {
        try patrols(window: window).compactMap { round in
            let open = round.findings.filter { $0.answer == nil }
            return open.isEmpty ? nil : PatrolRound(patrol: round.patrol, findings: open)
        }
    }

    private static func findings(_ db: Database, of patrols: [Int64], window: Int?) throws -> [Int64: [PatrolFinding]] {
        guard !patrols.isEmpty else { return [:] }
        var request = PatrolFindingRecord.filter(patrols.contains(Column("patrol_id")))
        if let window { request = request.filter(Column("window_number") == window) }
        let records = try request.order(Column("id")).fetchAll(db)
        let answers = Dictionary(
            try PatrolAnswerRecord.filter(records.compactMap(\.id).contains(Column("finding_id"))).fetchAll(db)
                .map { ($0.findingId, $0) }, uniquingKeysWith: { first, _ in first })
        let serious = Set(
            try Int64.fetchAll(
                db,
                EventRecord.select(Column("id")).filter(records.map(\.eventId).contains(Column("id")))
                    .filter(Column("serious") == true)))
        return Dictionary(
            grouping: records.map {
                PatrolFinding(finding: $0, answer: answers[$0.id ?? 0], serious: serious.contains($0.eventId))
            }
        ) { $0.finding.patrolId }
    }

    private func patrolStaff(_ names: [String]) throws(LedgerError) -> [String] {
        var ids: [String] = []
        for name in names.map(\.trimmingSpaces) where !name.isEmpty {
            let id = try staffActor(name)
            if !ids.contains(id) { ids.append(id) }
        }
        guard !ids.isEmpty else {
            throw LedgerError("巡查须写明巡查人（工作人员编号或名称，1-2 人）", code: .invalidPatrol)
        }
        return ids
    }

    private func visitedWindows(_ names: [String]) throws(LedgerError) -> [Int] {
        var numbers: [Int] = []
        for name in names.map(\.trimmingSpaces) where !name.isEmpty {
            let number = try window(named: name).number
            if !numbers.contains(number) { numbers.append(number) }
        }
        guard !numbers.isEmpty else {
            throw LedgerError("巡查须写明巡查的窗口（窗口号或名称）", code: .invalidPatrol)
        }
        return numbers.sorted()
    }

    private func patrolText(_ text: String?, label: String) throws(LedgerError) -> String? {
        guard let text = text?.trimmingSpaces, !text.isEmpty else { return nil }
        guard text.count <= Self.patrolTextLimit else {
            throw LedgerError("\(label)过长（\(text.count) 字），最多 \(Self.patrolTextLimit) 字", code: .fieldTooLong)
        }
        return text
    }

    /// A finding dated in a period published under the patrol's scheme would change a frozen
    /// result: refused (a late finding goes in as an events correction, which the director confirms).
    private func refusePublished(_ date: CivilDate, scheme: String) throws(LedgerError) {
        for entry in try PublishedScores(database: database).periods() where entry.scheme == scheme {
            guard let period = Period(entry.period), period.contains(date) else { continue }
            throw LedgerError(
                "\(date) 属于已发布的 \(scheme) \(period)，发布后的结果不再改变；确需补录请作为更正导入事件，再由主任更正该期结果",
                code: .periodPublished)
        }
    }

    static func json<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    }
}

/// A patrol with its findings (all, or those asked for), each with its answer when given.
public struct PatrolRound: Sendable, Equatable {
    public var patrol: PatrolRecord
    public var findings: [PatrolFinding]

    public init(patrol: PatrolRecord, findings: [PatrolFinding]) {
        self.patrol = patrol
        self.findings = findings
    }

    public var patrollers: [String] {
        (try? JSONDecoder().decode([String].self, from: Data(patrol.patrollers.utf8))) ?? []
    }
    public var windows: [Int] { (try? JSONDecoder().decode([Int].self, from: Data(patrol.windows.utf8))) ?? [] }
}

public struct PatrolFinding: Sendable, Equatable {
    public var finding: PatrolFindingRecord
    public var answer: PatrolAnswerRecord?
    /// Whether its event is marked serious (情节严重).
    public var serious: Bool = false
}
