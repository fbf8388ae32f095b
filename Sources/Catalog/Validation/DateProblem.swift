/// Why a date written `YYYY-MM-DD` is not a real one, with the fix.
enum DateProblem {
    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// `nil` when the date exists or when the text is not `YYYY-MM-DD` at all (the shape check reports that).
    static func problem(in text: String) -> String? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else {
            return nil
        }
        guard (1...12).contains(month) else {
            return "month \(parts[1]) does not exist; write a month from 01 to 12"
        }
        let days = CivilDate.daysIn(month: month, year: year)
        guard (1...days).contains(day) else {
            return "\(monthNames[month - 1]) \(year) has \(days) days; write a day from 01 to \(days)"
        }
        return nil
    }
}
