/// A recursive-descent parser for conditions: `||` binds looser than `&&`, which binds looser than `!`.
struct ConditionParser {
    struct ParseError: Error {
        enum Kind { case syntax, tooLong }
        var kind = Kind.syntax
        var message: String
        var offset: Int
    }

    typealias Expression = Condition.Expression
    private let tokens: [(token: ConditionLexer.Token, offset: Int)]
    private var position = 0
    private var depth = 0
    private var terms = 0

    static func parse(_ text: String) throws(ParseError) -> Expression {
        let tokens: [(token: ConditionLexer.Token, offset: Int)]
        do {
            tokens = try ConditionLexer.tokenize(text)
        } catch {
            throw ParseError(message: error.message, offset: error.offset)
        }
        var parser = ConditionParser(tokens: tokens)
        let expression = try parser.parseOr()
        guard parser.current.token == .end else {
            throw ParseError(message: "unexpected text after the condition", offset: parser.current.offset)
        }
        return expression
    }

    private init(tokens: [(token: ConditionLexer.Token, offset: Int)]) {
        self.tokens = tokens
    }

    private var current: (token: ConditionLexer.Token, offset: Int) { tokens[position] }

    private mutating func advance() { position = min(position + 1, tokens.count - 1) }

    private mutating func parseOr() throws(ParseError) -> Expression {
        var left = try parseAnd()
        while current.token == .or {
            advance()
            left = .or(left, try parseAnd())
        }
        return left
    }

    private mutating func parseAnd() throws(ParseError) -> Expression {
        var left = try parseUnary()
        while current.token == .and {
            advance()
            left = .and(left, try parseUnary())
        }
        return left
    }

    private mutating func parseUnary() throws(ParseError) -> Expression {
        depth += 1
        defer { depth -= 1 }
        guard depth < 64 else { throw ParseError(message: "condition is nested too deeply", offset: current.offset) }
        if current.token == .not {
            advance()
            return .not(try parseUnary())
        }
        if current.token == .leftParen {
            advance()
            let inner = try parseOr()
            guard current.token == .rightParen else {
                throw ParseError(message: "expected ')'", offset: current.offset)
            }
            advance()
            return inner
        }
        return try parseComparison()
    }

    private mutating func parseComparison() throws(ParseError) -> Expression {
        guard case .identifier(let name) = current.token else {
            throw ParseError(message: "expected a fact such as applicant.level", offset: current.offset)
        }
        terms += 1
        guard terms <= Condition.maximumTerms else {
            throw ParseError(
                kind: .tooLong,
                message: "condition has more than \(Condition.maximumTerms) terms; split the rule, "
                    + "or list the values with 'in [...]'",
                offset: current.offset)
        }
        let fact = Condition.FactUse(id: name, offset: current.offset)
        advance()
        if name == "true" || name == "false" { return .literal(name == "true") }
        switch current.token {
        case .equal, .notEqual:
            let negated = current.token == .notEqual
            advance()
            return .membership(fact, values: [try parseValue()], negated: negated)
        case .inKeyword:
            advance()
            return .membership(fact, values: try parseList(), negated: false)
        case .notKeyword:
            advance()
            guard current.token == .inKeyword else {
                throw ParseError(message: "expected 'in' after 'not'", offset: current.offset)
            }
            advance()
            return .membership(fact, values: try parseList(), negated: true)
        default:
            return .fact(fact)
        }
    }

    private mutating func parseValue() throws(ParseError) -> Condition.ValueUse {
        let offset = current.offset
        switch current.token {
        case .string(let value):
            advance()
            return .init(value: value, isBoolean: false, offset: offset)
        case .identifier(let word) where word == "true" || word == "false":
            advance()
            return .init(value: word, isBoolean: true, offset: offset)
        default:
            throw ParseError(message: "expected a quoted value such as \"lost\"", offset: offset)
        }
    }

    private mutating func parseList() throws(ParseError) -> [Condition.ValueUse] {
        guard current.token == .leftBracket else {
            throw ParseError(message: "expected '[' to start a list of values", offset: current.offset)
        }
        advance()
        var values: [Condition.ValueUse] = []
        while current.token != .rightBracket {
            guard values.count < Condition.maximumTerms else {
                throw ParseError(
                    kind: .tooLong,
                    message: "list has more than \(Condition.maximumTerms) values; a fact never allows that many",
                    offset: current.offset)
            }
            values.append(try parseValue())
            if current.token == .comma {
                advance()
            } else if current.token != .rightBracket {
                throw ParseError(message: "expected ',' or ']'", offset: current.offset)
            }
        }
        advance()
        guard !values.isEmpty else {
            throw ParseError(message: "the list of values is empty", offset: current.offset)
        }
        return values
    }
}
