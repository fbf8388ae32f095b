/// Masks personal data for output and logs seen by roles that may not see it in full.
public enum PersonalData {
    /// `2021****23`: the year of entry and the last two digits stay, enough to tell cases apart.
    public static func maskStudentNumber(_ number: String) -> String {
        let characters = Array(number)
        guard characters.count >= 7 else {
            return characters.first.map { "\($0)" + String(repeating: "*", count: max(characters.count - 1, 2)) } ?? ""
        }
        return String(characters.prefix(4)) + String(repeating: "*", count: characters.count - 6)
            + String(characters.suffix(2))
    }

    /// `430202********1234`: the birth date of an 18-digit national ID number is hidden.
    public static func maskNationalID(_ number: String) -> String {
        let characters = Array(number)
        guard characters.count == 18 else { return String(repeating: "*", count: characters.count) }
        return String(characters.prefix(6)) + String(repeating: "*", count: 8) + String(characters.suffix(4))
    }

    /// `张*`, `欧阳**`: the family name stays.
    public static func maskName(_ name: String) -> String {
        let characters = Array(name)
        guard characters.count > 1 else { return name.isEmpty ? "" : "*" }
        let keep = characters.count >= 4 ? 2 : 1
        return String(characters.prefix(keep)) + String(repeating: "*", count: characters.count - keep)
    }

    /// Masks every national ID number in free text: 18 characters with a valid check character,
    /// not part of a longer run of digits.
    public static func maskIDNumbers(in text: String) -> String {
        NationalIDNumber.split(text).map { $0.isNumber ? maskNationalID($0.text) : $0.text }.joined()
    }
}
