import Catalog
import Foundation
import GRDB

/// Imports an existing ledger exported from a spreadsheet. Every row is checked first; any bad
/// row stops the import with its line and column, and nothing is written. The rows go in one
/// transaction, so a crash leaves all or none of them.
extension Ledger {
    public struct ImportResult: Sendable {
        public var batch: ImportBatchRecord
        public var rows: Int
    }

    /// Columns, by their English names and the Chinese headers halls use.
    static let importColumns: [String: [String]] = [
        "service": ["事项", "服务事项"], "window": ["窗口", "窗口号"], "student": ["学号"], "submitted": ["提交时间", "受理时间"],
        "completed": ["办结时间"], "name": ["姓名"], "post": ["岗位"], "channel": ["渠道"], "green_channel": ["绿色通道"],
        "accepted_by": ["受理人"],
    ]
    static let requiredImportColumns = ["service", "window", "student", "submitted"]

    public func importCases(
        data: Data, file: String, at: CivilDateTime, by: String, allowDuplicates: Bool = false,
        onValidated: (Int) -> Void = { _ in }
    ) throws(LedgerError) -> ImportResult {
        let table: CSVTable
        do {
            table = try CSVTable(data: data)
        } catch {
            throw LedgerError("\(file) 第 \(error.line) 行：\(error.message)")
        }
        let columns = try importColumnIndexes(table.header, file: file)
        var records: [CaseRecord] = []
        records.reserveCapacity(table.rows.count)
        for row in table.rows {
            records.append(try importRow(row, columns: columns, file: file, by: by))
        }
        guard !records.isEmpty else { throw LedgerError("\(file) 只有表头，没有数据行") }
        onValidated(records.count)
        let fingerprint = Fingerprint.of(data)
        let batchTemplate = ImportBatchRecord(
            id: nil, kind: "cases", file: file, fingerprint: fingerprint, rows: records.count,
            importedAt: at.description, importedBy: by)
        let prepared = records
        return try write { db in
            if !allowDuplicates,
                let earlier = try ImportBatchRecord.filter(Column("fingerprint") == fingerprint).fetchOne(db)
            {
                throw LedgerError("该文件已于 \(earlier.importedAt) 导入过（批次 \(earlier.id ?? 0)）；确需重复导入请加 --allow-duplicates")
            }
            var batch = batchTemplate
            try batch.insert(db)
            try CaseRecord.insertAll(prepared, batch: batch.id, into: db)
            try AuditTrail.append(
                db, entity: "import_batch", id: batch.id ?? 0, action: "import \(prepared.count) cases", actor: by,
                at: at.description, before: ImportBatchRecord?.none, after: batch)
            return ImportResult(batch: batch, rows: prepared.count)
        }
    }

    private func importColumnIndexes(_ header: [String], file: String) throws(LedgerError) -> [String: Int] {
        var indexes: [String: Int] = [:]
        for (index, name) in header.enumerated() {
            guard let column = Self.importColumns.first(where: { $0.key == name || $0.value.contains(name) })?.key
            else {
                let known = Self.importColumns.keys.sorted()
                throw LedgerError(
                    "\(file) 第 1 行：未知的列“\(name)”\(Suggestion.hint(for: name, among: known))；可用的列：\(known.joined(separator: ", "))"
                )
            }
            indexes[column] = index
        }
        for column in Self.requiredImportColumns where indexes[column] == nil {
            throw LedgerError(
                "\(file) 第 1 行：缺少必需的列“\(column)”；必需：\(Self.requiredImportColumns.joined(separator: ", "))")
        }
        return indexes
    }

    private func importRow(_ row: CSVTable.Row, columns: [String: Int], file: String, by: String) throws(LedgerError)
        -> CaseRecord
    {
        func value(_ column: String) -> String? {
            guard let index = columns[column], index < row.fields.count else { return nil }
            let text = row.fields[index].trimmingSpaces
            return text.isEmpty ? nil : text
        }
        func fail(_ column: String, _ message: String) -> LedgerError {
            LedgerError("\(file) 第 \(row.line) 行，“\(column)”列：\(message)")
        }
        guard let windowText = value("window"), let window = Int(windowText) else {
            throw fail("window", "窗口号“\(value("window") ?? "")”不是数字")
        }
        guard let submittedText = value("submitted"), let submitted = CivilDateTime(submittedText) else {
            throw fail("submitted", "“\(value("submitted") ?? "")”不是日期，应写作 YYYY-MM-DD 或 YYYY-MM-DDTHH:MM")
        }
        let request = AcceptRequest(
            service: value("service") ?? "", window: window, studentNumber: value("student") ?? "",
            studentName: value("name"), post: value("post") ?? "B", channel: value("channel") ?? "on_site",
            greenChannel: ["true", "1", "是"].contains(value("green_channel") ?? ""), at: submitted,
            by: value("accepted_by") ?? by)
        let service: Service
        do {
            service = try self.service(request.service)
        } catch {
            throw fail("service", error.message)
        }
        let place: Window
        do {
            place = try self.window(window, offering: service)
        } catch {
            throw fail("window", error.message)
        }
        if let problem = applicantProblem(request) { throw fail(problem.column, problem.message) }
        var record: CaseRecord
        do {
            record = try caseRecord(request, service: service, window: place)
        } catch {
            throw fail("submitted", error.message)
        }
        if let completedText = value("completed") {
            guard let completed = CivilDateTime(completedText) else {
                throw fail("completed", "“\(completedText)”不是日期，应写作 YYYY-MM-DD 或 YYYY-MM-DDTHH:MM")
            }
            guard completed >= submitted else {
                throw fail("completed", "办结时间 \(completedText) 早于提交时间 \(submittedText)")
            }
            record.status = .completed
            record.completedAt = completed.description
        }
        return record
    }
}
