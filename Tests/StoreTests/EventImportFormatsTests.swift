import Assessment
import Catalog
import Foundation
import GRDB
import Store
import Testing

/// Event files as a hall office saves them from Excel on a Chinese Windows machine.
@Suite struct EventImportFormatsTests {
    let fixture: LedgerFixture
    let schemes = LedgerFixture.rules.schemes
    var book: EventBook { fixture.eventBook }

    init() throws { fixture = try LedgerFixture() }

    func importing(_ text: String) throws(LedgerError) -> EventBook.ImportResult {
        try book.importEvents(
            data: Data(text.utf8), file: "events.csv", at: LedgerFixture.at("2026-11-01T09:00"), by: "deputy")
    }

    @Test func chineseHeadersExcelDatesBooleansAndItemNamesAreRead() throws {
        defer { fixture.remove() }
        let csv =
            "\u{FEFF}日期,窗口,工作人员,项目,次数,情节严重,备注,记录人\r\n"
            + "2026/10/9,1,小王,无故迟到、早退,2,FALSE,巡查,张老师\r\n"
            + "2026/10/12,1,小王,与服务对象争吵,1,TRUE,与学生争吵,张老师\r\n"
            + "2026-10-30,2,,综合评议优秀,,,月度评议,张老师\r\n"
        #expect(try importing(csv).rows == 3)
        let events = try book.list(period: Period("2026-10"))
        #expect(events.map(\.date.description) == ["2026-10-09", "2026-10-12", "2026-10-30"])
        #expect(events.map(\.item) == ["discipline.late_or_early", "attitude.quarrel", "review.excellent"])
        #expect(events.map(\.serious) == [false, true, false])
    }

    @Test func aRowWithAnExtraColumnIsRefusedWithTheColumnNamed() throws {
        defer { fixture.remove() }
        let csv = "date,window,staff,item\n2026-10-09,1,小王,discipline.absent\n2026-10-09,1,小王,discipline.absent,多余\n"
        do {
            _ = try importing(csv)
            Issue.record("a row with five cells under four headers was imported")
        } catch {
            #expect(error.code == .extraColumn)
            #expect(error.message.contains("第 3 行，第 5 列（E 列）"), "\(error.message)")
        }
        #expect(try book.list().isEmpty)
    }

    @Test(arguments: [
        (
            "date,window,staff,item,日期\n2026-10-09,1,小王,discipline.absent,2026-10-10\n",
            LedgerError.Code.repeatedColumn,
            "第 1 行，第 5 列（E 列）"
        ),
        ("欧阳娜娜,2026-10-09,1,discipline.absent\n", .unknownColumn, "第 1 行，第 1 列（A 列）"),
        (
            "date,window,staff,note\n2026-10-09,1,小王," + String(repeating: "很", count: 3000) + "\n", .fieldTooLong,
            "第 2 行，第 4 列（D 列）"
        ),
    ])
    func aBadHeaderOrAHugeCellIsRefusedByItsPlace(_ csv: String, _ code: LedgerError.Code, _ place: String) throws {
        defer { fixture.remove() }
        do {
            _ = try importing(csv)
            Issue.record("the file was imported")
        } catch {
            #expect(error.code == code, "\(error.message)")
            #expect(error.message.contains(place), "\(error.message)")
            #expect(!error.message.contains("欧阳娜娜"), "\(error.message)")
        }
        #expect(try book.list().isEmpty)
    }

    @Test(arguments: ["date", "window", "item", "count", "serious", "post"])
    func anErrorNamesTheCellButNotItsValue(_ column: String) throws {
        defer { fixture.remove() }
        var cells = [
            "date": "2026-10-09", "window": "1", "item": "discipline.absent", "count": "1", "serious": "false",
            "post": "B",
        ]
        cells[column] = "欧阳娜娜2021040123"
        let order = ["date", "window", "item", "count", "serious", "post"]
        let csv = order.joined(separator: ",") + "\n" + order.map { cells[$0]! }.joined(separator: ",") + "\n"
        do {
            _ = try importing(csv)
            Issue.record("the row was imported")
        } catch {
            #expect(error.message.contains("events.csv 第 2 行，“\(column)”列"), "\(error.message)")
            #expect(!error.message.contains("欧阳娜娜") && !error.message.contains("2021040123"), "\(error.message)")
        }
        #expect(try book.list().isEmpty)
    }
}
