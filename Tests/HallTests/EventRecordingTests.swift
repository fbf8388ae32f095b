import Assessment
import Catalog
import Foundation
import Hall
import Store
import Testing

/// Importing and listing assessment events through the hall.
@Suite struct EventRecordingTests {
    let fixture: HallFixture
    var recording: EventRecording { EventRecording(ledger: fixture.ledger, schemes: HallFixture.rules.schemes) }

    init() throws { fixture = try HallFixture() }

    static let events = """
        date,window,staff,item,count,serious,note,recorded_by
        2026-10-09,1,小王,discipline.late_or_early,2,,巡查,w01-a
        2026-10-12,1,小王,attitude.quarrel,1,true,与学生张三争吵,w01-a

        """

    func run(_ allowing: EventRecording.Allowance = .init()) throws -> EventImportSummary {
        try recording.run(
            data: Data(Self.events.utf8), file: "events.csv", at: HallFixture.at("2026-11-02T09:00"), by: "w01-a",
            allowing: allowing)
    }

    @Test func anImportSaysHowManyRowsAndItsBatch() throws {
        defer { fixture.remove() }
        _ = try fixture.importSample()
        let summary = try run()
        #expect(summary.text == "已导入 2 条事件（批次 \(summary.batch)）\n")
        GoldenFile.check(summary.json, name: "events-import.json")
        let again = #expect(throws: LedgerError.self) { try run() }
        #expect(again?.code == .duplicateImport)
        #expect(try run(.init(duplicates: true, correction: true)).text.contains("作为更正"))
    }

    @Test func theListNamesEachItemAndMasksNames() throws {
        defer { fixture.remove() }
        _ = try fixture.importSample()
        _ = try run()
        let list = recording.list(try recording.events(in: Period("2026-10")), mask: try fixture.mask)
        #expect(!list.json.contains("张三"))
        GoldenFile.check(list.json, name: "events-2026-10.json")
        GoldenFile.check(list.text, name: "events-2026-10.txt")
        #expect(try recording.events(in: Period("2026-09")).isEmpty)
    }

    @Test func theAsyncImportWritesOnce() async throws {
        defer { fixture.remove() }
        let summary = try await recording.run(
            data: Data(Self.events.utf8), file: "events.csv", at: HallFixture.at("2026-11-02T09:00"), by: "w01-a")
        #expect(summary.rows == 2)
        #expect(try recording.events().count == 2)
    }
}
