import Catalog
import Foundation
import GRDB

/// Imports an existing ledger exported from a spreadsheet. Every row is checked first; any bad
/// row stops the import with its line and column, and nothing is written. Rows already in the
/// ledger (the same student, service and submission time) are not imported again but counted
/// and named. The rest go in one transaction, so a crash leaves all or none of them.
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

    /// Columns, by their English names and the Chinese headers halls use.
    static let importColumns: [String: [String]] = [
        "service": ["事项", "服务事项", "事项名称"], "window": ["窗口", "窗口号"], "student": ["学号"],
        "submitted": ["提交时间", "受理时间", "申请时间"], "completed": ["办结时间"], "name": ["姓名"], "post": ["岗位"],
        "channel": ["渠道", "办理渠道"], "green_channel": ["绿色通道"], "accepted_by": ["受理人"],
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
        try table.refuseExtraCells(file: file)
        let columns = try importColumnIndexes(table.header, file: file)
        let studentNumbers = StudentNumberRule(hall: catalog.hall)
        var rows: [ImportedRow] = []
        rows.reserveCapacity(table.rows.count)
        for row in table.rows {
            let record = try importRow(row, columns: columns, file: file, by: by, studentNumbers: studentNumbers)
            rows.append(ImportedRow(line: row.line, record: record))
        }
        guard !rows.isEmpty else { throw LedgerError("\(file) 只有表头，没有数据行") }
        onValidated(rows.count)
        let fingerprint = Fingerprint.of(data)
        let prepared = rows
        return try write { db in
            let split = allowDuplicates ? ImportRepeats(fresh: prepared) : try ImportRepeats(prepared, in: db)
            guard !split.fresh.isEmpty else {
                return ImportResult(
                    batch: nil, rows: 0, repeatedLines: split.repeatedLines,
                    repeatedWithNewCompletion: split.repeatedWithNewCompletion)
            }
            var batch = ImportBatchRecord(
                id: nil, kind: "cases", file: file, fingerprint: fingerprint, rows: split.fresh.count,
                importedAt: at.description, importedBy: by)
            try batch.insert(db)
            try CaseRecord.insertAll(split.fresh.map(\.record), batch: batch.id, into: db)
            let skipped = split.repeatedLines.isEmpty ? "" : ", \(split.repeatedLines.count) rows already in the ledger"
            try AuditTrail.append(
                db, entity: "import_batch", id: batch.id ?? 0, action: "import \(split.fresh.count) cases\(skipped)",
                actor: by, at: at.description, before: ImportBatchRecord?.none, after: batch)
            return ImportResult(
                batch: batch, rows: split.fresh.count, repeatedLines: split.repeatedLines,
                repeatedWithNewCompletion: split.repeatedWithNewCompletion)
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

    private func importRow(
        _ row: CSVTable.Row, columns: [String: Int], file: String, by: String, studentNumbers: StudentNumberRule
    ) throws(LedgerError) -> CaseRecord {
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
        guard let submittedText = value("submitted"), let submitted = SpreadsheetValue.dateTime(submittedText) else {
            throw fail("submitted", "“\(value("submitted") ?? "")”不是日期，应写作 \(SpreadsheetValue.dateFormats)")
        }
        var green = false
        if let text = value("green_channel") {
            guard let flag = SpreadsheetValue.boolean(text) else {
                throw fail("green_channel", "“\(text)”应为 TRUE/FALSE、是/否 或 1/0")
            }
            green = flag
        }
        let request = AcceptRequest(
            service: value("service") ?? "", window: window, studentNumber: value("student") ?? "",
            studentName: value("name"), post: postID(value("post")), channel: channelID(value("channel")),
            greenChannel: green, at: submitted, by: value("accepted_by") ?? by)
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
        if let problem = applicantProblem(request, studentNumbers: studentNumbers) {
            var error = fail(problem.column, problem.message)
            error.code = problem.code
            throw error
        }
        var record: CaseRecord
        do {
            record = try caseRecord(request, service: service, window: place)
        } catch {
            throw fail("submitted", error.message)
        }
        if let completedText = value("completed") {
            guard let completed = SpreadsheetValue.dateTime(completedText) else {
                throw fail("completed", "“\(completedText)”不是日期，应写作 \(SpreadsheetValue.dateFormats)")
            }
            guard completed >= submitted else {
                throw fail("completed", "办结时间 \(completedText) 早于提交时间 \(submittedText)")
            }
            record.status = .completed
            record.completedAt = completed.description
        }
        return record
    }

    /// `A`/`B` or the post's name (`B岗`, `B岗（学生助理）`); B when the column is empty.
    private func postID(_ text: String?) -> String {
        guard let text else { return "B" }
        return catalog.hall?.posts.first { text == $0.id || text == $0.name || text == "\($0.id)岗" }?.id ?? text
    }

    /// A channel's id or its name in hall.yaml, or 现场/网上; on site when the column is empty.
    private func channelID(_ text: String?) -> String {
        guard let text else { return "on_site" }
        switch text {
        case "现场": return "on_site"
        case "网上", "线上": return "online"
        default: return catalog.hall?.channels.first { text == $0.id || text == $0.name }?.id ?? text
        }
    }
}
