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

    /// Imports events; rows dated in a published period are refused unless `correction` is set
    /// (the published result stays until a director corrects it).
    public func importEvents(
        data: Data, file: String, at: CivilDateTime, by: String, allowDuplicates: Bool = false,
        correction: Bool = false, rowLimit: Int = defaultImportRowLimit
    ) throws(LedgerError) -> ImportResult {
        let by = try Ledger.staffActor(by, catalog: catalog)
        let rows = try EventRows.parse(data: data, file: file)
        if rows.count > rowLimit {
            throw LedgerError.row(
                file, line: rows[rowLimit].line, column: nil, "一次最多导入 \(rowLimit) 条事件；请按月份把文件拆开，分批导入",
                code: .tooManyRows)
        }
        let calendar = WorkingCalendar(for: catalog)
        var records: [EventRecord] = []
        for row in rows { records.append(try validate(row, file: file, by: by, calendar: calendar)) }
        if !correction { try refusePublished(records, lines: rows.map(\.line), file: file) }
        guard !records.isEmpty else {
            throw LedgerError("\(file) 没有事件", code: .noDataRows, details: ErrorDetails(file: file))
        }
        // The same rows, whatever the file's name or format, are the same import.
        let canonical = records.map {
            "\($0.date)|\($0.windowNumber)|\($0.staff)|\($0.item)|\($0.count)|\($0.serious)|\($0.note ?? "")"
                + ($0.post.map { "|\($0.rawValue)" } ?? "")
        }
        let fingerprint = "events-" + Fingerprint.of(Data(canonical.joined(separator: "\n").utf8))
        let prepared = records
        return try database.write { db in
            if !allowDuplicates,
                let earlier = try ImportBatchRecord.filter(Column("fingerprint") == fingerprint).fetchOne(db)
            {
                throw LedgerError(
                    "这些事件已于 \(earlier.importedAt) 导入过（批次 \(earlier.id ?? 0)，\(earlier.file)）；确需重复导入须明确允许重复",
                    code: .duplicateImport, details: ErrorDetails(file: file))
            }
            var batch = ImportBatchRecord(
                id: nil, kind: correction ? "event_correction" : "events", file: file, fingerprint: fingerprint,
                rows: prepared.count,
                importedAt: at.description, importedBy: by)
            try batch.insert(db)
            for var record in prepared {
                record.importBatchId = batch.id
                try record.insert(db)
            }
            try AuditTrail.append(
                db, entity: "import_batch", id: batch.id ?? 0,
                action: "import \(prepared.count) events" + (correction ? " as a correction" : ""), actor: by,
                at: at.description, before: ImportBatchRecord?.none, after: batch)
            return ImportResult(batch: batch.id ?? 0, rows: prepared.count)
        }
    }

    private func validate(_ row: EventRows.Row, file: String, by: String, calendar: WorkingCalendar?)
        throws(LedgerError) -> EventRecord
    {
        func fail(_ column: String, _ message: String, code: LedgerError.Code = .rowInvalid) -> LedgerError {
            LedgerError.row(file, line: row.line, column: column, message, code: code)
        }
        guard let dateText = row.value("date"), let date = CivilDate(dateText) else {
            throw fail("date", "不是日期，应写作 YYYY-MM-DD")
        }
        do {
            _ = try calendar?.isWorkingDay(date)
        } catch {
            throw fail("date", "\(date.year)年不在日历可推算的年份内；\(error.description)", code: .dateOutsideCalendar)
        }
        let window: Int
        do {
            window = try catalog.names.window(row.value("window") ?? "").number
        } catch {
            throw fail("window", error.message, code: error.errorCode)
        }
        let item: String
        do {
            item = try itemNames.require(row.value("item") ?? "")
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

    /// An event dated in a period already published under a scheme that counts its item would
    /// change a frozen result: refused, with its row, unless imported as a correction.
    private func refusePublished(_ records: [EventRecord], lines: [Int], file: String) throws(LedgerError) {
        let published = try PublishedScores(database: database).periods().compactMap { entry in
            Period(entry.period).map { (entry.scheme, $0) }
        }
        guard !published.isEmpty else { return }
        for (record, line) in zip(records, lines) {
            guard let date = CivilDate(record.date) else { continue }
            for (scheme, period) in published
            where period.contains(date) && (itemsByScheme[scheme]?.contains(record.item) ?? true) {
                throw LedgerError.row(
                    file, line: line, column: "date",
                    "\(record.date) 属于已发布的 \(scheme) \(period)，发布后的结果不再改变；"
                        + "确需补录请作为更正导入，再由主任更正该期结果", code: .periodPublished)
            }
        }
    }
}
