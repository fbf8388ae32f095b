import Foundation

/// Rules about clock times and dates.
extension ValidationRule {
    static let time: [ValidationRule] = [
        ValidationRule(
            "invalid-time", "a time span is not a real span, or a post works outside opening hours",
            triggering: [
                RuleExample("hall.yaml", "processes: \"15:30-17:30\"", "processes: \"15:30-18:30\""),
                RuleExample("hall.yaml", "monday: \"08:30-17:30\"", "monday: \"17:30-08:30\""),
                RuleExample("hall.yaml", "accepts: \"08:30-17:30\"", "accepts: \"08:30-24:70\""),
                RuleExample("hall.yaml", "accepts: \"08:30-17:30\"", "accepts: \"08:30-08:30\""),
            ],
            nonTriggering: [
                .unchanged,
                // Not HH:MM-HH:MM at all: the shape check reports it (invalid-value), once.
                RuleExample("hall.yaml", "monday: \"08:30-17:30\"", "monday: \"8:30-17:30\""),
            ],
            check: { catalog, bag in
                guard let hall = catalog.hall else { return }
                var open: [ClockSpan] = []
                for day in HallShapes.weekdays {
                    guard let text = hall.hours[day], text != "closed", let location = hall.hourLocations[day] else {
                        continue
                    }
                    if let span = ClockSpan(text) { open.append(span) } else { report(text, at: location, &bag) }
                }
                for post in hall.posts {
                    let spans = [(post.accepts, post.acceptsLocation), (post.processes, post.processesLocation)]
                    for case (let text?, let location) in spans {
                        let location = location ?? post.location
                        guard let span = ClockSpan(text) else {
                            report(text, at: location, &bag)
                            continue
                        }
                        if let day = open.first(where: { !$0.contains(span) }) {
                            bag.error(
                                "invalid-time",
                                "\(post.id) 岗的工作时间 \(text) 超出了开放时间 \(day)；请改在开放时间之内",
                                at: location)
                        }
                    }
                }
            }),
        ValidationRule(
            "invalid-date", "a date does not exist, sits under the wrong year, or is both holiday and working day",
            triggering: [
                RuleExample("calendars/cn-national.yaml", "\"2026-10-01\"", "\"2026-02-30\""),
                RuleExample("calendars/cn-national.yaml", "\"2026-10-01\"", "\"2025-10-01\""),
                RuleExample("calendars/cn-national.yaml", "\"2026-09-20\"", "\"2026-10-01\""),
                RuleExample("calendars/cn-national.yaml", "\"2026-10-01\"", "\"2026-13-01\""),
            ],
            nonTriggering: [
                .unchanged,
                // Not YYYY-MM-DD at all: the shape check reports it (invalid-value), once.
                RuleExample("calendars/cn-national.yaml", "\"2026-10-01\"", "\"2026/10/01\""),
            ],
            check: { catalog, bag in
                for calendar in catalog.calendars {
                    for year in calendar.years {
                        let holidays = Set(year.holidays.map(\.date))
                        for entry in year.holidays + year.workdays {
                            guard let date = CivilDate(entry.date) else {
                                reportDate(entry.date, at: entry.location, &bag)
                                continue
                            }
                            if date.year != year.year {
                                bag.error(
                                    "invalid-date",
                                    "\(entry.date) 列在了 \(year.year) 年之下；请移到它所在的年份",
                                    at: entry.location)
                            }
                        }
                        for entry in year.workdays where holidays.contains(entry.date) {
                            bag.error(
                                "invalid-date",
                                "\(entry.date) 既列为节假日，又列为上班日；请只保留一处",
                                at: entry.location)
                        }
                    }
                }
                for closure in catalog.hall?.closures ?? [] where CivilDate(closure.date) == nil {
                    reportDate(closure.date, at: closure.location, &bag)
                }
            }),
        ValidationRule(
            "unknown-time-zone", "the hall's time zone is not a time zone name this system knows",
            triggering: [
                RuleExample("hall.yaml", "time_zone: Asia/Shanghai", "time_zone: Asia/Beijing"),
                RuleExample("hall.yaml", "time_zone: Asia/Shanghai", "time_zone: Asia/Shangai"),
            ],
            nonTriggering: [
                .unchanged,
                // No time zone: the hall keeps Beijing time (Asia/Shanghai).
                RuleExample("hall.yaml", "  time_zone: Asia/Shanghai\n", ""),
            ],
            check: { catalog, bag in
                guard let hall = catalog.hall, let name = hall.timeZone, HallClock.zone(named: name) == nil else {
                    return
                }
                let hint = Suggestion.hint(for: name, among: TimeZone.knownTimeZoneIdentifiers)
                bag.error(
                    "unknown-time-zone",
                    "未知的时区\(QuotedText.quoted(name))\(hint)；请写 IANA 时区名，"
                        + "如“\(HallClock.defaultTimeZoneIdentifier)”（北京时间）",
                    at: hall.timeZoneLocation ?? hall.location)
            }),
    ]

    /// A span that is not HH:MM-HH:MM at all was already reported by the shape check (`invalid-value`).
    private static func report(_ text: String, at location: SourceLocation, _ bag: inout DiagnosticBag) {
        guard ShapeChecker.matches(text, HallShapes.timeSpanPattern), let problem = ClockSpan.problem(in: text) else {
            return
        }
        bag.error("invalid-time", "\(QuotedText.quoted(text))不是有效的时段：\(problem)", at: location)
    }

    /// Likewise a date that is not YYYY-MM-DD was already reported by the shape check.
    private static func reportDate(_ text: String, at location: SourceLocation, _ bag: inout DiagnosticBag) {
        guard ShapeChecker.matches(text, Shape.datePattern), let problem = DateProblem.problem(in: text) else { return }
        bag.error("invalid-date", "\(QuotedText.quoted(text))不是真实存在的日期：\(problem)", at: location)
    }
}
