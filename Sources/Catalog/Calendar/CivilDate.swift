/// A calendar date without time or zone, as the working-day rules need it.
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), (1...Self.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`.
    public init?(_ text: String) {
        // Ten ASCII digits and dashes, read as bytes: a score reads every event's date, and
        // splitting the string was a seventh of it. Anything else takes the general path.
        if let (year, month, day) = Self.digits(text.utf8) {
            self.init(year: year, month: month, day: day)
            return
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// `YYYY-MM-DD` when it is exactly that, as numbers.
    private static func digits(_ bytes: String.UTF8View) -> (Int, Int, Int)? {
        guard bytes.count == 10 else { return nil }
        var number = 0
        var parts = (year: 0, month: 0)
        for (offset, byte) in bytes.enumerated() {
            if offset == 4 || offset == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
                if offset == 4 { parts.year = number } else { parts.month = number }
                number = 0
                continue
            }
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            number = number * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return (parts.year, parts.month, number)
    }

    public var description: String {
        guard (0...9999).contains(year) else {
            let pad = { (value: Int, width: Int) in
                String(repeating: "0", count: max(0, width - String(value).count)) + String(value)
            }
            return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        }
        // Written as bytes: every event and trace of a score is dated.
        let digit = { (value: Int) in UInt8(ascii: "0") + UInt8(value % 10) }
        let bytes: [UInt8] = [
            digit(year / 1000), digit(year / 100), digit(year / 10), digit(year), UInt8(ascii: "-"),
            digit(month / 10), digit(month), UInt8(ascii: "-"), digit(day / 10), digit(day),
        ]
        return String(decoding: bytes, as: UTF8.self)
    }

    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
