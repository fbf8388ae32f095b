/// One numbered section of a holiday notice, e.g. `六、国庆节、中秋节：10月1日（周三）至8日…`.
struct NoticeSection {
    var line: Int
    var title: String
    var festivals: [StatutoryFestival]
    /// The sentences and their comma-separated parts, asides in brackets removed.
    var clauses: [String]

    /// `nil` for a line that is not a section; an error for a section naming an unknown festival.
    init?(_ text: String, number: Int) throws(HolidayNoticeError) {
        guard let comma = text.firstIndex(of: "、"), !text[..<comma].isEmpty,
            text[..<comma].allSatisfy({ "一二三四五六七八九十".contains($0) }),
            let colon = text.firstIndex(where: { $0 == "：" || $0 == ":" }), comma < colon
        else { return nil }
        let title = String(text[text.index(after: comma)..<colon])
        var festivals: [StatutoryFestival] = []
        for name in title.split(separator: "、") {
            guard let festival = StatutoryFestival(rawValue: String(name)) else {
                let known = StatutoryFestival.allCases.map(\.rawValue).joined(separator: "、")
                throw HolidayNoticeError(.unknownHoliday, line: number, "“\(name)”不是法定节日（应为\(known)之一）")
            }
            festivals.append(festival)
        }
        self.line = number
        self.title = title
        self.festivals = festivals
        clauses = NoticeText.withoutAsides(String(text[text.index(after: colon)...]))
            .split(whereSeparator: { "。，；,;".contains($0) }).map { $0.trimmingSpaces }.filter { !$0.isEmpty }
    }

    /// How the section's days are named: one festival names them all; in a combined break each
    /// festival names its own day and the longer festival the rest (2025: 10-06 中秋节, else 国庆节).
    func names(in year: Int) throws(HolidayNoticeError) -> Names {
        guard festivals.count > 1 else { return Names(principal: festivals[0], own: [:]) }
        var own: [CivilDate: StatutoryFestival] = [:]
        var principal = festivals[0]
        var longest = 0
        for festival in festivals {
            let days: [CivilDate]
            do {
                days = try festival.ownDays(in: year)
            } catch {
                throw HolidayNoticeError(.badDate, line: line, error.description)
            }
            for day in days { own[day] = festival }
            if days.count > longest { (principal, longest) = (festival, days.count) }
        }
        return Names(principal: principal, own: own)
    }

    struct Names {
        var principal: StatutoryFestival
        var own: [CivilDate: StatutoryFestival]

        func holiday(_ date: CivilDate) -> String { (own[date] ?? principal).rawValue }
        var workdayReason: String { principal.rawValue + "调休上班" }
    }
}
