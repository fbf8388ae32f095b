import Catalog
import Foundation
import GRDB
import Store
import Testing

/// Closed choices are enums in the ledger, stored as the words their columns have always held;
/// the post is read from files as staff write it (A, b, B岗, the hall's name for it).
@Suite struct ClosedChoiceStorageTests {
    let fixture: LedgerFixture
    var ledger: Ledger { fixture.ledger }

    init() throws { fixture = try LedgerFixture() }

    func column(_ sql: String) throws -> [String?] {
        try ledger.database.read { db in try String?.fetchAll(db, sql: sql) }
    }

    @Test func aCaseStoresThePostAsItsLetter() throws {
        defer { fixture.remove() }
        _ = try fixture.accept(post: .a)
        _ = try fixture.accept(at: "2026-09-28T10:30", post: .b)
        #expect(try column("SELECT post FROM ledger_case ORDER BY id") == ["A", "B"])
        #expect(try ledger.list().sorted { $0.id ?? 0 < $1.id ?? 0 }.map(\.post) == [.a, .b])
    }

    @Test func aCaseImportReadsThePostAsStaffWriteIt() throws {
        defer { fixture.remove() }
        let csv =
            "service,window,student,submitted,post\n"
            + "学生证补办,1,2021040123,2026-10-12T09:30,a\n"
            + "学生证补办,1,2021040124,2026-10-12T09:31,B岗（学生助理）\n"
            + "学生证补办,1,2021040125,2026-10-12T09:32,A岗（窗口负责老师）\n"
            + "学生证补办,1,2021040126,2026-10-12T09:33,\n"
        _ = try ledger.importCases(
            data: Data(csv.utf8), file: "ledger.csv", at: LedgerFixture.at("2026-11-23T09:00"), by: "clerk")
        #expect(try column("SELECT post FROM ledger_case ORDER BY student_number") == ["A", "B", "A", "B"])
    }

    @Test func aCaseImportRefusesAnotherPostWithItsCodeAndColumn() throws {
        defer { fixture.remove() }
        let csv = "service,window,student,submitted,post\n学生证补办,1,2021040123,2026-10-12T09:30,C岗\n"
        #expect {
            try ledger.importCases(
                data: Data(csv.utf8), file: "ledger.csv", at: LedgerFixture.at("2026-11-23T09:00"), by: "clerk")
        } throws: { error in
            let error = error as? LedgerError
            return error?.code == .unknownPost && error?.details.column == "post" && error?.details.row == 2
        }
        #expect(try ledger.count() == 0)
    }

    @Test func anEventStoresThePostAsItsLetterAndTakesTheHallsName() throws {
        defer { fixture.remove() }
        let csv =
            "date,window,staff,post,item,count\n2026-10-09,1,小王,B岗（学生助理）,demerit.late_or_early,1\n"
            + "2026-10-09,1,王老师,a,demerit.late_or_early,1\n2026-10-09,1,小李,,demerit.late_or_early,1\n"
        _ = try fixture.eventBook.importEvents(
            data: Data(csv.utf8), file: "events.csv", at: LedgerFixture.at("2026-11-01T09:00"), by: "deputy")
        #expect(try column("SELECT post FROM assessment_event ORDER BY id") == ["B", "A", nil])
        #expect(try fixture.eventBook.list().map(\.post) == [.b, .a, nil])
    }

    @Test func aCaseStoresWhatACorrectionDoesToItsClockAsTheCatalogWord() throws {
        defer { fixture.remove() }
        let restarting = try fixture.accept("medical-insurance-reimbursement", window: 3, at: "2026-09-21T09:00")
        _ = try fixture.accept(at: "2026-09-21T10:00")
        #expect(restarting.onCorrection == .restart)
        #expect(try column("SELECT on_correction FROM ledger_case ORDER BY id") == ["restart", "pause"])
        #expect(try ledger.list().sorted { $0.id ?? 0 < $1.id ?? 0 }.map(\.onCorrection) == [.restart, .pause])
    }

    @Test func aCaseStoresHowItsLimitIsCountedAsTheCatalogWord() throws {
        defer { fixture.remove() }
        _ = try fixture.accept()
        _ = try fixture.accept("dorm-repair", window: 11, at: "2026-09-28T10:00")
        #expect(try column("SELECT limit_kind FROM ledger_case ORDER BY id") == ["working_days", "hours"])
        #expect(try ledger.list().sorted { $0.id ?? 0 < $1.id ?? 0 }.map(\.limitKind) == [.workingDays, .hours])
    }
}
