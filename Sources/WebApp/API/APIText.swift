/// Text checks that agree with the OpenAPI document's patterns, as a validator in Python reads
/// them: a value the document refuses is refused here, so no client is told "valid" by one and
/// "invalid" by the other.
enum APIText {
    /// The document's `\S`: some character that is not white space (Python's `\s` also counts
    /// the four separators U+001C–U+001F, which Unicode does not).
    static func hasVisibleCharacter(_ text: String) -> Bool {
        text.unicodeScalars.contains { !$0.properties.isWhitespace && !(0x1C...0x1F).contains($0.value) }
    }

    /// `[0-9]+`, optionally after `-`: an integer as the document's clients write it (no `+`, no spaces).
    static func isInteger(_ text: String) -> Bool {
        let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        return !digits.isEmpty && digits.utf8.allSatisfy { (0x30...0x39).contains($0) }
    }

    /// `YYYY-MM-DD` as the document's `Date` pattern writes it.
    static func isDate(_ text: String) -> Bool {
        text.wholeMatch(of: /[0-9]{4}-[0-9]{2}-[0-9]{2}/) != nil
    }

    /// `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`, the notice's `submitted`.
    static func isDateTime(_ text: String) -> Bool {
        text.wholeMatch(of: /[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2})?/) != nil
    }

    /// `YYYY-MM`, `YYYY`, `YYYY-S1` or `YYYY-S2`, the document's `Period` pattern.
    static func isPeriod(_ text: String) -> Bool {
        text.wholeMatch(of: /[0-9]{4}(-(0[1-9]|1[0-2]|S1|S2))?/) != nil
    }
}
