import Catalog
import Foundation

extension Ledger {
    /// Columns, by their English names and the Chinese headers halls use.
    static let importColumns: [String: [String]] = [
        "service": ["事项", "服务事项", "事项名称"], "window": ["窗口", "窗口号"], "student": ["学号"],
        "submitted": ["提交时间", "受理时间", "申请时间"], "completed": ["办结时间"], "name": ["姓名"], "post": ["岗位"],
        "channel": ["渠道", "办理渠道"], "green_channel": ["绿色通道"], "accepted_by": ["受理人"],
    ]
    static let requiredImportColumns = ["service", "window", "student", "submitted"]

    /// Each column's index in the header. An unknown header is named by its place, not its text:
    /// a file without a header row has a student's data in the first line.
    func importColumnIndexes(_ header: [String], file: String) throws(LedgerError) -> [String: Int] {
        var named: [String?] = []
        for (index, cell) in header.enumerated() {
            let name = cell.trimmingCharacters(in: .whitespaces)
            guard let column = Self.importColumns.first(where: { $0.key == name || $0.value.contains(name) })?.key
            else {
                let known = Self.importColumns.keys.sorted()
                throw LedgerError(
                    "\(file) 第 1 行，\(CSVTable.columnName(index))：不是可用的列名\(Suggestion.chineseHint(for: name, among: known))；"
                        + "可用的列：\(known.joined(separator: ", "))；第一行应为表头", code: .unknownColumn,
                    details: ErrorDetails(file: file, row: 1, column: CSVTable.columnName(index), candidates: known))
            }
            named.append(column)
        }
        try CSVTable.refuseRepeatedColumns(named, file: file)
        var indexes: [String: Int] = [:]
        for (index, column) in named.enumerated() { indexes[column ?? ""] = index }
        for column in Self.requiredImportColumns where indexes[column] == nil {
            throw LedgerError(
                "\(file) 第 1 行：缺少必需的列“\(column)”；必需：\(Self.requiredImportColumns.joined(separator: ", "))",
                code: .missingColumn, details: ErrorDetails(file: file, row: 1, candidates: Self.requiredImportColumns))
        }
        return indexes
    }
}

/// Checks one import row and makes its case. Messages name the row and column, never the
/// cell's value: a shifted column puts a name or a student number where a date was expected.
struct CaseRowChecker {
    let ledger: Ledger
    let columns: [String: Int]
    let file: String
    let by: String
    let studentNumbers: StudentNumberRule
    let names: ImportNames

    init(ledger: Ledger, columns: [String: Int], file: String, by: String) {
        self.ledger = ledger
        self.columns = columns
        self.file = file
        self.by = by
        studentNumbers = StudentNumberRule(hall: ledger.catalog.hall)
        names = ImportNames(catalog: ledger.catalog)
    }

    func record(_ row: CSVTable.Row) throws(LedgerError) -> CaseRecord {
        func value(_ column: String) -> String? {
            guard let index = columns[column], index < row.fields.count else { return nil }
            let text = row.fields[index].trimmingSpaces
            return text.isEmpty ? nil : text
        }
        func fail(_ column: String, _ message: String, code: LedgerError.Code = .rowInvalid) -> LedgerError {
            LedgerError.row(file, line: row.line, column: column, message, code: code)
        }
        let named: Window
        do {
            named = try ledger.resolving { () throws(ResolutionError) in
                try names.windows.require(value("window") ?? "")
            }
        } catch {
            throw fail("window", error.message, code: error.code)
        }
        guard let submitted = value("submitted").flatMap(SpreadsheetValue.dateTime) else {
            throw fail("submitted", "不是日期，应写作 \(SpreadsheetValue.dateFormats)")
        }
        var green = false
        if let text = value("green_channel") {
            guard let flag = SpreadsheetValue.trueOrFalse(text) else {
                throw fail("green_channel", "应为 TRUE/FALSE 或 是/否", code: .notTrueOrFalse)
            }
            green = flag
        }
        guard let channel = ledger.channel(value("channel")) else {
            let refusal = ledger.unknownChannel()
            throw fail("channel", refusal.message, code: refusal.code)
        }
        let service: Service
        do {
            service = try ledger.resolving { () throws(ResolutionError) in
                try names.services.require(value("service") ?? "")
            }
        } catch {
            throw fail("service", error.message, code: error.code)
        }
        let place: Window
        do {
            place = try ledger.window(named, offering: service)
        } catch {
            throw fail("window", error.message, code: error.code)
        }
        let studentNumber = value("student") ?? ""
        if let problem = ledger.studentNumberProblem(studentNumber, studentNumbers: studentNumbers) {
            throw fail("student", problem.message, code: problem.code)
        }
        // B when the column is empty: most cases are accepted by a student assistant.
        var post = Post.b
        if let text = value("post") {
            guard let named = Post(text: text, in: ledger.catalog.hall) else {
                throw fail("post", "岗位只能是 A 或 B（也可写 A岗、B岗）", code: .unknownPost)
            }
            post = named
        }
        let request = AcceptRequest(
            service: service.id, window: named.number, studentNumber: studentNumber, studentName: value("name"),
            post: post,
            channel: channel, greenChannel: green, at: submitted, by: value("accepted_by") ?? by)
        do {
            try ledger.checkNewRecordTime(submitted)
        } catch {
            throw fail("submitted", error.message, code: error.code)
        }
        var record: CaseRecord
        do {
            record = try ledger.caseRecord(request, service: service, window: place)
        } catch {
            throw fail("submitted", error.message, code: error.code)
        }
        if let completedText = value("completed") {
            guard let completed = SpreadsheetValue.dateTime(completedText) else {
                throw fail("completed", "不是日期，应写作 \(SpreadsheetValue.dateFormats)")
            }
            guard completed >= submitted else { throw fail("completed", "办结时间早于该行的提交时间") }
            do {
                _ = try ledger.calendar.isWorkingDay(completed.date)
            } catch {
                throw fail("completed", error.description, code: .dateOutsideCalendar)
            }
            do {
                try ledger.checkNotInFuture(completed)
            } catch {
                throw fail("completed", error.message, code: error.code)
            }
            record.status = .completed
            record.completedAt = completed.description
        }
        return record
    }
}
