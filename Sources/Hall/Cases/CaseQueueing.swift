import Catalog
import Store

/// The A-post's queue for a day: cases a B-post accepted that wait for the A-post's
/// processing span, by window, green channel first, then by due date.
public struct CaseQueueing: Sendable {
    public let ledger: Ledger

    public init(ledger: Ledger) {
        self.ledger = ledger
    }

    public func records(on day: CivilDate) throws(LedgerError) -> [CaseQueue.Group<CaseRecord>] {
        try ledger.queue(on: day).map { CaseQueue.Group(window: $0.window, cases: $0.cases) }
    }

    /// `records` for a server's request: the ledger is read on GRDB's async API.
    public func records(on day: CivilDate) async throws(LedgerError) -> [CaseQueue.Group<CaseRecord>] {
        try await ledger.queue(on: day).map { CaseQueue.Group(window: $0.window, cases: $0.cases) }
    }

    /// The queue as shown, personal data as `mask` allows.
    public func queue(on day: CivilDate, _ groups: [CaseQueue.Group<CaseRecord>], mask: PersonalDataMask) -> CaseQueue {
        // The hall's A-post says when it processes; the span of the shipped hall otherwise.
        let span = ledger.catalog.hall?.definition(of: .a)?.processes ?? "15:30-17:30"
        let windows = groups.map { group in
            CaseQueue.Group(
                window: group.window, cases: group.cases.map { CaseView($0, catalog: ledger.catalog, mask: mask) })
        }
        return CaseQueue(day: day.description, processing: span, windows: windows)
    }
}

/// The A-post's queue, as terminal lines and as the `cases queue --format json` contract.
public struct CaseQueue: Encodable, Sendable {
    public struct Group<Case: Sendable & Encodable>: Encodable, Sendable {
        public var window: Int
        public var cases: [Case]
    }

    public var day: String
    public var processing: String
    public var windows: [Group<CaseView>]

    public var json: String { JSONOutput.encode(self, snakeCase: true) }

    public var text: String {
        var lines = ["\(day) A岗集中办理 \(processing)"]
        if windows.isEmpty { lines.append("没有待办的办件") }
        for group in windows {
            lines.append("\(group.window)号窗口（\(group.cases.count) 件）")
            lines += group.cases.map { "  " + $0.line }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
