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
            ],
            nonTriggering: [.unchanged],
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
                    for text in [post.accepts, post.processes].compactMap({ $0 }) {
                        guard let span = ClockSpan(text) else {
                            report(text, at: post.location, &bag)
                            continue
                        }
                        if let day = open.first(where: { !$0.contains(span) }) {
                            bag.error(
                                "invalid-time",
                                "post \(post.id) works \(text), outside the opening hours \(day); keep it within them",
                                at: post.location)
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
            ],
            nonTriggering: [.unchanged],
            check: { catalog, bag in
                for calendar in catalog.calendars {
                    for year in calendar.years {
                        let holidays = Set(year.holidays.map(\.date))
                        for entry in year.holidays + year.workdays {
                            guard let date = CivilDate(entry.date) else {
                                bag.error("invalid-date", "'\(entry.date)' is not a real date", at: entry.location)
                                continue
                            }
                            if date.year != year.year {
                                bag.error(
                                    "invalid-date",
                                    "\(entry.date) is listed under \(year.year); move it to its own year",
                                    at: entry.location)
                            }
                        }
                        for entry in year.workdays where holidays.contains(entry.date) {
                            bag.error(
                                "invalid-date",
                                "\(entry.date) is listed both as a holiday and as a working day; keep one",
                                at: entry.location)
                        }
                    }
                }
                for closure in catalog.hall?.closures ?? [] where CivilDate(closure.date) == nil {
                    bag.error("invalid-date", "'\(closure.date)' is not a real date", at: closure.location)
                }
            }),
    ]

    private static func report(_ text: String, at location: SourceLocation, _ bag: inout DiagnosticBag) {
        bag.error("invalid-time", "'\(text)' is not a time span; write HH:MM-HH:MM with the start first", at: location)
    }
}

/// A span of clock time within one day, such as 08:30-17:30.
struct ClockSpan: CustomStringConvertible {
    var start: Int
    var end: Int

    /// Parses `HH:MM-HH:MM`; `nil` unless both times exist and the start comes first.
    init?(_ text: String) {
        let parts = text.split(separator: "-")
        guard parts.count == 2, let start = Self.minutes(parts[0]), let end = Self.minutes(parts[1]), start < end else {
            return nil
        }
        self.start = start
        self.end = end
    }

    func contains(_ other: ClockSpan) -> Bool { start <= other.start && other.end <= end }

    var description: String { String(format: "%02d:%02d-%02d:%02d", start / 60, start % 60, end / 60, end % 60) }

    private static func minutes(_ text: Substring) -> Int? {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let hours = Int(parts[0]), let minutes = Int(parts[1]), (0...23).contains(hours),
            (0...59).contains(minutes)
        else { return nil }
        return hours * 60 + minutes
    }
}
