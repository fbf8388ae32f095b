/// One year's arrangement as the State Council's notice states it: the days off and the weekend
/// days worked (调休上班), ready to be written into a calendar file.
public struct HolidayArrangement: Equatable, Sendable {
    public struct Day: Equatable, Sendable {
        public var date: CivilDate
        /// The holiday's name, or the reason a weekend day is worked.
        public var label: String

        public init(date: CivilDate, label: String) {
            self.date = date
            self.label = label
        }
    }

    public var year: Int
    /// The notice's title, document number and date, e.g.
    /// `国务院办公厅关于2025年部分节假日安排的通知 国办发明电〔2024〕12号 (2024-11-12)`.
    public var source: String
    /// Sorted by date.
    public var holidays: [Day]
    /// Sorted by date.
    public var workdays: [Day]
    /// What the reader noticed but did not need, e.g. a weekend day of another year.
    public var notes: [String] = []

    public init(year: Int, source: String, holidays: [Day], workdays: [Day], notes: [String] = []) {
        self.year = year
        self.source = source
        self.holidays = holidays
        self.workdays = workdays
        self.notes = notes
    }

    /// The year as a calendar file already lists it.
    public init?(_ year: CalendarDefinition.Year) {
        func days(_ entries: [CalendarDefinition.Entry]) -> [Day]? {
            var days: [Day] = []
            for entry in entries {
                guard let date = CivilDate(entry.date) else { return nil }
                days.append(Day(date: date, label: entry.label))
            }
            return days.sorted { $0.date < $1.date }
        }
        guard let holidays = days(year.holidays), let workdays = days(year.workdays) else { return nil }
        self.init(year: year.year, source: year.source, holidays: holidays, workdays: workdays)
    }

    /// How the days of `other` (the year already in the calendar) differ from these, in words;
    /// empty when every day and name agree. The source text is not compared: it is a citation.
    public func differences(from other: HolidayArrangement) -> [String] {
        compare(holidays, other.holidays, kind: "放假") + compare(workdays, other.workdays, kind: "上班")
    }

    private func compare(_ notice: [Day], _ file: [Day], kind: String) -> [String] {
        let inNotice = Dictionary(notice.map { ($0.date, $0.label) }) { first, _ in first }
        let inFile = Dictionary(file.map { ($0.date, $0.label) }) { first, _ in first }
        var lines: [String] = []
        for date in Set(inNotice.keys).union(inFile.keys).sorted() {
            switch (inNotice[date], inFile[date]) {
            case (let new?, nil): lines.append("\(date) \(kind)（\(new)）：通知中有，日历中没有")
            case (nil, let old?): lines.append("\(date) \(kind)（\(old)）：日历中有，通知中没有")
            case (let new?, let old?) where new != old: lines.append("\(date) \(kind)：通知写作“\(new)”，日历写作“\(old)”")
            default: break
            }
        }
        return lines
    }
}

/// Why a notice could not be read; nothing is written when it is thrown.
public struct HolidayNoticeError: CodedError, Equatable, CustomStringConvertible {
    public enum Code: String, Sendable {
        case noYear = "notice-no-year"
        case noArrangement = "notice-no-arrangement"
        case unknownHoliday = "notice-unknown-holiday"
        case badDate = "notice-bad-date"
        case wrongWeekday = "notice-wrong-weekday"
        case wrongCount = "notice-wrong-count"
        case unreadable = "notice-unreadable-sentence"
        case conflict = "notice-conflicting-days"
        case otherYear = "notice-other-year"
        case noCalendar = "calendar-missing"
        case editFailed = "calendar-edit-failed"
    }

    public var code: Code
    /// 1-based line of the notice text, when the problem has one.
    public var line: Int?
    public var message: String

    public init(_ code: Code, line: Int?, _ message: String) {
        self.code = code
        self.line = line
        self.message = message
    }

    public var description: String { (line.map { "第\($0)行：" } ?? "") + message + " [\(code.rawValue)]" }

    public var errorCode: ErrorCode {
        switch code {
        case .noYear: .noticeNoYear
        case .noArrangement: .noticeNoArrangement
        case .unknownHoliday: .noticeUnknownHoliday
        case .badDate: .noticeBadDate
        case .wrongWeekday: .noticeWrongWeekday
        case .wrongCount: .noticeWrongCount
        case .unreadable: .noticeUnreadableSentence
        case .conflict: .noticeConflictingDays
        case .otherYear: .noticeOtherYear
        case .noCalendar: .calendarMissing
        case .editFailed: .calendarEditFailed
        }
    }

    public var details: ErrorDetails { ErrorDetails(row: line) }
}
