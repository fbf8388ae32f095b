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
            throw ParseError(message: "条件后面有多余的文字；请删去或用 and、or 连接", offset: parser.current.offset)
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
        guard depth < 64 else { throw ParseError(message: "条件的括号嵌套太深；请拆成几条较简单的条件", offset: current.offset) }
        if current.token == .not {
            try advance()
            return .not(try parseUnary())
        }
        if current.token == .leftParen {
            try advance()
            let inner = try parseOr()
            guard current.token == .rightParen else {
                throw ParseError(message: "这里缺少“)”；请补上右括号", offset: current.offset)
            }
            try advance()
            return inner
        }
        return try parseComparison()
    }

    private mutating func parseComparison() throws(ParseError) -> Expression {
        guard case .identifier(let name) = current.token else {
            throw ParseError(message: "这里应写一个情况，如 applicant.level", offset: current.offset)
        }
        terms += 1
        guard terms <= Condition.maximumTerms else {
            throw ParseError(
                kind: .tooLong,
                message: "条件超过 \(Condition.maximumTerms) 项；请拆分规则，或用“in [...]”列出取值",
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
                throw ParseError(message: "not 后面应写 in；请写成“not in [...]”", offset: current.offset)
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
            throw ParseError(message: "这里应写带引号的取值，如 \"lost\"", offset: offset)
        }
    }

    private mutating func parseList() throws(ParseError) -> [Condition.ValueUse] {
        guard current.token == .leftBracket else {
            throw ParseError(message: "取值列表应以“[”开头；请补上", offset: current.offset)
        }
        try advance()
        var values: [Condition.ValueUse] = []
        while current.token != .rightBracket {
            guard values.count < Condition.maximumTerms else {
                throw ParseError(
                    kind: .tooLong,
                    message: "列表超过 \(Condition.maximumTerms) 个取值，没有哪个情况有这么多取值；请删减",
                    offset: current.offset)
            }
            values.append(try parseValue())
            if current.token == .comma {
                try advance()
            } else if current.token != .rightBracket {
                throw ParseError(message: "这里应写“,”或“]”", offset: current.offset)
            }
        }
        try advance()
        guard !values.isEmpty else {
            throw ParseError(message: "取值列表是空的；请至少写一个取值", offset: current.offset)
        }
        return values
    }
}
