import Catalog

extension Ledger {
    /// The moment of a ledger operation (`--at`): a day and a clock time. A bare day is refused
    /// rather than read as midnight, because the time decides the cut-off (a submission at or
    /// after 17:30 counts from the next working day) and whether a completion fell on that day.
    public static func operationTime(_ text: String) throws(LedgerError) -> CivilDateTime {
        if let day = CivilDate(text) {
            throw LedgerError(
                "“\(text)”只有日期没有时刻；办件的时刻决定是否已过受理截止时间，请写成 \(day)T09:30 这样的 YYYY-MM-DDTHH:MM",
                code: .timeWithoutClock)
        }
        guard let moment = CivilDateTime(text) else {
            throw LedgerError("“\(text)”不是有效的时间；请写成 YYYY-MM-DDTHH:MM，例如 2026-10-12T09:30", code: .invalidTime)
        }
        return moment
    }
}
