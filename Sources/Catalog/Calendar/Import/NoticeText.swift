import Foundation

/// The small pieces of a holiday notice's wording: its year and citation, dates with their
/// bracketed weekdays, day counts.
enum NoticeText {
    /// Month and year carried from one date to the next, as in `4月4日（周五）至6日（周日）`.
    struct Carry {
        var year: Int
        var month: Int?
    }

    /// `关于2025年部分节假日安排` → 2025.
    static func year(inTitle title: String) -> Int? {
        guard let match = title.firstMatch(of: /关于(\d{4})年/) else { return nil }
        return Int(match.1)
    }

    /// Title, document number and signing date, as the calendar's `source` cites a notice.
    static func source(_ lines: [String], title: String) -> String {
        let number = lines.first { $0.wholeMatch(of: /国办发[^\s]*〔\d{4}〕\d+号/) != nil }
        let signed = lines.reversed().lazy.compactMap { $0.wholeMatch(of: /(\d{4})年(\d{1,2})月(\d{1,2})日/) }
            .first.flatMap { CivilDate(year: Int($0.1) ?? 0, month: Int($0.2) ?? 0, day: Int($0.3) ?? 0) }
        return ([title] + [number].compactMap { $0 }).joined(separator: " ") + (signed.map { " (\($0))" } ?? "")
    }

    /// The text without bracketed asides that do not follow a date: `除夕（2月9日）` names a day
    /// nobody gets off, `1月1日（周五）` keeps its weekday for checking.
    static func withoutAsides(_ text: String) -> String {
        var result = ""
        var skipping = 0
        for character in text {
            if skipping > 0 {
                if character == "（" { skipping += 1 } else if character == "）" { skipping -= 1 }
            } else if character == "（", result.last != "日" {
                skipping = 1
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// `共8天` or `放假1天`: the number as written, and its value (`nil` when too large to be one).
    static func dayCount(in clause: String) -> (written: String, value: Int?)? {
        clause.firstMatch(of: /(?:共|放假)(\d+)天/).map { (String($0.1), Int($0.1)) }
    }

    /// Every date of the clause, in order, its written weekday checked.
    static func dates(in clause: String, carry: inout Carry, line: Int) throws(HolidayNoticeError) -> [CivilDate] {
        var dates: [CivilDate] = []
        for match in clause.matches(of: /(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:（([^）]*)）)?/) {
            if let year = match.1.flatMap({ Int($0) }) { carry.year = year }
            if let month = match.2.flatMap({ Int($0) }) { carry.month = month }
            let written = String(match.0)
            guard let month = carry.month, let day = Int(match.3),
                let date = CivilDate(year: carry.year, month: month, day: day)
            else {
                throw HolidayNoticeError(.badDate, line: line, "“\(written)”不是\(carry.year)年的有效日期")
            }
            if let aside = match.4, let weekday = weekday(in: String(aside)), weekday != date.weekday {
                throw HolidayNoticeError(
                    .wrongWeekday, line: line, "“\(written)”写的星期与日期不符：\(date)是\(date.chineseWeekday)")
            }
            dates.append(date)
        }
        return dates
    }

    /// `周五`, `星期一`, `农历除夕、周二` → ISO weekday (1 = Monday).
    static func weekday(in aside: String) -> Int? {
        guard let match = aside.firstMatch(of: /(?:周|星期)([一二三四五六日天])/) else { return nil }
        return ["一", "二", "三", "四", "五", "六", "日"].firstIndex(of: String(match.1)).map { $0 + 1 } ?? 7
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces (ASCII and full-width). Every name a clerk or the API
    /// sends is trimmed, so one with nothing to trim is returned without Foundation's trimming.
    @usableFromInline
    var trimmingSpaces: String {
        // Most names begin and end with an ASCII letter, digit or sign, so nothing is trimmed:
        // answered from the bytes, as forming the end Characters was a tenth of an import's row.
        let text = String(self)
        if let first = text.utf8.first, let last = text.utf8.last, Self.isVisibleASCII(first),
            Self.isVisibleASCII(last)
        {
            return text
        }
        let padded = first.map(Self.isSpace) == true || last.map(Self.isSpace) == true
        guard padded else { return text }
        return trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\u{3000}")))
    }

    private static func isVisibleASCII(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }

    /// At least every character the trimming removes (tabs, the spaces of every kind, U+3000).
    private static func isSpace(_ character: Character) -> Bool { character.isWhitespace || character == "\u{3000}" }
}
