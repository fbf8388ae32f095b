import Catalog
import Store

/// A student's progress query (办件进度查询): the case number and the last four digits of
/// the student number give the case's status and due date, nothing else. A case that does not
/// exist and digits that do not match give the same nil, so a query tells no one which it was.
public struct ProgressLookup: Sendable {
    public let ledger: Ledger

    public init(ledger: Ledger) {
        self.ledger = ledger
    }

    /// How many trailing digits of the student number the student gives.
    public static let digitCount = 4

    /// All a student is told: the status and the due date.
    public struct Answer: Sendable, Encodable, Equatable {
        public var caseNumber: Int64
        public var status: String
        public var statusText: String
        public var due: String
        public var dueProvisional: Bool
        public var dueNote: String?
    }

    /// The case's progress when `digits` are the last four of its student number; nil otherwise.
    public func look(caseNumber: Int64, digits: String) async throws(LedgerError) -> Answer? {
        guard digits.count == Self.digitCount, let record = try await ledger.record(caseNumber),
            record.studentNumber.count >= Self.digitCount,
            String(record.studentNumber.suffix(Self.digitCount)).uppercased() == digits.uppercased()
        else { return nil }
        return Answer(
            caseNumber: caseNumber, status: record.status.rawValue, statusText: record.status.chinese,
            due: record.due.replacingOccurrences(of: "T", with: " "), dueProvisional: record.dueProvisional,
            dueNote: record.dueProvisional ? DueDate.provisionalNote : nil)
    }
}

extension HallServices {
    public var progress: ProgressLookup { ProgressLookup(ledger: ledger) }
}
