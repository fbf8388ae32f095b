/// A resident identity number (居民身份证号码) by GB 11643: 17 digits and a check character,
/// the ISO 7064 MOD 11-2 checksum of the 17, written `X` for 10; full-width digits count too.
enum NationalIDNumber {
    static let length = 18
    private static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    private static let checkCharacters = Array("10X98765432")

    /// True only for 18 characters whose last is the check character of the first 17, so that
    /// an order number or a bank reference of 18 digits is left as it is.
    static func isValid(_ characters: [Character]) -> Bool {
        guard characters.count == length else { return false }
        var sum = 0
        for (character, weight) in zip(characters.map(HalfWidth.ascii), weights) {
            guard character.isASCII, let digit = character.wholeNumberValue else { return false }
            sum += digit * weight
        }
        guard let last = characters.last.map(HalfWidth.ascii) else { return false }
        return Character(last.uppercased()) == checkCharacters[sum % 11]
    }

    /// The text cut into ID numbers and the stretches between them, in order.
    static func split(_ text: String) -> [(text: String, isNumber: Bool)] {
        var pieces: [(text: String, isNumber: Bool)] = []
        var plain = ""
        var run: [Character] = []
        func endRun() {
            if isValid(run) {
                pieces.append((plain, false))
                pieces.append((String(run), true))
                plain = ""
            } else {
                plain += String(run)
            }
            run = []
        }
        for character in text {
            let ascii = HalfWidth.ascii(character)
            if ascii.isASCII, ascii.isNumber || (run.count == 17 && (ascii == "X" || ascii == "x")) {
                run.append(character)
            } else {
                endRun()
                plain.append(character)
            }
        }
        endRun()
        pieces.append((plain, false))
        return pieces.filter { !$0.text.isEmpty }
    }
}
