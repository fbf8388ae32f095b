import Assessment
import Catalog
import Store
import Testing

/// `events list` names each event's item as the schemes do (旷工), not by its id.
@Suite struct EventListViewTests {
    let events = [
        AssessmentEvent(
            id: 1, date: CivilDate("2026-10-15")!, window: 2, staff: "小王", item: "discipline.absent",
            recordedBy: "巡查"),
        AssessmentEvent(
            id: 2, date: CivilDate("2026-10-16")!, window: 2, staff: "小王", item: "no.such.item", recordedBy: "巡查"),
    ]

    @Test func itemsAreShownByTheirChineseNames() throws {
        let view = EventListView(events, schemes: LedgerFixture.rules.schemes)
        #expect(view.events.map(\.itemName) == ["旷工", "no.such.item"])
        #expect(view.text.contains("2号窗口  小王  旷工 ×1"), "\(view.text)")
        #expect(!view.text.contains("discipline.absent"))
        let json = JSONOutput.encode(view, snakeCase: true)
        #expect(json.contains("\"item\" : \"discipline.absent\"") && json.contains("\"item_name\" : \"旷工\""), "\(json)")
    }

    @Test func noEventsSaySo() {
        #expect(EventListView([], schemes: LedgerFixture.rules.schemes).text == "没有事件\n")
    }
}
