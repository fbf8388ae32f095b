/// Rules about the calendar running out: the State Council publishes a year's arrangement only in
/// November or December before it, and the calendar must be given it in time.
extension ValidationRule {
    /// Days before the end of the last covered year from which `check` warns.
    public static let calendarWarningDays = 60

    static let calendar: [ValidationRule] = [
        ValidationRule(
            "calendar-ending", .warning,
            "the calendar's last year ends within \(calendarWarningDays) days (or has ended) and next year's "
                + "arrangement is missing",
            triggering: [
                RuleExample.unchanged.checked(on: "2026-11-01"),
                RuleExample.unchanged.checked(on: "2026-12-31"),
                RuleExample.unchanged.checked(on: "2027-03-01"),
            ],
            nonTriggering: [
                .unchanged,
                RuleExample.unchanged.checked(on: "2026-10-31"),
                RuleExample(
                    "calendars/cn-national.yaml", "    2026:\n",
                    "    2027:\n      source: 国办发明电〔2026〕1号\n      holidays: []\n      workdays: []\n    2026:\n"
                ).checked(on: "2026-12-01"),
            ],
            check: { catalog, bag in
                guard let today = catalog.checkedOn, let id = catalog.hall?.calendar.id,
                    let calendar = catalog.calendars.first(where: { $0.id == id }),
                    let last = calendar.years.max(by: { $0.year < $1.year }),
                    let end = CivilDate(year: last.year, month: 12, day: 31),
                    today.dayNumber >= end.dayNumber - calendarWarningDays
                else { return }
                let next = last.year + 1
                let when =
                    today > end
                    ? "已于 \(end) 结束，今天是 \(today)"
                    : "将于 \(end) 结束，距今天还有 \(end.dayNumber - today.dayNumber) 天"
                bag.warning(
                    "calendar-ending",
                    "工作日历“\(id)”只到 \(last.year) 年（\(when)），还没有 \(next) 年的安排：\(next) 年的办结日期"
                        + "只是暂定的（只算法定节假日）；国务院办公厅的通知发布后，"
                        + "请用“onestop calendar import 文件”导入",
                    at: last.location)
            })
    ]
}

extension RuleExample {
    /// The example checked as on `day` (date-dependent rules are skipped when no day is given).
    func checked(on day: String) -> RuleExample {
        var example = self
        example.checkedOn = CivilDate(day)
        return example
    }
}
