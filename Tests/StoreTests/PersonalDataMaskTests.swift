import Catalog
import Foundation
import GRDB
import Store
import Testing

/// Masking the free text of views, and recording every unmasked view.
@Suite struct PersonalDataMaskTests {
    static let idNumber = "11010519491231002X"
    let mask = PersonalDataMask(studentNumberPattern: "[0-9]{10}", names: ["张三", "欧阳小明", "欧阳", "李"])

    @Test func freeTextMasksIDNumbersStudentNumbersAndKnownNames() {
        #expect(
            mask.text("张三（身份证 \(Self.idNumber)，学号 2021040123）缺照片") == "张*（身份证 110105********002X，学号 2021****23）缺照片")
        #expect(mask.text("欧阳小明与欧阳同来") == "欧阳**与欧*同来")
        #expect(mask.text(String?.none) == nil)
    }

    /// A one-character name would mask half of every sentence; a longer number is not a student
    /// number, nor is an ID number's middle.
    @Test func onlyWholeTokensOfTheHallsFormAndNamesOfTwoCharactersOrMoreAreMasked() {
        #expect(mask.text("李老师电话 13812345678") == "李老师电话 13812345678")
        #expect(mask.text("编号A2021040123") == "编号A2021040123")
        #expect(mask.text("2021040123、2021040124") == "2021****23、2021****24")
        let sixDigits = PersonalDataMask(studentNumberPattern: "[0-9]{6}", names: [])
        #expect(sixDigits.text(Self.idNumber) == "110105********002X")
    }

    /// Every free-text field of a follow-up, and its student number; the staff's names stay.
    @Test func followUpsAreMaskedFieldByField() throws {
        let fixture = try LedgerFixture()
        defer { fixture.remove() }
        let ledger = fixture.ledger
        let at = LedgerFixture.at("2026-09-28T10:00")
        let text = "张三 \(Self.idNumber)"
        let masked = "张* 110105********002X"
        var referral = try ledger.addReferral(
            question: text, student: "2021040123", window: 1, sentTo: text, at: at, by: "w01-b2")
        referral.answer = text
        referral = mask.referral(referral)
        #expect([referral.question, referral.sentTo, referral.answer] == [masked, masked, masked])
        #expect(referral.studentNumber == "2021****23" && referral.takenBy == "w01-b2")
        var complaint = try ledger.addComplaint(about: text, text: text, student: nil, window: 1, at: at, by: "w01-a")
        complaint.answer = text
        complaint = mask.complaint(complaint)
        #expect([complaint.about, complaint.text, complaint.answer] == [masked, masked, masked])
        let repair = mask.repair(
            try ledger.addRepair(location: text, description: text, student: "2021040123", at: at, by: "w01-a"))
        #expect([repair.location, repair.description, repair.studentNumber] == [masked, masked, "2021****23"])
    }

    /// A ledger of many students and a long note: each position is compared only with the
    /// names that start with its character, so the work stays linear in the text.
    @Test func manyNamesAndALongTextAreMaskedInOnePass() {
        let surnames = Array("王李张刘陈杨黄赵吴周")
        let given = Array("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂")
        var names: [String] = []
        for surname in surnames {
            for first in given { for second in given { names.append(String([surname, first, second])) } }
        }
        let mask = PersonalDataMask(studentNumberPattern: "[0-9]{10}", names: names + ["欧阳"])
        let text = String(repeating: "王伟芳来办学生证，欧阳同学陪同；", count: 5_000)
        let masked = mask.text(text)
        #expect(masked == String(repeating: "王**来办学生证，欧*同学陪同；", count: 5_000))
    }

    /// A Chinese input method in full-width mode types ２０２１０４０１２３; an anchored pattern
    /// (`^[0-9]{10}$`) is still found inside text.
    @Test func fullWidthNumbersAndAnchoredPatternsAreMaskedToo() {
        #expect(mask.text("身份证１１０１０５１９４９１２３１００２Ｘ") == "身份证１１０１０５********００２Ｘ")
        #expect(mask.text("学号２０２１０４０１２３") == "学号２０２１****２３")
        let anchored = PersonalDataMask(studentNumberPattern: "^[0-9]{10}$", names: [])
        #expect(anchored.text("学号 2021040123 已核实") == "学号 2021****23 已核实")
    }

    @Test func theLedgerKnowsItsStudentsNamesAndTheHallsForm() throws {
        let fixture = try LedgerFixture()
        defer { fixture.remove() }
        _ = try fixture.accept()
        let mask = try fixture.ledger.personalDataMask()
        #expect(mask.masks)
        #expect(mask.text("张三 2021040123") == "张* 2021****23")
    }

    /// The probe of the issue: an ID number in a pause reason, shown by `cases show`.
    @Test func anIDNumberInAPauseReasonIsMaskedInTheCasesTrail() throws {
        let fixture = try LedgerFixture()
        defer { fixture.remove() }
        let id = try #require(try fixture.accept().id)
        _ = try fixture.ledger.pause(
            id, at: LedgerFixture.at("2026-09-28T09:40"), by: "w01-a", reason: "张三身份证 \(Self.idNumber) 过期")
        let view = CaseDetailView(
            try fixture.ledger.show(id), catalog: LedgerFixture.catalog, mask: try fixture.ledger.personalDataMask())
        #expect(view.history.map(\.action).contains("pause: 张*身份证 110105********002X 过期"), "\(view.history)")
        #expect(!view.text.contains(Self.idNumber) && !view.text.contains("张三"))
        let json = JSONOutput.encode(view, snakeCase: true)
        #expect(!json.contains(Self.idNumber) && !json.contains("2021040123"))
    }

    @Test func anUnmaskedViewIsRecordedWithWhoAskedAndWhyAndNeedsAReason() throws {
        let fixture = try LedgerFixture()
        defer { fixture.remove() }
        let at = LedgerFixture.at("2026-09-28T10:00")
        let disclosure = Disclosure(view: .caseDetail, record: 1, reason: "  ")
        #expect(throws: LedgerError.self) { _ = try fixture.ledger.disclose(disclosure, by: "director", at: at) }
        do {
            _ = try fixture.ledger.disclose(disclosure, by: "director", at: at)
        } catch {
            #expect(error.code == .disclosureWithoutReason)
        }
        #expect(try entries(fixture).isEmpty)
        var reasoned = disclosure
        reasoned.reason = "学生本人申请核对"
        let mask = try fixture.ledger.disclose(reasoned, by: "director", at: at)
        #expect(!mask.masks && mask.text(Self.idNumber) == Self.idNumber)
        let entry = try #require(try entries(fixture).first)
        #expect(entry.actor == "director" && entry.at == "2026-09-28T10:00" && entry.entityId == 1)
        #expect(entry.action == "unmask cases show" && entry.before == nil)
        let recorded = try JSONDecoder().decode(Disclosure.self, from: Data((entry.after ?? "").utf8))
        #expect(recorded == reasoned)
    }

    func entries(_ fixture: LedgerFixture) throws -> [AuditRecord] {
        try fixture.ledger.database.writer.read { db in
            try AuditRecord.filter(AuditRecord.Columns.entity == Disclosure.entity).fetchAll(db)
        }
    }
}
