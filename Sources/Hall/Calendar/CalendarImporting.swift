import Catalog
import Foundation
import Store

/// Bringing the State Council's holiday notice for a year into the catalog's calendar file:
/// read the notice, say what it arranges and whether the file already has the year, then write
/// it (the front end asks for confirmation in between, a terminal or a form).
public struct CalendarImporting: Sendable {
    public let source: CatalogSource

    public init(source: CatalogSource) { self.source = source }

    /// The notice read and compared with the calendar file: nothing is written.
    public func plan(noticeText text: String, file: String) throws(LedgerError) -> CalendarImportPlan {
        do {
            return try CalendarImporter.plan(notice: text, source: source)
        } catch {
            let line = error.line.map { "第\($0)行：" } ?? ""
            throw LedgerError(
                "\(file)：\(line)\(error.message)", code: error.errorCode,
                details: ErrorDetails(file: file, row: error.line))
        }
    }

    /// The notice's bytes as text, refused unless UTF-8.
    public func plan(noticeData data: Data, file: String) throws(LedgerError) -> CalendarImportPlan {
        guard let text = String(data: data, encoding: .utf8) else {
            throw LedgerError(
                "\(file) 不是 UTF-8 文本；请另存为 UTF-8 后再导入", code: .notUTF8Text, details: ErrorDetails(file: file))
        }
        return try plan(noticeText: text, file: file)
    }

    /// What the plan will do, for the front end to show before it asks; a year already in the
    /// file with other days is refused, since the file must be corrected by hand.
    public func summary(_ plan: CalendarImportPlan) throws(LedgerError) -> String {
        var lines = plan.arrangement.summaryLines
        switch plan.outcome {
        case .identical:
            lines.append("\(plan.file) 已有\(plan.arrangement.year)年，与通知完全一致，未作改动")
        case .differs(let differences):
            throw LedgerError(
                "\(plan.file) 已有\(plan.arrangement.year)年，但与通知不一致（未写入）：\(differences.map { "\n  \($0)" }.joined())\n"
                    + "请核对通知原文；确需更正时手工修改日历文件后重新检查目录", code: .calendarYearDiffers,
                details: ErrorDetails(file: plan.file))
        case .add: break
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Writes the year into the calendar file, whole or not at all; false when there was nothing to write.
    @discardableResult
    public func apply(_ plan: CalendarImportPlan) throws(LedgerError) -> Bool {
        guard case .add(let newText) = plan.outcome else { return false }
        do {
            // Written to a temporary file beside it, then renamed: a reader never sees half a file.
            try Data(newText.utf8).write(to: URL(fileURLWithPath: plan.file), options: .atomic)
        } catch {
            throw LedgerError(
                "无法写入 \(plan.file)：\(error.localizedDescription)", code: .calendarEditFailed,
                details: ErrorDetails(file: plan.file))
        }
        return true
    }

    /// The recomputation of every provisional due date on the calendar as it now is, as staff read it.
    public static func recompute(_ ledger: Ledger, at: CivilDateTime, by actor: String) throws(LedgerError) -> String {
        let changes = try ledger.recomputeProvisionalDues(at: at, by: actor)
        var lines = [changes.isEmpty ? "没有需要重算期限的记录" : "已按现在的日历重算 \(changes.count) 条期限："]
        for change in changes {
            var line = "  \(change.subject.chinese) #\(change.id)  期限 \(change.dueBefore) → \(change.dueAfter)"
            if let before = change.acceptedBefore, let after = change.acceptedAfter, before != after {
                line += "，受理日 \(before) → \(after)"
            }
            if change.stillProvisional { line += "（仍为推算：\(DueDate.provisionalNote)）" }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
