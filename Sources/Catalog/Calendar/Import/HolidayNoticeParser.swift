/// Reads the text of the State Council's yearly notice (国务院办公厅关于某年部分节假日安排的通知),
/// as published, into the year's arrangement.
///
/// Each numbered section (`二、春节：…`) names its festivals; its sentences say which days are
/// off (`放假`, `放假调休`, `补休`, a range `至`) and which weekend days are worked (`上班`).
/// Weekdays written beside a date (`（周五）`, `（星期一）`) and day counts (`共8天`) are checked,
/// so a mistyped notice is refused rather than written. Asides such as 2024's "鼓励…在除夕（2月9日）
/// 休息" give no day off.
public enum HolidayNoticeParser {
    public static func parse(_ text: String) throws(HolidayNoticeError) -> HolidayArrangement {
        let lines = text.replacingOccurrences(of: "\u{FEFF}", with: "").replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\r", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingSpaces }
        let title = lines.first { $0.contains("节假日安排") } ?? ""
        guard let year = NoticeText.year(inTitle: title) else {
            throw HolidayNoticeError(.noYear, line: nil, "找不到通知的年份：第一行应为“国务院办公厅关于YYYY年部分节假日安排的通知”")
        }
        var builder = ArrangementBuilder(year: year)
        for (index, line) in lines.enumerated() {
            guard let section = try NoticeSection(line, number: index + 1) else { continue }
            try builder.add(section)
        }
        guard builder.sections > 0 else {
            throw HolidayNoticeError(.noArrangement, line: nil, "通知中没有“一、元旦：……”形式的放假安排")
        }
        return builder.arrangement(source: NoticeText.source(lines, title: title))
    }
}

/// Gathers the days of every section, refusing a day listed twice.
private struct ArrangementBuilder {
    let year: Int
    var sections = 0
    var holidays: [CivilDate: String] = [:]
    var workdays: [CivilDate: String] = [:]
    var notes: [String] = []

    init(year: Int) { self.year = year }

    mutating func add(_ section: NoticeSection) throws(HolidayNoticeError) {
        sections += 1
        let line = section.line
        var carry = NoticeText.Carry(year: year)
        var off: [CivilDate] = []
        var worked: [CivilDate] = []
        var count: (written: String, value: Int?)?
        for clause in section.clauses {
            let dates = try NoticeText.dates(in: clause, carry: &carry, line: line)
            if let stated = NoticeText.dayCount(in: clause) { count = stated }
            if clause.contains("上班") {
                worked += dates
            } else if clause.contains("放假") || clause.contains("补休") {
                off += try Self.days(dates, ranged: clause.contains("至"), clause: clause, line: line)
            } else if !dates.isEmpty {
                throw HolidayNoticeError(.unreadable, line: line, "读不懂“\(clause)”：日期后应写明放假、补休或上班")
            }
        }
        if let count, count.value != off.count {
            throw HolidayNoticeError(
                .wrongCount, line: line, "\(section.title)写明共\(count.written)天，但列出的放假日为\(off.count)天")
        }
        let names = try section.names(in: year)
        for date in off { try add(date, names.holiday(date), to: \.holidays, line: line) }
        for date in worked {
            guard date.isWeekend else {
                throw HolidayNoticeError(.badDate, line: line, "\(date)是\(date.chineseWeekday)，不是周末，无需调休上班")
            }
            try add(date, names.workdayReason, to: \.workdays, line: line)
        }
    }

    private static func days(
        _ dates: [CivilDate], ranged: Bool, clause: String, line: Int
    ) throws(HolidayNoticeError) -> [CivilDate] {
        guard ranged else { return dates }
        guard dates.count == 2, dates[0] <= dates[1], dates[1].dayNumber - dates[0].dayNumber < 16 else {
            throw HolidayNoticeError(.badDate, line: line, "“\(clause)”应写成“某月某日至某日”，且起止相距不超过半个月")
        }
        return (0...(dates[1].dayNumber - dates[0].dayNumber)).map { dates[0].adding(days: $0) }
    }

    private mutating func add(
        _ date: CivilDate, _ label: String, to list: WritableKeyPath<Self, [CivilDate: String]>, line: Int
    ) throws(HolidayNoticeError) {
        if holidays[date] != nil || workdays[date] != nil {
            throw HolidayNoticeError(.conflict, line: line, "\(date)在通知中出现了两次（放假或上班），请核对原文")
        }
        guard date.year == year else {
            // A weekend day of the year before (a break starting on 31 December) changes no working day.
            if list == \.holidays, date.isWeekend {
                notes.append("\(date)（\(date.chineseWeekday)）属于\(date.year)年且本为休息日，不写入\(year)年")
                return
            }
            throw HolidayNoticeError(
                .otherYear, line: line, "\(date)属于\(date.year)年，不能写入\(year)年；请在日历文件中手工补入该年")
        }
        self[keyPath: list][date] = label
    }

    func arrangement(source: String) -> HolidayArrangement {
        func days(_ map: [CivilDate: String]) -> [HolidayArrangement.Day] {
            map.map { HolidayArrangement.Day(date: $0.key, label: $0.value) }.sorted { $0.date < $1.date }
        }
        return HolidayArrangement(
            year: year, source: source, holidays: days(holidays), workdays: days(workdays), notes: notes)
    }
}
