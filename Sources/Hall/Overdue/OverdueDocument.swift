import Catalog
import Store

/// The overdue report as text, JSON or CSV, with personal data masked as `mask` says; the
/// figures all come from `OverdueReport`.
public struct OverdueDocument {
    public var report: OverdueReport
    public var catalog: Catalog
    public var mask: PersonalDataMask

    public init(report: OverdueReport, catalog: Catalog, mask: PersonalDataMask) {
        self.report = report
        self.catalog = catalog
        self.mask = mask
    }

    public var cases: [CaseView] {
        report.cases.compactMap { item in
            item.record.map { CaseView($0, catalog: catalog, mask: mask, overdue: item) }
        }
    }

    public var heading: String {
        let scope = report.window.map { "\($0)号窗口" } ?? "各窗口"
        if let from = report.from { return "\(from) 至 \(report.asOf) \(scope)的逾期情况" }
        return "截至 \(report.asOf) \(scope)的逾期情况"
    }

    public var text: String {
        var lines = [heading]
        if report.items.isEmpty { lines.append("没有逾期") }
        for total in report.totals {
            let name = total.window.map { "\($0)号窗口" } ?? "未指定窗口"
            var figures = ["逾期办件 \(total.cases) 件", "其他 \(total.followUps) 件", "共 \(total.overdueWorkingDays) 个工作日"]
            if total.overdueHours > 0 { figures.append("\(total.overdueHours) 小时") }
            lines.append("\(name)：" + figures.joined(separator: "，"))
            for item in report.items where item.window == total.window {
                let line =
                    item.record.map { CaseView($0, catalog: catalog, mask: mask, overdue: item).line }
                    ?? FollowUpView(item, mask: mask).line
                lines.append("  " + line)
                if !item.overdueDays.isEmpty {
                    lines.append("    逾期日：" + item.overdueDays.map(\.description).joined(separator: "、"))
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public var json: String {
        struct Total: Encodable {
            var window: Int?
            var cases: Int
            var followUps: Int
            var overdueWorkingDays: Int
            var overdueHours: Int
        }
        struct Body: Encodable {
            var from: String?
            var asOf: String
            var window: Int?
            var totals: [Total]
            var cases: [CaseView]
            var followUps: [FollowUpView]
        }
        let totals = report.totals.map {
            Total(
                window: $0.window, cases: $0.cases, followUps: $0.followUps, overdueWorkingDays: $0.overdueWorkingDays,
                overdueHours: $0.overdueHours)
        }
        let body = Body(
            from: report.from?.description, asOf: report.asOf.description, window: report.window, totals: totals,
            cases: cases, followUps: report.items.filter { $0.kind != .ledgerCase }.map { FollowUpView($0, mask: mask) }
        )
        return JSONOutput.encode(body, snakeCase: true)
    }

    /// One row per overdue working day (or per item, for hour limits), with a byte-order mark so
    /// that Excel on a Chinese Windows machine reads it as UTF-8.
    public var csv: String {
        var rows = [["窗口", "类别", "编号", "事项", "学号", "期限", "办结", "逾期日期", "逾期小时"]]
        for item in report.items {
            let view = item.record.map { CaseView($0, catalog: catalog, mask: mask, overdue: item) }
            let prefix = [
                item.window.map(String.init) ?? "", item.kind.chinese, String(item.id),
                view?.serviceName ?? mask.text(item.subject), view?.studentText ?? "", item.due,
                item.completed ?? "",
            ]
            if let hours = item.overdueHours {
                rows.append(prefix + ["", String(hours)])
            } else {
                rows += item.overdueDays.map { prefix + [$0.description, ""] }
            }
        }
        return "\u{FEFF}" + rows.map { $0.map(CSVOutput.field).joined(separator: ",") }.joined(separator: "\r\n")
            + "\r\n"
    }
}
