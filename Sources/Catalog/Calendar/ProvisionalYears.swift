import Foundation

/// The statutory holidays of the years a calendar does not cover, computed once per year.
/// Shared by copies of a calendar; a lock keeps it safe across threads.
final class ProvisionalYears: @unchecked Sendable {
    private let lock = NSLock()
    private var computed: [Int: [CivilDate: String]] = [:]

    /// The statutory holidays of `year`, or `nil` when the law's computation does not reach it.
    func holidays(in year: Int) -> [CivilDate: String]? {
        lock.lock()
        defer { lock.unlock() }
        if let days = computed[year] { return days }
        guard let days = try? StatutoryHolidays.days(in: year) else { return nil }
        computed[year] = days
        return days
    }
}
