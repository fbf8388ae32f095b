import Catalog
import Foundation
import GRDB
import Notice

extension Ledger {
    /// Registers a case; its due date follows the service's limit, the calendar and the cut-off rule.
    public func accept(_ request: AcceptRequest) throws(LedgerError) -> CaseRecord {
        try acceptance(request).record
    }

    /// Registers a case and says what window staff should double-check (the same student and
    /// service already accepted that day); a warning never stops the case being recorded.
    public func acceptance(_ request: AcceptRequest) throws(LedgerError) -> Acceptance {
        var resolved = request
        resolved.by = try staffActor(request.by)
        let request = resolved
        let record = try newCase(request)
        return try write { db in
            var record = record
            let earlier = try Self.sameDayCases(like: record, in: db)
            try record.insert(db)
            try AuditTrail.append(
                db, entity: "case", id: record.id ?? 0, action: "accept", actor: request.by,
                at: request.at.description, before: CaseRecord?.none, after: record)
            return Acceptance(record: record, warnings: earlier.isEmpty ? [] : [.sameStudentSameDay(earlier)])
        }
    }

    /// Validates an acceptance and computes its due date, without writing.
    func newCase(_ request: AcceptRequest) throws(LedgerError) -> CaseRecord {
        try checkNewRecordTime(request.at)
        let service = try service(request.service)
        let window = try window(request.window, offering: service)
        if let problem = studentNumberProblem(
            request.studentNumber, studentNumbers: StudentNumberRule(hall: catalog.hall))
        {
            throw LedgerError(problem.message, code: problem.code)
        }
        guard let channel = channel(request.channel) else {
            let refusal = unknownChannel()
            throw LedgerError("\(QuotedText.quoted(request.channel, limit: 20))" + refusal.message, code: refusal.code)
        }
        var request = request
        request.channel = channel
        request.facts = try resolvedFacts(request.facts)
        request.materials = try resolvedMaterials(request.materials, for: service)
        // The notice's own decision: what it would redirect or refuse is not accepted here either.
        if let statement = AcceptanceDecider(catalog: catalog).decide(service, facts: request.facts).statement {
            throw LedgerError(statement, code: .notAcceptable)
        }
        return try caseRecord(request, service: service, window: window)
    }

    /// The window, which must offer the service.
    func window(_ number: Int, offering service: Service) throws(LedgerError) -> Window {
        try window(try window(number), offering: service)
    }

    /// The window found, which must offer the service.
    func window(_ window: Window, offering service: Service) throws(LedgerError) -> Window {
        guard window.offers(service.id) else {
            let home = catalog.window(offering: service.id).map { "（应在\($0.number)号窗口办理）" } ?? ""
            throw LedgerError("\(window.number)号窗口不办理“\(service.name)”\(home)", code: .windowDoesNotOfferService)
        }
        return window
    }

    /// What is wrong with the student number, with its code.
    func studentNumberProblem(_ number: String, studentNumbers: StudentNumberRule)
        -> (message: String, code: LedgerError.Code)?
    {
        studentNumbers.problem(number).map {
            ($0, number.trimmingSpaces.isEmpty ? .missingText : .studentNumberPattern)
        }
    }

    /// The case for a checked request; only the calendar can still refuse it (a due date in an
    /// uncovered year).
    func caseRecord(_ request: AcceptRequest, service: Service, window: Window) throws(LedgerError) -> CaseRecord {
        let due = try due(service.timeLimit, submitted: request.at)
        return CaseRecord(
            id: nil, serviceId: service.id, windowNumber: window.number,
            studentNumber: request.studentNumber.trimmingSpaces,
            studentName: request.studentName, facts: request.facts.isEmpty ? "{}" : AuditTrail.json(request.facts),
            materials: request.materials.isEmpty ? "{}" : AuditTrail.json(request.materials), post: request.post,
            channel: request.channel, greenChannel: request.greenChannel, submittedAt: request.at.description,
            acceptedOn: due.acceptanceDay.description, limitKind: service.timeLimit.kind,
            limitValue: service.timeLimit.value, onCorrection: service.onCorrection, due: due.dueText,
            dueProvisional: due.provisional, status: .open,
            pausedAt: nil, completedAt: nil, refusalCode: nil, refusedAt: nil, acceptedBy: request.by,
            importBatchId: nil)
    }

    /// The facts as typed (ids or Chinese names, `学生类别=在校生`), as the catalog's ids.
    private func resolvedFacts(_ facts: [String: String]) throws(LedgerError) -> [String: String] {
        let names = catalog.names
        var resolved: [String: String] = [:]
        for (key, value) in facts.sorted(by: { $0.key < $1.key }) {
            let (fact, id) = try resolving { () throws(ResolutionError) in try names.fact(key, value) }
            resolved[fact.id] = id
        }
        return resolved
    }

    /// The notice's material statuses keyed by the materials' ids, however they were named.
    private func resolvedMaterials(_ materials: [String: String], for service: Service) throws(LedgerError)
        -> [String: String]
    {
        let names = catalog.names
        var resolved: [String: String] = [:]
        for (name, status) in materials.sorted(by: { $0.key < $1.key }) {
            resolved[try resolving { () throws(ResolutionError) in try names.material(name, for: service) }.id] = status
        }
        return resolved
    }

    /// Stops the clock while waiting for missing or defective materials (补正).
    public func pause(_ id: Int64, at: CivilDateTime, by: String, reason: String? = nil) throws(LedgerError)
        -> CaseRecord
    {
        try change(id, action: "pause" + (reason.map { ": \($0)" } ?? ""), at: at, by: by) { record in
            guard record.status == .open else {
                throw LedgerError(
                    "办件 \(id) 当前为\(record.status.chinese)，只有办理中的办件可以暂停", code: .invalidTransition)
            }
            record.status = .paused
            record.pausedAt = at.description
        }
    }

    /// Resumes on re-submission: the due date moves by the time paused, or the clock restarts,
    /// as the service's `on_correction` says.
    public func resume(_ id: Int64, at: CivilDateTime, by: String) throws(LedgerError) -> CaseRecord {
        try change(id, action: "resume", at: at, by: by) { record in
            guard record.status == .paused, let pausedAt = record.pausedAt.flatMap(CivilDateTime.init) else {
                throw LedgerError("办件 \(id) 当前为\(record.status.chinese)，只有已暂停的办件可以恢复", code: .invalidTransition)
            }
            guard pausedAt <= at else {
                throw LedgerError("恢复时间 \(at) 早于暂停时间 \(pausedAt)", code: .timeBeforeLastRecorded)
            }
            record.due = try resumedDue(record, pausedAt: pausedAt, resumedAt: at)
            record.dueProvisional = record.dueProvisional || isProvisional(due: record.due, from: pausedAt.date)
            record.status = .open
            record.pausedAt = nil
        }
    }

    /// Whether a due day or moment, counted from `start`, rests on a provisional year.
    func isProvisional(due: String, from start: CivilDate) -> Bool {
        guard let day = CivilDate(String(due.prefix(10))) else { return false }
        return calendar.isProvisional(from: start, through: day)
    }

    func resumedDue(_ record: CaseRecord, pausedAt: CivilDateTime, resumedAt: CivilDateTime) throws -> String {
        guard let limit = TimeLimit(kind: record.limitKind, value: record.limitValue) else { return record.due }
        if record.onCorrection == .restart { return try calculator.due(limit, submitted: resumedAt).dueText }
        switch limit {
        case .hours:
            let due = CivilDateTime(record.due) ?? resumedAt
            return due.adding(hours: pausedAt.hours(until: resumedAt)).description
        case .onTheSpot:
            return try calculator.acceptanceDay(for: resumedAt).description
        case .workingDays:
            let paused = try calendar.workingDays(after: pausedAt.date, through: resumedAt.date)
            let due = CivilDate(record.due) ?? resumedAt.date
            return try calendar.adding(workingDays: paused, to: due).description
        }
    }

    public func complete(_ id: Int64, at: CivilDateTime, by: String) throws(LedgerError) -> CaseRecord {
        try change(id, action: "complete", at: at, by: by) { record in
            guard record.status == .open else {
                let hint = record.status == .paused ? "；请先恢复（材料已补正）再办结" : ""
                throw LedgerError("办件 \(id) 当前为\(record.status.chinese)，不能办结\(hint)", code: .invalidTransition)
            }
            guard let submitted = CivilDateTime(record.submittedAt), submitted <= at else {
                throw LedgerError("办结时间 \(at) 早于提交时间 \(record.submittedAt)", code: .timeBeforeLastRecorded)
            }
            record.status = .completed
            record.completedAt = at.description
        }
    }

    /// Refuses with one of the service's refusal reasons.
    public func refuse(_ id: Int64, code: String, at: CivilDateTime, by: String) throws(LedgerError) -> CaseRecord {
        let catalog = catalog
        return try change(id, action: "refuse: \(code)", at: at, by: by) { record in
            guard record.status == .open || record.status == .paused else {
                throw LedgerError("办件 \(id) 当前为\(record.status.chinese)，不能不予受理", code: .invalidTransition)
            }
            let codes = catalog.service(record.serviceId)?.refusals.map(\.code) ?? []
            guard codes.contains(code) else {
                let list = codes.isEmpty ? "该事项未定义不予受理理由" : "可用的理由：\(codes.joined(separator: ", "))"
                throw LedgerError(
                    "事项没有不予受理理由“\(code)”\(Suggestion.chineseHint(for: code, among: codes))；\(list)",
                    code: .unknownRefusalReason, details: ErrorDetails(candidates: codes))
            }
            record.status = .refused
            record.refusalCode = code
            record.refusedAt = at.description
        }
    }

    /// Moves a case to another window, which must offer its service (the case's notice and
    /// due date are that service's).
    public func transfer(_ id: Int64, to number: Int, at: CivilDateTime, by: String) throws(LedgerError) -> CaseRecord {
        let target = try window(number)
        let catalog = catalog
        return try change(id, action: "transfer", at: at, by: by) { record in
            guard record.status == .open || record.status == .paused else {
                throw LedgerError("办件 \(id) 当前为\(record.status.chinese)，不能转办", code: .invalidTransition)
            }
            guard record.windowNumber != target.number else {
                throw LedgerError("办件 \(id) 已在 \(number) 号窗口", code: .alreadyAtWindow)
            }
            guard target.offers(record.serviceId) else {
                let name = catalog.service(record.serviceId)?.name ?? record.serviceId
                let home = catalog.window(offering: record.serviceId).map { "；该事项在\($0.number)号窗口办理" } ?? ""
                throw LedgerError(
                    "\(target.number)号窗口不办理“\(name)”，不能转至该窗口\(home)", code: .windowDoesNotOfferService)
            }
            record.windowNumber = target.number
        }
    }

    /// Loads, changes and saves one case with its audit entry, in one transaction.
    func change(
        _ id: Int64, action: String, at: CivilDateTime, by: String,
        _ mutate: @escaping @Sendable (inout CaseRecord) throws -> Void
    ) throws(LedgerError) -> CaseRecord {
        try update(CaseRecord.self, entity: "case", noun: "办件", id: id, action: action, at: at, by: by, mutate)
    }
}

extension CaseRecord.Status {
    public var chinese: String {
        switch self {
        case .open: "办理中"
        case .paused: "暂停（待补正）"
        case .completed: "已办结"
        case .refused: "不予受理"
        }
    }
}
