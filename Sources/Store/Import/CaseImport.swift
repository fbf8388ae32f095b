import Catalog
import Foundation
import GRDB

/// Imports an existing ledger exported from a spreadsheet. The file is read row by row (never
/// whole), each row checked and staged in a scratch file while the ledger stays free for the
/// desk; any bad row stops the import with its line and column, and nothing is written. Rows
/// already in the ledger (the same student, service and submission time) are not imported
/// again but counted and named. The rest go in one short transaction, so a crash leaves all or
/// none of them.
extension Ledger {
    public struct ImportResult: Sendable {
        /// The batch written; nil when every row was already in the ledger.
        public var batch: ImportBatchRecord?
        public var rows: Int
        /// Lines of rows already in the ledger (or earlier in the file), not imported again.
        public var repeatedLines: [Int]
        /// Those of them whose completion time the ledger does not have yet.
        public var repeatedWithNewCompletion: [Int]
    }

    /// How often `onProgress` hears how many rows have been checked and staged.
    public static let importProgressInterval = 1000

    /// The most rows one import takes. The rows go into the ledger in one transaction, which
    /// grows with them (a million rows hold the write lock for a few seconds): beyond this,
    /// the desk would wait longer than its busy timeout. Years of a hall's ledger fit; a larger
    /// file is split, by year or month, into imports that are each all or nothing.
    public static let defaultImportRowLimit = 1_000_000

    /// Imports the CSV file at `path`, read a chunk at a time; `file` is the name recorded
    /// with the batch.
    public func importCases(
        path: String, file: String, at: CivilDateTime, by: String, allowDuplicates: Bool = false,
        rowLimit: Int = defaultImportRowLimit, onValidated: (Int) -> Void = { _ in },
        onProgress: (Int) -> Void = { _ in }
    ) throws(LedgerError) -> ImportResult {
        guard let input = CSVInput(path: path) else { throw LedgerError("无法读取文件 \(path)", code: .fileUnreadable) }
        return try importCases(
            input, file: file, at: at, by: by, allowDuplicates: allowDuplicates, rowLimit: rowLimit,
            onValidated: onValidated, onProgress: onProgress)
    }

    public func importCases(
        data: Data, file: String, at: CivilDateTime, by: String, allowDuplicates: Bool = false,
        rowLimit: Int = defaultImportRowLimit, onValidated: (Int) -> Void = { _ in },
        onProgress: (Int) -> Void = { _ in }
    ) throws(LedgerError) -> ImportResult {
        try importCases(
            CSVInput(data: data), file: file, at: at, by: by, allowDuplicates: allowDuplicates, rowLimit: rowLimit,
            onValidated: onValidated, onProgress: onProgress)
    }

    private func importCases(
        _ input: CSVInput, file: String, at: CivilDateTime, by: String, allowDuplicates: Bool, rowLimit: Int,
        onValidated: (Int) -> Void, onProgress: (Int) -> Void
    ) throws(LedgerError) -> ImportResult {
        let by = try staffActor(by)
        try checkNotInFuture(at)
        let staging = try stage(
            input, file: file, by: by, dropsRepeats: !allowDuplicates, rowLimit: rowLimit, onProgress: onProgress)
        defer { staging.remove() }
        guard staging.rows > 0 else {
            throw LedgerError("\(file) 只有表头，没有数据行", code: .noDataRows, details: ErrorDetails(file: file))
        }
        onValidated(staging.rows)
        do {
            try staging.digestRows()
        } catch {
            throw LedgerError("读取导入暂存文件失败：\(error)", code: .databaseFailed)
        }
        let template = ImportBatchRecord(
            id: nil, kind: "cases", file: file, fingerprint: input.fingerprint, rows: 0, importedAt: at.description,
            importedBy: by)
        let taken: CaseStaging.Taken
        do {
            taken = try database.writer.writeWithoutTransaction { db in
                try staging.take(into: db, batch: template)
            }
        } catch let error as LedgerError {
            throw error
        } catch {
            throw LedgerError("数据库写入失败：\(error)", code: .databaseFailed)
        }
        return ImportResult(
            batch: taken.batch, rows: taken.rows,
            repeatedLines: (staging.repeatedLines + taken.repeatedLines).sorted(),
            repeatedWithNewCompletion: (staging.repeatedWithNewCompletion + taken.repeatedWithNewCompletion).sorted())
    }

    /// Reads, checks and stages every row; the first bad one stops it.
    private func stage(
        _ input: CSVInput, file: String, by: String, dropsRepeats: Bool, rowLimit: Int, onProgress: (Int) -> Void
    ) throws(LedgerError) -> CaseStaging {
        var reader = CSVReader(input)
        let staging: CaseStaging
        do {
            staging = try CaseStaging(dropsRepeats: dropsRepeats)
        } catch {
            throw LedgerError("无法创建导入用的暂存文件：\(error)", code: .fileNotWritable)
        }
        do {
            guard let header = try reader.next() else {
                throw CSVTable.ParseError(line: 1, message: "文件是空的；第一行应为表头")
            }
            let columns = try importColumnIndexes(header.fields, file: file)
            let checker = CaseRowChecker(ledger: self, columns: columns, file: file, by: by)
            try staging.stage { add in
                while let row = try reader.next() {
                    guard staging.rows < rowLimit else {
                        throw LedgerError.row(
                            file, line: row.line, column: nil, "一次最多导入 \(rowLimit) 行；请按年份或月份把文件拆开，分批导入",
                            code: .tooManyRows)
                    }
                    try CSVTable.refuseExtraCells(row, columns: header.fields.count, file: file)
                    try add(row.line, try checker.record(row))
                    if staging.rows % Self.importProgressInterval == 0 { onProgress(staging.rows) }
                }
            }
        } catch let error as CSVTable.ParseError {
            staging.remove()
            throw error.ledgerError(file: file)
        } catch let error as LedgerError {
            staging.remove()
            throw error
        } catch {
            staging.remove()
            throw LedgerError("导入暂存失败：\(error)", code: .databaseFailed)
        }
        return staging
    }
}
