import Catalog
import Store
import Testing

/// `cases show` names the trail in the words of the window (受理, 暂停：原因, 办理环节：信息核实),
/// while the stored action strings, which the audit chain digests, stay as they are.
@Suite struct CaseTrailLabelTests {
    let fixture: LedgerFixture
    var ledger: Ledger { fixture.ledger }

    init() throws { fixture = try LedgerFixture() }

    func at(_ text: String) -> CivilDateTime { LedgerFixture.at(text) }

    func view(_ id: Int64) throws -> CaseDetailView {
        CaseDetailView(try ledger.show(id), catalog: LedgerFixture.catalog, mask: try ledger.personalDataMask())
    }

    @Test func theTrailAndTheStepsAreShownInChinese() throws {
        defer { fixture.remove() }
        let id = try #require(try fixture.accept().id)
        _ = try ledger.pause(id, at: at("2026-09-28T09:40"), by: "w01-a", reason: "身份证过期")
        _ = try ledger.resume(id, at: at("2026-09-28T10:00"), by: "w01-a")
        _ = try ledger.performStep(id, step: "verify", at: at("2026-09-29T10:00"), by: "clerk")
        _ = try ledger.complete(id, at: at("2026-10-09T16:00"), by: "w01-a")
        let view = try view(id)
        #expect(view.history.map(\.label) == ["受理", "暂停：身份证过期", "恢复", "办理环节：信息核实", "办结"])
        #expect(view.history.map(\.action) == ["accept", "pause: 身份证过期", "resume", "step: verify", "complete"])
        #expect(view.steps.map(\.name) == ["信息核实"])
        // Staff by their names on the hall's list; the JSON keeps the ids.
        let clerk = try #require(LedgerFixture.catalog.hall?.staffMember("clerk")?.name)
        #expect(view.text.contains("  信息核实  \(clerk)  2026-09-29T10:00"), "\(view.text)")
        #expect(view.history.first?.actor == "w01-a" && view.history.first?.actorName == "1号窗口A岗老师")
        #expect(view.text.contains("暂停：身份证过期") && !view.text.contains("pause"), "\(view.text)")
        let json = JSONOutput.encode(view, snakeCase: true)
        #expect(json.contains("\"label\" : \"办理环节：信息核实\"") && json.contains("\"action\" : \"step: verify\""))
    }

    @Test func aRefusalIsNamedByItsReason() throws {
        defer { fixture.remove() }
        let id = try #require(try fixture.accept().id)
        _ = try ledger.refuse(id, code: "not-enrolled", at: at("2026-09-28T10:00"), by: "w01-a")
        #expect(try view(id).history.last?.label == "不予受理：已毕业学生不再补办学生证")
    }

    @Test func actionsReadBackFromTheirStoredForm() {
        let service = LedgerFixture.catalog.service("student-id-replacement")
        #expect(TrailAction("pause") == .pause(reason: nil))
        #expect(TrailAction("pause").label(service: service) == "暂停")
        #expect(TrailAction("transfer").label(service: service, windows: (1, 2)) == "转办：1号窗口→2号窗口")
        #expect(TrailAction("refuse: gone").label(service: service) == "不予受理：gone")
        #expect(TrailAction("recompute-due: 节假日安排已导入").label(service: nil) == "重算期限：节假日安排已导入")
        #expect(TrailAction("archive").label(service: nil) == "archive")
    }
}
