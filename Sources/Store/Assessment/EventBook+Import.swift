import Assessment
import Catalog
import Foundation
import GRDB

extension EventBook {
    /// Imports events; rows dated in a published period are refused unless `correction` is set
    /// (the published result stays until a director corrects it).
    public func importEvents(
        data: Data, file: String, at: CivilDateTime, by: String, allowDuplicates: Bool = false,
        correction: Bool = false, rowLimit: Int = defaultImportRowLimit
    ) throws(LedgerError) -> ImportResult {
        let options = ImportOptions(
            file: file, at: at, allowDuplicates: allowDuplicates, correction: correction, rowLimit: rowLimit)
        if EventRows.isYAML(file) {
            // A YAML file is read whole, as YAML must be.
            var rows = try EventRows.parse(data: data, file: file).makeIterator()
            return try importEvents({ () throws(LedgerError) in rows.next() }, by: by, options)
        }
        var stream = try EventRows.CSVStream(CSVInput(data: data), file: file)
        return try importEvents({ () throws(LedgerError) in try stream.next() }, by: by, options)
    }

    /// A CSV file's events, read a chunk at a time.
    func importEvents(csv input: CSVInput, by: String, _ options: ImportOptions) throws(LedgerError) -> ImportResult {
        var stream = try EventRows.CSVStream(input, file: options.file)
        return try importEvents({ () throws(LedgerError) in try stream.next() }, by: by, options)
    }

    struct ImportOptions {
        var file: String
        var at: CivilDateTime
        var allowDuplicates: Bool
        var correction: Bool
        var rowLimit: Int
    }

    /// Checks each row as it is read and stages it in a temporary table, which locks nothing
    /// of the ledger; then, in one short transaction, the batch, its rows and its audit entry
    /// go in, or nothing does. The refusal is the one reading the whole file first would give:
    /// a fault in the file's structure anywhere, else too many rows, else the first bad row,
    /// else the first row in a published period.
    private func importEvents(
        _ next: () throws(LedgerError) -> EventRows.Row?, by: String, _ options: ImportOptions
    ) throws(LedgerError) -> ImportResult {
        let by = try Ledger.staffActor(by, catalog: catalog)
        let file = options.file
        let calendar = WorkingCalendar(for: catalog)
        let names = ImportNames(catalog: catalog, items: itemNames)
        let published = options.correction ? [] : try publishedPeriods()
        var fingerprint = Fingerprint.Hasher()
        return try database.writeInSteps { db in
            try db.execute(sql: "CREATE TEMP TABLE staged_event (\(Self.stagedColumns.joined(separator: ", ")))")
            defer { try? db.execute(sql: "DROP TABLE temp.staged_event") }
            var count = 0
            var refusal: (limit: LedgerError?, row: LedgerError?, published: LedgerError?)
            // Only the temporary database is written here: the ledger stays free for the desk.
            try db.inTransaction(.deferred) {
                let stage = try db.makeStatement(
                    sql: "INSERT INTO temp.staged_event VALUES (?" + String(repeating: ", ?", count: 8) + ")")
                while let row = try next() {
                    count += 1
                    if count > options.rowLimit, refusal.limit == nil {
                        refusal.limit = LedgerError.row(
                            file, line: row.line, column: nil, "一次最多导入 \(options.rowLimit) 条事件；请按月份把文件拆开，分批导入",
                            code: .tooManyRows)
                    }
                    guard refusal.limit == nil, refusal.row == nil else { continue }
                    let record: EventRecord
                    do throws(LedgerError) {
                        record = try validate(row, file: file, by: by, calendar: calendar, names: names)
                    } catch {
                        refusal.row = error
                        continue
                    }
                    if refusal.published == nil {
                        refusal.published = publishedRefusal(record, line: row.line, file: file, published: published)
                    }
                    guard refusal.published == nil else { continue }
                    // The same rows, whatever the file's name or format, are the same import.
                    if count > 1 { fingerprint.add(CollectionOfOne(UInt8(ascii: "\n"))) }
                    fingerprint.add(record.canonical.utf8)
                    stage.setUncheckedArguments([
                        record.date, record.windowNumber, record.staff, record.item, record.count, record.serious,
                        record.note, record.recordedBy, record.post?.rawValue,
                    ])
                    try stage.execute()
                }
                return .commit
            }
            if let error = refusal.limit ?? refusal.row ?? refusal.published { throw error }
            guard count > 0 else {
                throw LedgerError("\(file) 没有事件", code: .noDataRows, details: ErrorDetails(file: file))
            }
            return try take(
                db, rows: count, fingerprint: "events-" + fingerprint.fingerprint, by: by, options)
        }
    }

    /// `assessment_event`'s columns an import fills, in the staging table's order.
    static let stagedColumns = [
        "date", "window_number", "staff", "item", "count", "serious", "note", "recorded_by", "post",
    ]

    /// The staged rows into the ledger in one transaction, with their batch and its audit entry.
    private func take(_ db: Database, rows: Int, fingerprint: String, by: String, _ options: ImportOptions) throws
        -> ImportResult
    {
        var result = ImportResult(batch: 0, rows: rows)
        try db.inTransaction(.immediate) {
            if !options.allowDuplicates,
                let earlier = try ImportBatchRecord.filter(Column("fingerprint") == fingerprint).fetchOne(db)
            {
                throw LedgerError(
                    "这些事件已于 \(earlier.importedAt) 导入过（批次 \(earlier.id ?? 0)，\(earlier.file)）；确需重复导入须明确允许重复",
                    code: .duplicateImport, details: ErrorDetails(file: options.file))
            }
            var batch = ImportBatchRecord(
                id: nil, kind: options.correction ? "event_correction" : "events", file: options.file,
                fingerprint: fingerprint, rows: rows, importedAt: options.at.description, importedBy: by)
            try batch.insert(db)
            let columns = Self.stagedColumns.joined(separator: ", ")
            try db.execute(
                sql: "INSERT INTO main.assessment_event (\(columns), import_batch_id) "
                    + "SELECT \(columns), ? FROM temp.staged_event ORDER BY rowid",
                arguments: [batch.id])
            try AuditTrail.append(
                db, entity: "import_batch", id: batch.id ?? 0,
                action: "import \(rows) events" + (options.correction ? " as a correction" : ""), actor: by,
                at: options.at.description, before: ImportBatchRecord?.none, after: batch)
            result.batch = batch.id ?? 0
            return .commit
        }
        return result
    }

    /// Every published period with its scheme, read once per import.
    private func publishedPeriods() throws(LedgerError) -> [(scheme: String, period: Period)] {
        try PublishedScores(database: database).periods().compactMap { entry in
            Period(entry.period).map { (entry.scheme, $0) }
        }
    }

    /// An event dated in a period already published under a scheme that counts its item would
    /// change a frozen result: refused, with its row, unless imported as a correction.
    private func publishedRefusal(
        _ record: EventRecord, line: Int, file: String, published: [(scheme: String, period: Period)]
    ) -> LedgerError? {
        guard !published.isEmpty, let date = CivilDate(record.date) else { return nil }
        for (scheme, period) in published
        where period.contains(date) && (itemsByScheme[scheme]?.contains(record.item) ?? true) {
            return LedgerError.row(
                file, line: line, column: "date",
                "\(record.date) 属于已发布的 \(scheme) \(period)，发布后的结果不再改变；"
                    + "确需补录请作为更正导入，再由主任更正该期结果", code: .periodPublished)
        }
        return nil
    }
}

extension EventRecord {
    /// The event as the import's fingerprint takes it.
    var canonical: String {
        "\(date)|\(windowNumber)|\(staff)|\(item)|\(count)|\(serious)|\(note ?? "")"
            + (post.map { "|\($0.rawValue)" } ?? "")
    }
}
