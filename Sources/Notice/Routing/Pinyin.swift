import Foundation

/// Pinyin without tones or spaces (学生证 → xueshengzheng), so a question typed in pinyin, or a
/// homophone typo, meets the catalog's words. Each character's syllable is remembered: ICU's
/// transform is slow, and the catalog reuses few characters.
struct Pinyin: Sendable {
    private var syllables: [Character: String] = [:]

    /// Remembers the syllable of every Han character in `texts`.
    init(learning texts: [String]) {
        let characters = Set(texts.joined()).filter(Self.isHan).sorted()
        // All characters in one transform, a line each: ICU builds its transliterator anew on
        // every call, which was most of the routing index's build.
        let lines =
            (characters.map(String.init).joined(separator: "\n").applyingTransform(.toLatin, reverse: false) ?? "")
            .split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count == characters.count else {
            syllables = Self.transliteratedOneByOne(texts)
            return
        }
        for (character, line) in zip(characters, lines) { syllables[character] = Self.latinLetters(String(line)) }
    }

    /// The syllable of every character in `texts`, one transform each: what `init(learning:)`
    /// must agree with.
    static func transliteratedOneByOne(_ texts: [String]) -> [Character: String] {
        var syllables: [Character: String] = [:]
        for character in Set(texts.joined()) where isHan(character) {
            syllables[character] = transliterate(String(character))
        }
        return syllables
    }

    func syllable(of character: Character) -> String? { syllables[character] }

    /// `text` in toneless pinyin letters; other letters kept lowercase, the rest dropped.
    func compact(_ text: String) -> String {
        var result = ""
        for character in text {
            if Self.isHan(character) {
                result += syllables[character] ?? Self.transliterate(String(character))
            } else if character.isASCII {
                if character.isLetter { result += character.lowercased() }
            } else if character.isLetter {
                result += Self.transliterate(String(character).lowercased())
            }
        }
        return result
    }

    /// A question written in Latin letters, with tones as marks or digits and any spacing, as
    /// plain letters: "Xué shēng zhèng bu3ban4" → xueshengzhengbuban.
    static func latinLetters(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // Nothing to fold: Foundation's folding is most of a pinyin question's cost.
            return String(decoding: text.utf8.compactMap(lowercaseASCIILetter), as: UTF8.self)
        }
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        return String(folded.lowercased().filter { $0.isASCII && $0.isLetter })
    }

    private static func lowercaseASCIILetter(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x61...0x7A: byte
        case 0x41...0x5A: byte + 0x20
        default: nil
        }
    }

    /// Whether a question is written in Latin letters rather than Chinese characters.
    static func isLatin(_ text: String) -> Bool {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.utf8.contains { lowercaseASCIILetter($0) != nil } }
        let letters = text.filter(\.isLetter)
        guard !letters.isEmpty else { return false }
        let han = letters.filter(isHan).count
        return han * 4 < letters.count
    }

    static func isHan(_ character: Character) -> Bool {
        character.unicodeScalars.contains {
            (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value)
        }
    }

    private static func transliterate(_ text: String) -> String {
        let latin = text.applyingTransform(.toLatin, reverse: false) ?? text
        return latinLetters(latin)
    }
}
