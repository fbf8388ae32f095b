/// A parsed condition over facts, such as `applicant.level == "postgraduate" && card.reason in ["lost"]`.
public struct Condition: Sendable {
    /// The most comparisons one condition may hold, and values one `in [...]` list may hold. The
    /// shipped catalog's longest has two; a clerk cannot read a hundred, and the checks and the
    /// notice walk a condition recursively, so a runaway one (10,000 terms pasted in) must be
    /// refused before it is built.
    public static let maximumTerms = 100

    public var source: String
    public var expression: Expression
    /// Where the condition's text starts; `location(at:)` turns an `Expression` offset into a position.
    public var location: SourceLocation
    /// Where each character of `source` was written, when quotes, escapes or folded lines put them
    /// elsewhere than `location` plus the offset.
    var positions: [SourceLocation]?

    init(source: String, expression: Expression, location: SourceLocation, positions: [SourceLocation]? = nil) {
        self.source = source
        self.expression = expression
        let start = positions?.first ?? location
        self.location = start
        // Positions that only count columns from the start say nothing `location(at:)` would not
        // work out, and cost 32 bytes a character for every condition of the catalog.
        let counted = positions?.enumerated().allSatisfy { $0.element == start.advanced(by: $0.offset) } ?? true
        self.positions = counted ? nil : positions
    }

    /// Where the character at `offset` (in Unicode scalars of `source`) was written in the file.
    public func location(at offset: Int) -> SourceLocation {
        Self.location(at: offset, start: location, positions: positions)
    }

    /// Past the last character (an error at the end of the text), one column after it.
    static func location(at offset: Int, start: SourceLocation, positions: [SourceLocation]?) -> SourceLocation {
        guard let positions, !positions.isEmpty else { return start.advanced(by: offset) }
        if offset < positions.count { return positions[max(offset, 0)] }
        return positions[positions.count - 1].advanced(by: offset - positions.count + 1)
    }

    public indirect enum Expression: Sendable {
        /// A boolean fact, true when the fact is true.
        case fact(FactUse)
        case literal(Bool)
        /// The fact's value is (or, negated, is not) one of `values`.
        case membership(FactUse, values: [ValueUse], negated: Bool)
        case not(Expression)
        case and(Expression, Expression)
        case or(Expression, Expression)
    }

    public struct FactUse: Sendable {
        public var id: String
        public var offset: Int
    }

    public struct ValueUse: Sendable {
        /// The literal: a string, or `true`/`false` for boolean facts.
        public var value: String
        public var isBoolean: Bool
        public var offset: Int
    }

    /// The ids of every fact the condition reads, in order of appearance.
    public var facts: [String] {
        var ids: [String] = []
        func walk(_ expression: Expression) {
            switch expression {
            case .fact(let use): ids.append(use.id)
            case .membership(let use, _, _): ids.append(use.id)
            case .literal: break
            case .not(let inner): walk(inner)
            case .and(let lhs, let rhs), .or(let lhs, let rhs):
                walk(lhs)
                walk(rhs)
            }
        }
        walk(expression)
        return ids
    }

    /// Evaluates with three-valued logic: `nil` when a fact it needs is not known.
    public func evaluate(_ facts: [String: String]) -> Bool? {
        Self.evaluate(expression, facts)
    }

    private static func evaluate(_ expression: Expression, _ facts: [String: String]) -> Bool? {
        switch expression {
        case .literal(let value): return value
        case .fact(let use): return facts[use.id].map { $0 == "true" }
        case .membership(let use, let values, let negated):
            guard let actual = facts[use.id] else { return nil }
            return values.contains { $0.value == actual } != negated
        case .not(let inner): return evaluate(inner, facts).map { !$0 }
        case .and(let lhs, let rhs):
            let left = evaluate(lhs, facts)
            let right = evaluate(rhs, facts)
            if left == false || right == false { return false }
            return left == nil || right == nil ? nil : true
        case .or(let lhs, let rhs):
            let left = evaluate(lhs, facts)
            let right = evaluate(rhs, facts)
            if left == true || right == true { return true }
            return left == nil || right == nil ? nil : false
        }
    }
}
