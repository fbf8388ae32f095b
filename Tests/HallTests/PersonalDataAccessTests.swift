import Catalog
import Foundation
import GRDB
import Hall
import Store
import Testing

/// Who is asking decides the mask: without a reason everything personal is masked and nothing
/// recorded; with one, the disclosure is recorded (who, when, what, why) before the mask shows all.
@Suite struct PersonalDataAccessTests {
    let fixture: HallFixture
    var access: PersonalDataAccess { PersonalDataAccess(ledger: fixture.ledger) }

    init() throws { fixture = try HallFixture() }

    func disclosures() throws -> [AuditRecord] {
        try fixture.ledger.database.writer.read { db in
            try AuditRecord.filter(AuditRecord.Columns.entity == Disclosure.entity).fetchAll(db)
        }
    }

    @Test func withoutAReasonEverythingIsMaskedAndNothingRecorded() throws {
        defer { fixture.remove() }
        _ = try fixture.importSample()
        let mask = try access.mask(.init(view: .caseDetail, record: 1, actor: "w01-a"))
        #expect(mask.masks && !mask.text("2021040123 张三").contains("2021040123"))
        #expect(!mask.text("张三来过").contains("张三"))
        #expect(try disclosures().isEmpty)
    }

    @Test func aReasonIsRecordedBeforeAllIsShown() throws {
        defer { fixture.remove() }
        _ = try fixture.importSample()
        let request = PersonalDataAccess.Request(
            view: .caseList, subject: "--limit 50", actor: "w01-a", unmaskReason: "学生本人申请核对")
        let mask = try access.mask(request)
        #expect(!mask.masks && mask.text("2021040123") == "2021040123")
        let entry = try #require(try disclosures().first)
        #expect(entry.actor == "w01-a" && entry.at == HallFixture.now.description)
        #expect(entry.action == "unmask cases list")
        let recorded = try JSONDecoder().decode(Disclosure.self, from: Data((entry.after ?? "").utf8))
        #expect(recorded == Disclosure(view: .caseList, subject: "--limit 50", reason: "学生本人申请核对"))
    }

    @Test func aBlankReasonOrAStrangerIsRefusedAndShownNothing() throws {
        defer { fixture.remove() }
        let blank = #expect(throws: LedgerError.self) {
            try access.mask(.init(view: .events, actor: "w01-a", unmaskReason: "  "))
        }
        #expect(blank?.code == .disclosureWithoutReason)
        let stranger = #expect(throws: LedgerError.self) {
            try access.mask(.init(view: .events, actor: "nobody-here", unmaskReason: "核对"))
        }
        #expect(stranger?.code == .unknownStaff)
        #expect(try disclosures().isEmpty)
    }

    @Test func theAsyncMaskRecordsTheSameDisclosure() async throws {
        defer { fixture.remove() }
        let mask = try await access.mask(.init(view: .score, subject: "2026-10", actor: "w01-a", unmaskReason: "复核"))
        #expect(!mask.masks)
        #expect(try disclosures().map(\.action) == ["unmask score"])
    }
}
