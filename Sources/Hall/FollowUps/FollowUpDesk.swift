import Catalog
import Store

/// Recording the hall's follow-ups and closing them: referrals (反馈学生 within a working day),
/// complaints (答复 within three), repairs (修复 within 48 hours).
public struct FollowUpDesk: Sendable {
    public let ledger: Ledger

    public init(ledger: Ledger) {
        self.ledger = ledger
    }

    public func refer(
        question: String, student: String?, window: Int?, sentTo: String, at: CivilDateTime, by actor: String
    ) throws(LedgerError) -> ReferralRecord {
        try ledger.addReferral(question: question, student: student, window: window, sentTo: sentTo, at: at, by: actor)
    }

    public func answerReferral(_ id: Int64, answer: String, at: CivilDateTime, by actor: String) throws(LedgerError)
        -> ReferralRecord
    {
        try ledger.answerReferral(id, answer: answer, at: at, by: actor)
    }

    public func complain(
        about: String, text: String, student: String?, window: Int?, at: CivilDateTime, by actor: String
    ) throws(LedgerError) -> ComplaintRecord {
        try ledger.addComplaint(about: about, text: text, student: student, window: window, at: at, by: actor)
    }

    public func answerComplaint(_ id: Int64, answer: String, at: CivilDateTime, by actor: String) throws(LedgerError)
        -> ComplaintRecord
    {
        try ledger.answerComplaint(id, answer: answer, at: at, by: actor)
    }

    public func reportRepair(
        location: String, description: String, student: String?, at: CivilDateTime, by actor: String
    ) throws(LedgerError) -> RepairRecord {
        try ledger.addRepair(location: location, description: description, student: student, at: at, by: actor)
    }

    public func finishRepair(_ id: Int64, at: CivilDateTime, by actor: String) throws(LedgerError) -> RepairRecord {
        try ledger.finishRepair(id, at: at, by: actor)
    }

    public func referrals() throws(LedgerError) -> [ReferralRecord] { try ledger.referrals() }
    public func complaints() throws(LedgerError) -> [ComplaintRecord] { try ledger.complaints() }
    public func repairs() throws(LedgerError) -> [RepairRecord] { try ledger.repairs() }

    /// Any of the above for a server's request, off Swift's cooperative pool:
    /// `try await desk.perform { try $0.finishRepair(id, at: at, by: actor) }`.
    public func perform<T: Sendable>(_ work: @escaping @Sendable (FollowUpDesk) throws(LedgerError) -> T)
        async
        throws(LedgerError) -> T
    {
        let desk = self
        return try await Offload.run { () throws(LedgerError) in try work(desk) }
    }
}
