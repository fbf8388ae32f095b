import Catalog
import Foundation
import GRDB
import Store
import Testing

/// What a case import refuses rather than stores or silently changes, each with its row and
/// column and never the cell's value (it may be personal).
@Suite struct CaseImportRefusalTests {
    let fixture: LedgerFixture
    var ledger: Ledger { fixture.ledger }

    init() throws { fixture = try LedgerFixture() }

    func importing(_ csv: String) throws(LedgerError) -> Ledger.ImportResult {
        try ledger.importCases(
            data: Data(csv.utf8), file: "ledger.csv", at: LedgerFixture.at("2026-11-23T09:00"), by: "clerk")
    }

    /// The import's error; records an issue if it was accepted, and checks nothing was written.
    func refusal(_ csv: String) throws -> LedgerError? {
        defer { #expect((try? ledger.count()) == 0) }
        do {
            _ = try importing(csv)
            Issue.record("the import was accepted")
            return nil
        } catch {
            return error
        }
    }

    static let header = "service,window,student,submitted,name,channel,green_channel,completed\n"

    @Test func aHugeHeaderACellOrAnUnclosedQuoteIsRefusedWithItsRowAndColumn() throws {
        defer { fixture.remove() }
        let hugeHeader = try refusal("service,window,student,submitted," + String(repeating: "x", count: 100_000))
        #expect(hugeHeader?.code == .headerTooLong)
        #expect(hugeHeader?.message.contains("ledger.csv 第 1 行，第 5 列（E 列）") == true, "\(hugeHeader?.message ?? "")")
        let hugeCell = try refusal(
            Self.header + "学生证补办,1,2021040123,2026-09-28T09:30,\(String(repeating: "张", count: 5000)),,,\n")
        #expect(hugeCell?.code == .fieldTooLong)
        #expect(hugeCell?.message.contains("第 2 行，第 5 列（E 列）") == true, "\(hugeCell?.message ?? "")")
        // The issue's probe: a 2 MB service name once took 30 s of did-you-mean.
        let hugeService = try refusal(
            Self.header + String(repeating: "学", count: 700_000) + ",1,2021040123,2026-09-28T09:30,,,,\n")
        #expect(hugeService?.code == .fieldTooLong)
        #expect(hugeService?.message.contains("第 2 行，第 1 列（A 列）") == true, "\(hugeService?.message ?? "")")
        let unclosed = try refusal(
            Self.header + "学生证补办,1,2021040123,2026-09-28T09:30,\"张三,,,\n"
                + String(repeating: "学生证补办,1,2021040124,2026-09-28T09:30,,,,\n", count: 1000))
        #expect(unclosed?.code == .fieldTooLong)
        #expect(unclosed?.message.contains("第 2 行，第 5 列（E 列）") == true, "\(unclosed?.message ?? "")")
    }

    @Test func aColumnNamedTwiceIsRefused() throws {
        defer { fixture.remove() }
        let error = try refusal("service,window,student,submitted,学号\n学生证补办,1,2021040123,2026-09-28T09:30,2021040124\n")
        #expect(error?.code == .repeatedColumn)
        #expect(error?.message.contains("第 1 行，第 5 列（E 列）：与第 3 列（C 列）") == true, "\(error?.message ?? "")")
    }

    @Test(arguments: ["电话", "online", "网上办理"])
    func anUnknownChannelIsRefused(_ channel: String) throws {
        defer { fixture.remove() }
        let error = try refusal(Self.header + "学生证补办,1,2021040123,2026-09-28T09:30,,\(channel),,\n")
        #expect(error?.code == .unknownChannel)
        #expect(error?.message.contains("第 2 行，“channel”列") == true, "\(error?.message ?? "")")
    }

    @Test func onlineMeansTheHallsOneOnlineChannel() throws {
        defer { fixture.remove() }
        _ = try importing(Self.header + "学生证补办,1,2021040123,2026-09-28T09:30,,网上,,\n")
        #expect(try ledger.list().map(\.channel) == ["wechat"])
    }

    @Test(arguments: ["1", "0", "yes", "Y", "绿色通道"])
    func aGreenChannelOtherThanTrueOrFalseIsRefused(_ value: String) throws {
        defer { fixture.remove() }
        let error = try refusal(Self.header + "学生证补办,1,2021040123,2026-09-28T09:30,,,\(value),\n")
        #expect(error?.code == .notTrueOrFalse)
        #expect(error?.message.contains("第 2 行，“green_channel”列") == true, "\(error?.message ?? "")")
    }

    @Test(arguments: ["9999-12-31", "2150-01-05 10:00"])
    func aCompletionInAYearTheCalendarCannotReasonAboutIsRefused(_ completed: String) throws {
        defer { fixture.remove() }
        let error = try refusal(Self.header + "学生证补办,1,2021040123,2026-09-28T09:30,,,,\(completed)\n")
        #expect(error?.code == .dateOutsideCalendar)
        #expect(error?.message.contains("第 2 行，“completed”列") == true, "\(error?.message ?? "")")
    }

    @Test(arguments: [
        ("service,window,student,submitted\n欧阳娜娜,1,2021040123,2026-09-28T09:30\n", "第 2 行，“service”列"),
        ("service,window,student,submitted\n学生证补办,2021040123,2021040123,2026-09-28T09:30\n", "第 2 行，“window”列"),
        ("service,window,student,submitted\n学生证补办,欧阳娜娜,2021040123,2026-09-28T09:30\n", "第 2 行，“window”列"),
        ("service,window,student,submitted\n学生证补办,1,2021040123,欧阳娜娜\n", "第 2 行，“submitted”列"),
        ("欧阳娜娜,1,2021040123,2026-09-28T09:30\n", "第 1 行，第 1 列（A 列）"),
        ("service,window,student,submitted,post\n学生证补办,1,2021040123,2026-09-28T09:30,欧阳娜娜\n", "第 2 行，“post”列"),
    ])
    func anErrorNamesTheRowAndColumnButNotThePersonalValue(_ csv: String, _ place: String) throws {
        defer { fixture.remove() }
        let error = try refusal(csv)
        #expect(error?.message.contains(place) == true, "\(error?.message ?? "")")
        #expect(error?.message.contains("欧阳娜娜") == false, "\(error?.message ?? "")")
        #expect(error?.message.contains("2021040123") == false, "\(error?.message ?? "")")
    }

    @Test func theDesksLookupsDoNotRepeatWhatWasTyped() throws {
        defer { fixture.remove() }
        for (service, window) in [("欧阳娜娜", 1), ("学生证补办", 2_021_040_123)] {
            do {
                _ = try ledger.accept(
                    AcceptRequest(
                        service: service, window: window, studentNumber: "2021040124",
                        at: LedgerFixture.at("2026-09-28T09:30"), by: "w01-a"))
                Issue.record("accepted \(service) at window \(window)")
            } catch {
                #expect(!error.message.contains("欧阳娜娜") && !error.message.contains("2021040123"), "\(error.message)")
            }
        }
    }

    @Test func anImportedCaseDueInAProvisionalYearIsMarkedProvisional() throws {
        defer { fixture.remove() }
        _ = try importing("service,window,student,submitted\n学生证补办,1,2021040123,2027-03-01T09:30\n")
        #expect(try ledger.list().map(\.dueProvisional) == [true])
    }

    @Test func aFileBeyondTheRowLimitIsRefusedAtTheFirstRowOver() throws {
        defer { fixture.remove() }
        #expect(Ledger.defaultImportRowLimit == 1_000_000)
        let csv =
            "service,window,student,submitted\n"
            + (1...3).map { "学生证补办,1,202104012\($0),2026-09-28T09:30\n" }.joined()
        do {
            _ = try ledger.importCases(
                data: Data(csv.utf8), file: "ledger.csv", at: LedgerFixture.at("2026-11-23T09:00"), by: "clerk",
                rowLimit: 2)
            Issue.record("three rows went in under a limit of two")
        } catch {
            #expect(error.code == .tooManyRows)
            #expect(error.message.hasPrefix("ledger.csv 第 4 行："), "\(error.message)")
        }
        #expect(try ledger.count() == 0)
    }
}
