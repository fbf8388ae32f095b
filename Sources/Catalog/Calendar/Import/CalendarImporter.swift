import Foundation

/// What importing a notice into the hall's calendar would do: add the year (with the new file
/// text, already checked to load cleanly), or find it present and identical or different.
public struct CalendarImportPlan: Sendable {
    public enum Outcome: Sendable, Equatable {
        /// The year is new; `text` is the calendar file with it added.
        case add(text: String)
        case identical
        /// The year is present with other days: nothing is written.
        case differs([String])
    }

    public var arrangement: HolidayArrangement
    /// The calendar file as shown, e.g. `catalog/calendars/cn-national.yaml`.
    public var file: String
    public var outcome: Outcome
}

public enum CalendarImporter {
    /// Reads the notice and plans the change to the calendar the hall uses. Nothing is written.
    public static func plan(notice: String, source: CatalogSource) throws(HolidayNoticeError) -> CalendarImportPlan {
        let arrangement = try HolidayNoticeParser.parse(notice)
        let catalog = CatalogLoader.load(source).catalog
        guard let id = catalog.hall?.calendar.id, let calendar = catalog.calendars.first(where: { $0.id == id }),
            let index = source.files.firstIndex(where: { $0.displayPath == calendar.location.file })
        else {
            throw HolidayNoticeError(.noCalendar, line: nil, "目录中找不到大厅所用的日历文件（hall.yaml 的 calendar 与 calendars/ 下的文件）")
        }
        let file = source.files[index]
        if let present = calendar.years.first(where: { $0.year == arrangement.year }) {
            guard let existing = HolidayArrangement(present) else {
                throw HolidayNoticeError(
                    .editFailed, line: nil, "\(file.displayPath) 中\(arrangement.year)年有无效日期；请先运行 onestop check 修正")
            }
            let differences = arrangement.differences(from: existing)
            return CalendarImportPlan(
                arrangement: arrangement, file: file.displayPath,
                outcome: differences.isEmpty ? .identical : .differs(differences))
        }
        let text: String
        do {
            text = try CalendarFileEditor.adding(arrangement, to: String(decoding: file.data, as: UTF8.self))
        } catch {
            throw HolidayNoticeError(.editFailed, line: nil, "无法写入 \(file.displayPath)：\(error.message)")
        }
        try verify(text, replacing: index, in: source, arrangement: arrangement, id: id)
        return CalendarImportPlan(arrangement: arrangement, file: file.displayPath, outcome: .add(text: text))
    }

    /// The edited catalog must load without errors and read back exactly the notice's days.
    private static func verify(
        _ text: String, replacing index: Int, in source: CatalogSource, arrangement: HolidayArrangement, id: String
    ) throws(HolidayNoticeError) {
        var edited = source
        edited.files[index].data = Data(text.utf8)
        let result = CatalogLoader.load(edited)
        let errors = result.diagnostics.sorted.filter {
            $0.severity == .error && $0.location.file == source.files[index].displayPath
        }
        let year = result.catalog.calendars.first { $0.id == id }?.years.first { $0.year == arrangement.year }
        guard errors.isEmpty, let year, let read = HolidayArrangement(year),
            read.holidays == arrangement.holidays, read.workdays == arrangement.workdays
        else {
            let detail = errors.map(\.formatted).joined(separator: "；")
            throw HolidayNoticeError(.editFailed, line: nil, "写入后的日历文件未能通过检查，未写入：\(detail)")
        }
    }
}
