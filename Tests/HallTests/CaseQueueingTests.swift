import Catalog
import Hall
import Store
import Testing

@Suite struct CaseQueueingTests {
    let fixture: HallFixture
    var queueing: CaseQueueing { CaseQueueing(ledger: fixture.ledger) }

    init() throws { fixture = try HallFixture() }

    func accept(_ service: String, window: Int, at time: String, green: Bool = false) throws {
        _ = try fixture.ledger.accept(
            AcceptRequest(
                service: service, window: window, studentNumber: "2021040123", studentName: "张三", post: .b,
                greenChannel: green, at: HallFixture.at(time), by: "w01-a"))
    }

    @Test func theQueueGroupsByWindowGreenChannelFirstAndIsMasked() throws {
        defer { fixture.remove() }
        try accept("student-id-replacement", window: 1, at: "2026-09-28T09:30")
        try accept("student-id-replacement", window: 1, at: "2026-09-28T10:30", green: true)
        let day = CivilDate("2026-09-28")!
        let groups = try queueing.records(on: day)
        #expect(groups.map(\.window) == [1])
        #expect(groups.first?.cases.map(\.greenChannel) == [true, false])
        let queue = queueing.queue(on: day, groups, mask: try fixture.mask)
        #expect(!queue.json.contains("2021040123"))
        GoldenFile.check(queue.json, name: "queue-2026-09-28.json")
        GoldenFile.check(queue.text, name: "queue-2026-09-28.txt")
    }

    @Test func theAsyncQueueIsTheSameQueue() async throws {
        defer { fixture.remove() }
        try accept("student-id-replacement", window: 1, at: "2026-09-28T09:30")
        let day = CivilDate("2026-09-29")!
        let sync = try Self.records(queueing, day)
        let async = try await queueing.records(on: day)
        #expect(sync.map(\.cases) == async.map(\.cases) && sync.count == 1)
    }

    /// The synchronous variant (in an async test, the call would pick the async one).
    static func records(_ queueing: CaseQueueing, _ day: CivilDate) throws -> [CaseQueue.Group<CaseRecord>] {
        try queueing.records(on: day)
    }

    @Test func anEmptyQueueSaysSo() throws {
        defer { fixture.remove() }
        let day = CivilDate("2026-09-28")!
        let queue = queueing.queue(on: day, try queueing.records(on: day), mask: try fixture.mask)
        #expect(queue.text.hasSuffix("没有待办的办件\n"))
    }
}
