import Catalog
import GRDB

/// An unmasked view of personal data, as the audit trail records it: which view, of what, and
/// why. Who asked and when are the audit entry's actor and time.
public struct Disclosure: Codable, Sendable, Equatable {
    /// The views that show personal data, named as the command that shows them; `cases change`
    /// is the case a change command echoes (accept, pause, resume, complete, refuse, transfer).
    public enum View: String, Codable, Sendable, CaseIterable {
        case caseDetail = "cases show"
        case caseList = "cases list"
        case caseQueue = "cases queue"
        case caseChange = "cases change"
        case overdue = "cases overdue"
        case referrals = "referrals"
        case complaints = "complaints"
        case repairs = "repairs"
        case events = "events list"
        case score = "score"
        case patrols = "patrols"

        /// Whether the view has free-text fields (reasons, questions, notes) where a name may
        /// appear; the case lines have none, so they need not read every name in the ledger.
        public var hasFreeText: Bool {
            switch self {
            case .caseList, .caseQueue, .caseChange: false
            case .caseDetail, .overdue, .referrals, .complaints, .repairs, .events, .score, .patrols: true
            }
        }
    }

    /// The audit trail's entity for disclosures; not a table, so the chain is not state-checked.
    public static let entity = "disclosure"

    public var view: View
    /// What was asked for (`--window 1 --status open`, `wulong-monthly 2026-10`), when not a record.
    public var subject: String?
    /// The record shown, for a view of one record (its id is the audit entry's `entity_id`).
    public var record: Int64?
    public var reason: String

    public init(view: View, subject: String? = nil, record: Int64? = nil, reason: String) {
        self.view = view
        self.subject = subject
        self.record = record
        self.reason = reason
    }
}

extension Ledger {
    /// The mask for views of this ledger: the hall's student-number form and, for views with
    /// free text, every student name the ledger knows.
    public func personalDataMask(knownNames: Bool = true) throws(LedgerError) -> PersonalDataMask {
        guard knownNames else {
            return PersonalDataMask(studentNumberPattern: catalog.hall?.studentNumberPattern, names: [])
        }
        let names = try read { db in
            try String.fetchAll(
                db, sql: "SELECT DISTINCT student_name FROM ledger_case WHERE student_name IS NOT NULL")
        }
        return PersonalDataMask(studentNumberPattern: catalog.hall?.studentNumberPattern, names: names)
    }

    /// Records that `actor` is shown personal data in full at `moment`, and why, before it is
    /// shown: the returned mask shows everything. A disclosure without a reason is refused.
    public func disclose(_ disclosure: Disclosure, by actor: String, at moment: CivilDateTime)
        throws(LedgerError) -> PersonalDataMask
    {
        var disclosure = disclosure
        disclosure.reason = disclosure.reason.trimmingSpaces
        guard !disclosure.reason.isEmpty else {
            throw LedgerError(
                "完整显示个人信息须写明原因（记入审计），例如“学生本人申请核对”", code: .disclosureWithoutReason)
        }
        let entry = disclosure
        let actor = try staffActor(actor)
        try write { db in
            try AuditTrail.append(
                db, entity: Disclosure.entity, id: entry.record ?? 0, action: "unmask \(entry.view.rawValue)",
                actor: actor, at: moment.description, before: String?.none, after: entry)
        }
        return .unmasked
    }
}
