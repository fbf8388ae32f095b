import Assessment
import Catalog
import Foundation
import Store

/// Importing the assessment events (inspections, complaints, reviews) and listing them, with
/// each item's Chinese name from the schemes.
public struct EventRecording: Sendable {
    public let ledger: Ledger
    public let schemes: [Scheme]

    public init(ledger: Ledger, schemes: [Scheme]) {
        self.ledger = ledger
        self.schemes = schemes
    }

    var book: EventBook { EventBook(database: ledger.database, catalog: ledger.catalog, schemes: schemes) }

    /// How an import may go beyond the usual: rows imported before, or dated in a published period.
    public struct Allowance: Sendable, Hashable {
        public var duplicates: Bool
        /// A correction: the published result stays until a director corrects it.
        public var correction: Bool

        public init(duplicates: Bool = false, correction: Bool = false) {
            self.duplicates = duplicates
            self.correction = correction
        }
    }

    public func run(path: String, at: CivilDateTime, by actor: String, allowing: Allowance = .init())
        throws(LedgerError) -> EventImportSummary
    {
        let result = try book.importEvents(
            path: path, at: at, by: actor, allowDuplicates: allowing.duplicates, correction: allowing.correction)
        return EventImportSummary(batch: result.batch, rows: result.rows, correction: allowing.correction)
    }

    public func run(data: Data, file: String, at: CivilDateTime, by actor: String, allowing: Allowance = .init())
        throws(LedgerError) -> EventImportSummary
    {
        let result = try book.importEvents(
            data: data, file: file, at: at, by: actor, allowDuplicates: allowing.duplicates,
            correction: allowing.correction)
        return EventImportSummary(batch: result.batch, rows: result.rows, correction: allowing.correction)
    }

    /// `run(data:…)` for a server's request, off Swift's cooperative pool.
    public func run(data: Data, file: String, at: CivilDateTime, by actor: String, allowing: Allowance = .init())
        async throws(LedgerError) -> EventImportSummary
    {
        let recording = self
        return try await Offload.run { () throws(LedgerError) in
            try recording.run(data: data, file: file, at: at, by: actor, allowing: allowing)
        }
    }

    /// The events stored, of one period or all.
    public func events(in period: Period? = nil) throws(LedgerError) -> [AssessmentEvent] {
        try book.list(period: period)
    }

    /// The events as shown, staff and notes as `mask` allows.
    public func list(_ events: [AssessmentEvent], mask: PersonalDataMask) -> EventList {
        EventList(view: EventListView(events.map(mask.event), schemes: schemes))
    }
}

/// What an events import wrote, as the `events import --format json` contract and a sentence.
public struct EventImportSummary: Encodable, Sendable, Hashable {
    public var batch: Int64
    public var rows: Int
    var correction: Bool

    enum CodingKeys: String, CodingKey { case batch, rows }

    public var json: String { JSONOutput.encode(["batch": Int(batch), "rows": rows]) }

    public var text: String {
        "已导入 \(rows) 条事件（批次 \(batch)）" + (correction ? "，作为更正；已发布的结果不变，须由主任更正该期间的考核结果" : "") + "\n"
    }
}

/// Listed events, as terminal lines and as the `events list --format json` contract.
public struct EventList: Sendable {
    let view: EventListView

    public var json: String { JSONOutput.encode(view, snakeCase: true) }
    public var text: String { view.text }
}
