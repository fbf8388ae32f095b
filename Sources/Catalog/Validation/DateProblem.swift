/// Why a date written `YYYY-MM-DD` is not a real one, with the fix.
enum DateProblem {
    /// `nil` when the date exists or when the text is not `YYYY-MM-DD` at all (the shape check reports that).
    static func problem(in text: String) -> String? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else {
            return nil
        }
        guard (1...12).contains(month) else {
            return "没有 \(parts[1]) 月；月份请写 01 到 12"
        }
        let days = CivilDate.daysIn(month: month, year: year)
        guard (1...days).contains(day) else {
            return "\(year) 年 \(month) 月只有 \(days) 天；日期请写 01 到 \(days)"
        }
        return nil
    }
}
