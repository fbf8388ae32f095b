import Assessment
import Catalog
import Foundation
import GRDB

/// The assessment events: imported from CSV or YAML (all rows or none, same rows never twice
/// unless allowed), listed, and read back for scoring.
public struct EventBook: Sendable {
    public let database: AppDatabase
    public let catalog: Catalog
    /// Item ids any scheme accepts as events (items, bonus levels, demerit items).
    public let items: Set<String>
    /// Each scheme's event items: an event is refused in a period published under a scheme that counts it.
    let itemsByScheme: [String: Set<String>]
    /// Those items by id, Chinese name or a unique part of a name.
    let itemNames: NameResolver<String>
    /// The most one event of an item may count: the largest `max_event_count` of the schemes
    /// that count it, so an import refuses a count no scheme finds plausible.
    let maxCounts: [String: Int]

    public init(database: AppDatabase, catalog: Catalog, schemes: [Scheme]) {
        self.database = database
        self.catalog = catalog
        items = schemes.reduce(into: Set<String>()) { $0.formUnion($1.eventItemIDs) }
        itemsByScheme = Dictionary(schemes.map { ($0.id, $0.eventItemIDs) }, uniquingKeysWith: { $0.union($1) })
        itemNames = SchemeNames(schemes).itemResolver
        maxCounts = schemes.reduce(into: [:]) { bounds, scheme in
            for item in scheme.eventItemIDs {
                bounds[item] = max(bounds[item] ?? 1, scheme.maxEventCount ?? Scheme.defaultMaxEventCount)
            }
        }
    }

    public struct ImportResult: Sendable {
        public var batch: Int64
        public var rows: Int
    }

    /// The most events one import takes: they are written in one transaction, which must stay
    /// short for the desk. A month of a hall's events is a few hundred.
    public static let defaultImportRowLimit = 100_000

    func validate(_ row: EventRows.Row, file: String, by: String, calendar: WorkingCalendar?, names: ImportNames)
        throws(LedgerError) -> EventRecord
    {
        func fail(_ column: String, _ message: String, code: LedgerError.Code = .rowInvalid) -> LedgerError {
            LedgerError.row(file, line: row.line, column: column, message, code: code)
        }
        guard let dateText = row.value("date"), let date = CivilDate(dateText) else {
            throw fail("date", "不是日期，应写作 YYYY-MM-DD")
        }
        do {
            if names.coveredYears.insert(date.year).inserted { _ = try calendar?.isWorkingDay(date) }
        } catch {
            throw fail("date", "\(date.year)年不在日历可推算的年份内；\(error.description)", code: .dateOutsideCalendar)
        }
        let window: Int
        do {
            window = try names.windows.require(row.value("window") ?? "").number
        } catch {
            throw fail("window", error.message, code: error.errorCode)
        }
        let item: String
        do {
            item = try names.items.require(row.value("item") ?? "")
        } catch {
            throw fail("item", error.message, code: error.errorCode)
        }
        let count: Int
        if let text = row.value("count") {
            let most = maxCounts[item] ?? Scheme.defaultMaxEventCount
            guard let value = Int(text), (1...most).contains(value) else {
                throw fail(
                    "count", "次数应为 1 到 \(most) 的整数（方案的 max_event_count）；超出者多为误填，请核对该格",
                    code: .implausibleCount)
            }
            count = value
        } else {
            count = 1
        }
        let serious: Bool
        switch row.value("serious") {
        case nil, "false": serious = false
        case "true": serious = true
        case .some: throw fail("serious", "应为 TRUE 或 FALSE")
        }
        var post: Post?
        if let text = row.value("post") {
            guard let value = Post(text: text, in: catalog.hall) else {
                throw fail("post", "岗位应为 A（A岗老师）或 B（B岗学生助理）")
            }
            post = value
        }
        return EventRecord(
            id: nil, date: date.description, windowNumber: window, staff: row.value("staff") ?? "", item: item,
            count: count,
            serious: serious, note: row.value("note"), recordedBy: row.value("recorded_by") ?? by, importBatchId: nil,
            post: post)
    }
}
