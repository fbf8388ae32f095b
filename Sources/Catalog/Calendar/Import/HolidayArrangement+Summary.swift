/// The days found, as `calendar import` shows them for confirmation.
extension HolidayArrangement {
    /// One line per run of consecutive days with the same name, then one per worked weekend day.
    public var summaryLines: [String] {
        var lines = ["\(year)年：\(source)", "放假："]
        var runs: [(first: Day, last: Day, count: Int)] = []
        for day in holidays {
            if let run = runs.last, run.last.label == day.label, run.last.date.adding(days: 1) == day.date {
                runs[runs.count - 1] = (run.first, day, run.count + 1)
            } else {
                runs.append((day, day, 1))
            }
        }
        for run in runs {
            let span =
                run.count == 1
                ? Self.dated(run.first.date) : "\(Self.dated(run.first.date)) 至 \(Self.dated(run.last.date))"
            lines.append("  \(run.first.label)  \(span)，\(run.count)天")
        }
        lines.append(workdays.isEmpty ? "调休上班：无" : "调休上班：")
        lines += workdays.map { "  \(Self.dated($0.date))  \($0.label)" }
        lines += notes.map { "注意：\($0)" }
        return lines
    }

    private static func dated(_ date: CivilDate) -> String { "\(date)（\(date.chineseWeekday)）" }
}
