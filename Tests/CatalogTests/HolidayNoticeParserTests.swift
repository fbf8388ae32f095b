import Catalog
import Foundation
import Testing

/// The State Council's notices, as published, read into exactly the shipped calendar.
@Suite struct HolidayNoticeParserTests {
    static let notices = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/holiday-notices")

    static func notice(_ year: Int) throws -> String {
        try String(contentsOf: notices.appendingPathComponent("\(year).txt"), encoding: .utf8)
    }

    static func shipped(_ year: Int) throws -> HolidayArrangement {
        let calendar = try #require(WorkingCalendarTests.definition)
        let entry = try #require(calendar.years.first { $0.year == year })
        return try #require(HolidayArrangement(entry))
    }

    @Test(arguments: [2024, 2025, 2026])
    func noticeReproducesTheShippedYear(_ year: Int) throws {
        let parsed = try HolidayNoticeParser.parse(Self.notice(year))
        let shipped = try Self.shipped(year)
        #expect(parsed.year == year)
        #expect(parsed.holidays == shipped.holidays)
        #expect(parsed.workdays == shipped.workdays)
        #expect(parsed.differences(from: shipped) == [])
    }

    @Test func sourceCitesTitleNumberAndDate() throws {
        let parsed = try HolidayNoticeParser.parse(Self.notice(2025))
        #expect(parsed.source == "国务院办公厅关于2025年部分节假日安排的通知 国办发明电〔2024〕12号 (2024-11-12)")
        #expect(try parsed.source == Self.shipped(2025).source)
    }

    /// 2017's older wording: 补休, 星期一, 与周末连休 and a combined 中秋节、国庆节 (中秋 was 10-04).
    @Test func olderWordingOf2017() throws {
        let parsed = try HolidayNoticeParser.parse(Self.notice(2017))
        func days(_ list: [HolidayArrangement.Day]) -> [String] { list.map { "\($0.date) \($0.label)" } }
        let breaks: [(String, Int, String)] = [
            ("2017-01-01", 2, "元旦"), ("2017-01-27", 7, "春节"), ("2017-04-02", 3, "清明节"), ("2017-05-01", 1, "劳动节"),
            ("2017-05-28", 3, "端午节"), ("2017-10-01", 8, "国庆节"),
        ]
        var expected: [String] = []
        for (first, count, name) in breaks {
            let start = try #require(CivilDate(first))
            for offset in 0..<count {
                let day = start.adding(days: offset)
                expected.append("\(day) \(day.description == "2017-10-04" ? "中秋节" : name)")
            }
        }
        #expect(days(parsed.holidays) == expected)
        #expect(
            days(parsed.workdays) == [
                "2017-01-22 春节调休上班", "2017-02-04 春节调休上班", "2017-04-01 清明节调休上班", "2017-05-27 端午节调休上班",
                "2017-09-30 国庆节调休上班",
            ])
    }

    @Test func asideAboutNewYearsEveGivesNoDayOff() throws {
        let parsed = try HolidayNoticeParser.parse(Self.notice(2024))
        #expect(!parsed.holidays.contains { $0.date.description == "2024-02-09" })
    }

    @Test(arguments: [
        ("一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。", HolidayNoticeError.Code.wrongWeekday),
        ("一、元旦：1月1日（周五）至3日（周日）放假调休，共4天。", .wrongCount),
        ("一、元旦：1月1日（周五）放假。1月5日（周二）上班。", .badDate),
        ("一、元宵节：2月20日放假。", .unknownHoliday),
        ("一、元旦：2月30日放假。", .badDate),
        ("一、元旦：1月1日（周五）调整。", .unreadable),
        ("一、元旦：1月1日放假。\n二、春节：1月1日放假。", .conflict),
    ])
    func badNoticeIsRefusedWithItsLine(_ body: String, _ code: HolidayNoticeError.Code) throws {
        let text = "国务院办公厅关于2027年部分节假日安排的通知\n\n" + body
        let error = #expect(throws: HolidayNoticeError.self) { try HolidayNoticeParser.parse(text) }
        #expect(error?.code == code, "\(String(describing: error))")
        #expect(error?.line != nil)
    }

    @Test func textWithoutYearOrSectionsIsRefused() {
        #expect(throws: HolidayNoticeError.self) { try HolidayNoticeParser.parse("节假日安排") }
        let error = #expect(throws: HolidayNoticeError.self) {
            try HolidayNoticeParser.parse("国务院办公厅关于2027年部分节假日安排的通知\n正文")
        }
        #expect(error?.code == .noArrangement)
    }

    /// Cut or garbled notices are refused or read, never a crash.
    @Test func truncatedAndGarbledTextNeverCrashes() throws {
        for year in [2017, 2024, 2025, 2026] {
            let text = try Self.notice(year)
            for length in stride(from: 0, through: text.count, by: 7) {
                _ = try? HolidayNoticeParser.parse(String(text.prefix(length)))
            }
            _ = try? HolidayNoticeParser.parse(text.replacingOccurrences(of: "月", with: "日"))
            _ = try? HolidayNoticeParser.parse(text.replacingOccurrences(of: "至", with: "至至"))
            _ = try? HolidayNoticeParser.parse(text.replacingOccurrences(of: "（", with: ""))
        }
        let huge = "国务院办公厅关于2027年部分节假日安排的通知\n一、元旦：1月1日放假，共99999999999999999999999天。"
        #expect(throws: HolidayNoticeError.self) { try HolidayNoticeParser.parse(huge) }
    }
}
