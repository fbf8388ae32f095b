import Assessment
import Catalog
import Foundation
import Hall

/// The overdue list's filters as a form or query gives them: a period, or a first and last day
/// (the last defaulting to the hall's today), and a window. Kept as typed, so the form shows them
/// again and the CSV link carries the same filters.
struct CaseOverdueFilter {
    var period: String?
    var from: String?
    var through: String?
    var window: String?

    init(_ field: (String) -> String?) {
        period = field("period")
        from = field("from")
        through = field("through")
        window = field("window")
    }

    /// The days and window to report, or what is wrong with the filters (in Chinese).
    func parsed(today: CivilDate, catalog: Catalog) -> Result<(span: OverdueSpan, window: Int?), WebError> {
        var windowNumber: Int?
        if let window {
            guard let number = Int(window), catalog.window(number: number) != nil else {
                return .failure(.badRequestBody("没有“\(window)”号窗口；请从列表中选择窗口"))
            }
            windowNumber = number
        }
        if let period {
            guard from == nil, through == nil else {
                return .failure(.badRequestBody("考核期间与起止日期只能选一种"))
            }
            guard let parsed = Period(period) else {
                return .failure(.badRequestBody("“\(period)”不是有效的考核期间；请写成 YYYY-MM、YYYY、YYYY-S1 或 YYYY-S2"))
            }
            return .success((.period(parsed), windowNumber))
        }
        let first = from.flatMap(CivilDate.init)
        let last = through.flatMap(CivilDate.init)
        if let from, first == nil { return .failure(.badRequestBody("起始日期“\(from)”不是有效日期（YYYY-MM-DD）")) }
        if let through, last == nil {
            return .failure(.badRequestBody("截止日期“\(through)”不是有效日期（YYYY-MM-DD）"))
        }
        let end = last ?? today
        if let first, first > end { return .failure(.badRequestBody("起始日期 \(first) 晚于截止日期 \(end)")) }
        return .success((.days(from: first, through: end), windowNumber))
    }

    /// The filters as a query string, for the CSV link (`period=2026-10&window=3`).
    var query: String {
        [("period", period), ("from", from), ("through", through), ("window", window)]
            .compactMap { name, value in value.map { "\(name)=\(Self.encode($0))" } }.joined(separator: "&")
    }

    /// Hidden fields that carry the filters into the director's "show in full" form.
    var fields: [(name: String, value: String)] {
        [("period", period), ("from", from), ("through", through), ("window", window)]
            .compactMap { name, value in value.map { (name, $0) } }
    }

    private static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
