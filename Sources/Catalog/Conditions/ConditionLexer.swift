/// Splits a condition into tokens, each with its offset in the text, one at a time as the parser
/// asks: a condition is read only as far as its first error, however long the rest of it is.
struct ConditionLexer {
    enum Token: Equatable {
        case identifier(String)
        case string(String)
        case and, or, not, equal, notEqual, inKeyword, notKeyword
        case leftParen, rightParen, leftBracket, rightBracket, comma
        case end
    }

    struct LexError: Error {
        var message: String
        var offset: Int
    }

    private let chars: [Unicode.Scalar]
    private var index = 0

    init(_ text: String) {
        chars = Array(text.unicodeScalars)
    }

    private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        index + ahead < chars.count ? chars[index + ahead] : nil
    }

    /// The next token; `.end` at the end of the text, as often as asked.
    mutating func next() throws(LexError) -> (token: Token, offset: Int) {
        while let char = peek(), char == " " || char == "\t" || char == "\n" || char == "\r" { index += 1 }
        guard let char = peek() else { return (.end, chars.count) }
        let start = index
        index += 1
        switch char {
        case "(": return (.leftParen, start)
        case ")": return (.rightParen, start)
        case "[": return (.leftBracket, start)
        case "]": return (.rightBracket, start)
        case ",": return (.comma, start)
        case "&", "|", "=":
            guard peek() == char else {
                throw LexError(message: "“\(char)”须连写两个（“\(char)\(char)”）", offset: start)
            }
            index += 1
            return (char == "&" ? .and : char == "|" ? .or : .equal, start)
        case "!":
            guard peek() == "=" else { return (.not, start) }
            index += 1
            return (.notEqual, start)
        case "\"", "'":
            var value = ""
            while let next = peek(), next != char {
                value.unicodeScalars.append(next)
                index += 1
            }
            guard peek() == char else { throw LexError(message: "引号没有闭合；请补上结尾的引号", offset: start) }
            index += 1
            return (.string(value), start)
        default:
            guard Self.isIdentifierCharacter(char) else {
                throw LexError(message: "不能在条件中使用字符“\(char)”；请删去", offset: start)
            }
            var word = String(char)
            while let next = peek(), Self.isIdentifierCharacter(next) || next == "." {
                word.unicodeScalars.append(next)
                index += 1
            }
            switch word {
            case "in": return (.inKeyword, start)
            case "not": return (.notKeyword, start)
            case "and": return (.and, start)
            case "or": return (.or, start)
            default: return (.identifier(word), start)
            }
        }
    }

    private static func isIdentifierCharacter(_ char: Unicode.Scalar) -> Bool {
        (char >= "a" && char <= "z") || (char >= "A" && char <= "Z") || (char >= "0" && char <= "9") || char == "_"
            || char == "-"
    }
}
