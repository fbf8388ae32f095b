/// Splits a condition into tokens, each with its offset in the text.
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

    static func tokenize(_ text: String) throws(LexError) -> [(token: Token, offset: Int)] {
        let chars = Array(text.unicodeScalars)
        var tokens: [(Token, Int)] = []
        var index = 0
        func peek(_ ahead: Int = 0) -> Unicode.Scalar? { index + ahead < chars.count ? chars[index + ahead] : nil }
        while let char = peek() {
            let start = index
            switch char {
            case " ", "\t", "\n", "\r": index += 1
            case "(": tokens.append((.leftParen, start)); index += 1
            case ")": tokens.append((.rightParen, start)); index += 1
            case "[": tokens.append((.leftBracket, start)); index += 1
            case "]": tokens.append((.rightBracket, start)); index += 1
            case ",": tokens.append((.comma, start)); index += 1
            case "&", "|", "=":
                guard peek(1) == char else {
                    throw LexError(message: "'\(char)' must be doubled ('\(char)\(char)')", offset: start)
                }
                tokens.append((char == "&" ? .and : char == "|" ? .or : .equal, start))
                index += 2
            case "!":
                if peek(1) == "=" {
                    tokens.append((.notEqual, start))
                    index += 2
                } else {
                    tokens.append((.not, start))
                    index += 1
                }
            case "\"", "'":
                index += 1
                var value = ""
                while let next = peek(), next != char {
                    value.unicodeScalars.append(next)
                    index += 1
                }
                guard peek() == char else { throw LexError(message: "unterminated string", offset: start) }
                index += 1
                tokens.append((.string(value), start))
            default:
                guard isIdentifierCharacter(char) else {
                    throw LexError(message: "unexpected character '\(char)'", offset: start)
                }
                var word = ""
                while let next = peek(), isIdentifierCharacter(next) || next == "." {
                    word.unicodeScalars.append(next)
                    index += 1
                }
                switch word {
                case "in": tokens.append((.inKeyword, start))
                case "not": tokens.append((.notKeyword, start))
                case "and": tokens.append((.and, start))
                case "or": tokens.append((.or, start))
                default: tokens.append((.identifier(word), start))
                }
            }
        }
        tokens.append((.end, chars.count))
        return tokens
    }

    private static func isIdentifierCharacter(_ char: Unicode.Scalar) -> Bool {
        (char >= "a" && char <= "z") || (char >= "A" && char <= "Z") || (char >= "0" && char <= "9") || char == "_"
            || char == "-"
    }
}
