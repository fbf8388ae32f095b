import Catalog
import Foundation
import Store

/// The receipt (受理回执) a window hands the student on accepting a case: what was accepted,
/// where, when it is due (and whether that date is still provisional), and what the student
/// still owes — the materials the one-time notice listed as missing or to be mended.
public struct CaseReceipt: Sendable {
    /// A material the student must still bring or mend.
    public struct Owed: Sendable, Hashable {
        public var name: String
        /// `missing` or `defective`, as the notice said on acceptance.
        public var status: String
        public var statusText: String
        /// For a material that may follow later (容缺受理): how long the student has.
        public var laterDeadline: String?
    }

    public var caseNumber: Int64
    public var service: NamedReference
    public var window: WindowReference
    /// The student number as shown (masked unless allowed).
    public var student: String
    public var submitted: String
    /// The working day the case counts as accepted.
    public var acceptedOn: String
    public var due: String
    public var dueProvisional: Bool
    public var dueNote: String?
    public var limit: String
    public var statusText: String
    public var greenChannel: Bool
    public var owed: [Owed]
    public var hall: String
    public var institution: String

    public init(_ record: CaseRecord, catalog: Catalog, mask: PersonalDataMask) {
        let service = catalog.service(record.serviceId)
        caseNumber = record.id ?? 0
        self.service = NamedReference(id: record.serviceId, name: service?.name ?? record.serviceId)
        window = WindowReference(number: record.windowNumber, in: catalog)
        student = mask.studentNumber(record.studentNumber)
        submitted = record.submittedAt.replacingOccurrences(of: "T", with: " ")
        acceptedOn = record.acceptedOn
        due = record.due.replacingOccurrences(of: "T", with: " ")
        dueProvisional = record.dueProvisional
        dueNote = record.dueProvisional ? DueDate.provisionalNote : nil
        limit = Self.limit(record)
        statusText = record.status.chinese
        greenChannel = record.greenChannel
        hall = catalog.hall?.name ?? ""
        institution = catalog.hall?.institution ?? ""
        let statuses =
            (try? JSONDecoder().decode([String: String].self, from: Data(record.materials.utf8))) ?? [:]
        // In the service's order, so the receipt lists them as the notice did.
        owed = (service?.materials ?? []).compactMap { use -> Owed? in
            let id = use.material.id
            guard let status = statuses[id], let text = Self.owedText[status] else { return nil }
            return Owed(
                name: catalog.material(id)?.name ?? id, status: status, statusText: text,
                laterDeadline: status == "missing" ? use.laterDeadline?.chinese : nil)
        }
    }

    /// The limit the case was accepted under (the catalog may have changed since).
    static func limit(_ record: CaseRecord) -> String {
        switch (record.limitKind, record.limitValue) {
        case (.workingDays, let days?): TimeLimit.workingDays(days).chinese
        case (.hours, let hours?): TimeLimit.hours(hours).chinese
        case (.onTheSpot, _): TimeLimit.onTheSpot.chinese
        default: record.limitKind.rawValue
        }
    }

    static let owedText = ["missing": "待补交", "defective": "待补正"]
}

/// Reading a case for its receipt.
public struct CaseReceipts: Sendable {
    public let ledger: Ledger

    public init(ledger: Ledger) {
        self.ledger = ledger
    }

    /// The case's record; refuses with `case-not-found` when there is none.
    public func record(_ id: Int64) async throws(LedgerError) -> CaseRecord {
        guard let record = try await ledger.record(id) else {
            throw LedgerError("没有编号为 \(id) 的办件", code: .caseNotFound)
        }
        return record
    }

    public func receipt(_ record: CaseRecord, mask: PersonalDataMask) -> CaseReceipt {
        CaseReceipt(record, catalog: ledger.catalog, mask: mask)
    }
}

extension HallServices {
    public var receipts: CaseReceipts { CaseReceipts(ledger: ledger) }
}
