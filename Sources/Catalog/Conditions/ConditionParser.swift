/// A recursive-descent parser for conditions: `||` binds looser than `&&`, which binds looser than `!`.
struct ConditionParser {
    struct ParseError: Error {
        enum Kind { case syntax, tooLong }
        var kind = Kind.syntax
        var message: String
        var offset: Int
    }

    typealias Expression = Condition.Expression
    private var lexer: ConditionLexer
    private var current: (token: ConditionLexer.Token, offset: Int) = (.end, 0)
    private var depth = 0
    private var terms = 0

    static func parse(_ text: String) throws(ParseError) -> Expression {
        var parser = ConditionParser(lexer: ConditionLexer(text))
        try parser.advance()
        let expression = try parser.parseOr()
        guard parser.current.token == .end else {
            throw ParseError(message: "unexpected text after the condition", offset: parser.current.offset)
        }
        return expression
    }

    private init(lexer: ConditionLexer) {
        self.lexer = lexer
    }

    private mutating func advance() throws(ParseError) {
        do {
            current = try lexer.next()
        } catch {
            throw ParseError(message: error.message, offset: error.offset)
        }
    }

    private mutating func parseOr() throws(ParseError) -> Expression {
        var left = try parseAnd()
        while current.token == .or {
            try advance()
            left = .or(left, try parseAnd())
        }
        return left
    }

    private mutating func parseAnd() throws(ParseError) -> Expression {
        var left = try parseUnary()
        while current.token == .and {
            try advance()
            left = .and(left, try parseUnary())
        }
        return left
    }

    private mutating func parseUnary() throws(ParseError) -> Expression {
        depth += 1
        defer { depth -= 1 }
        guard depth < 64 else { throw ParseError(message: "condition is nested too deeply", offset: current.offset) }
        if current.token == .not {
            try advance()
            return .not(try parseUnary())
        }
        if current.token == .leftParen {
            try advance()
            let inner = try parseOr()
            guard current.token == .rightParen else {
                throw ParseError(message: "expected ')'", offset: current.offset)
            }
            try advance()
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
        try advance()
        if name == "true" || name == "false" { return .literal(name == "true") }
        switch current.token {
        case .equal, .notEqual:
            let negated = current.token == .notEqual
            try advance()
            return .membership(fact, values: [try parseValue()], negated: negated)
        case .inKeyword:
            try advance()
            return .membership(fact, values: try parseList(), negated: false)
        case .notKeyword:
            try advance()
            guard current.token == .inKeyword else {
                throw ParseError(message: "expected 'in' after 'not'", offset: current.offset)
            }
            try advance()
            return .membership(fact, values: try parseList(), negated: true)
        default:
            return .fact(fact)
        }
    }

    private mutating func parseValue() throws(ParseError) -> Condition.ValueUse {
        let offset = current.offset
        switch current.token {
        case .string(let value):
            try advance()
            return .init(value: value, isBoolean: false, offset: offset)
        case .identifier(let word) where word == "true" || word == "false":
            try advance()
            return .init(value: word, isBoolean: true, offset: offset)
        default:
            throw ParseError(message: "expected a quoted value such as \"lost\"", offset: offset)
        }
    }

    private mutating func parseList() throws(ParseError) -> [Condition.ValueUse] {
        guard current.token == .leftBracket else {
            throw ParseError(message: "expected '[' to start a list of values", offset: current.offset)
        }
        try advance()
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
                try advance()
            } else if current.token != .rightBracket {
                throw ParseError(message: "expected ',' or ']'", offset: current.offset)
            }
        }
        try advance()
        guard !values.isEmpty else {
            throw ParseError(message: "the list of values is empty", offset: current.offset)
        }
        return values
    }
}
