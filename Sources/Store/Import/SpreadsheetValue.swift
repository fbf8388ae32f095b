import Catalog

/// Cell values as spreadsheets write them: Excel on a Chinese Windows machine saves dates as
/// `2026/10/12 9:30` (or `2026/10/12`, seconds sometimes added), booleans as `TRUE`/`FALSE`,
/// and staff type 是/否. The ledger's own form (`2026-10-12T09:30`) is accepted too.
enum SpreadsheetValue {
    static let dateFormats = "YYYY-MM-DD、YYYY-MM-DD HH:MM、YYYY/M/D 或 YYYY/M/D H:MM"

    /// A day and optional clock time (midnight when absent).
    static func dateTime(_ text: String) -> CivilDateTime? {
        ledgerForm(text) ?? generalDateTime(text)
    }

    /// Every form `dateTime` takes, read by splitting the text: what the ledger's own form,
    /// read as bytes first, must agree with (`SpreadsheetDateTests`).
    static func generalDateTime(_ text: String) -> CivilDateTime? {
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "T" })
        guard (1...2).contains(parts.count), let date = date(String(parts[0])) else { return nil }
        guard parts.count == 2 else { return CivilDateTime(date: date, minuteOfDay: 0) }
        let clock = parts[1].split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(clock.count), clock.allSatisfy({ (1...2).contains($0.count) }),
            clock[1].count == 2, let hour = Int(clock[0]), let minute = Int(clock[1]),
            (0...23).contains(hour), (0...59).contains(minute),
            clock.count == 2 || Int(clock[2]).map({ (0...59).contains($0) }) == true
        else { return nil }
        return CivilDateTime(date: date, minuteOfDay: hour * 60 + minute)
    }

    /// `2026-10-12T09:30` or `2026-10-12 09:30`, read as bytes: an import reads one or two a
    /// row, and splitting them was a fifteenth of it. Nil sends any other text the general way
    /// (`generalDateTime`), which reads these the same.
    private static func ledgerForm(_ text: String) -> CivilDateTime? {
        let parsed = text.utf8.withContiguousStorageIfAvailable { bytes -> CivilDateTime? in
            guard bytes.count == 16, bytes[4] == dash, bytes[7] == dash, bytes[10] == letterT || bytes[10] == space,
                bytes[13] == colon
            else { return nil }
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for index in range {
                    guard (zero...nine).contains(bytes[index]) else { return nil }
                    value = value * 10 + Int(bytes[index] - zero)
                }
                return value
            }
            guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
                let hour = number(11..<13), let minute = number(14..<16), hour < 24, minute < 60,
                let date = CivilDate(year: year, month: month, day: day)
            else { return nil }
            return CivilDateTime(date: date, minuteOfDay: hour * 60 + minute)
        }
        return parsed ?? nil
    }

    private static let dash = UInt8(ascii: "-"), colon = UInt8(ascii: ":"), space = UInt8(ascii: " ")
    private static let letterT = UInt8(ascii: "T"), zero = UInt8(ascii: "0"), nine = UInt8(ascii: "9")

    /// `2026-10-12`, `2026/10/12` or `2026/1/5` (Excel drops leading zeros).
    static func date(_ text: String) -> CivilDate? {
        if let date = CivilDate(text) { return date }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        return CivilDate(year: year, month: month, day: day)
    }

    /// `TRUE`/`FALSE` (Excel), `true`/`false`, `1`/`0`, `是`/`否`; nil for anything else.
    static func boolean(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true", "1", "是": true
        case "false", "0", "否": false
        default: nil
        }
    }

    /// A yes-or-no column where a stray value must not pass for one: `TRUE`/`FALSE` (any case)
    /// or `是`/`否`; nil for anything else, `1`/`0` included.
    static func trueOrFalse(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true", "是": true
        case "false", "否": false
        default: nil
        }
    }

    /// Excel's name of the column at a 0-based index: A, B, ..., Z, AA, ...
    static func columnLetter(_ index: Int) -> String {
        var index = index
        var letters = ""
        repeat {
            letters = String(UnicodeScalar(UInt8(65 + index % 26))) + letters
            index = index / 26 - 1
        } while index >= 0
        return letters
    }
}
