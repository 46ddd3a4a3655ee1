/// Values combined by `+ - * /`, with the usual precedence and parentheses. What each operation
/// means (money plus money, a date plus a duration, an exact ratio) is the runtime's to say.
extension Parser {
    /// Operators one statement may hold: a chain `1 + 1 + ...` builds a tree as deep as it is
    /// long, and every walk of the tree recurses that deep.
    static let maximumOperators = 256

    /// The hot path is a lone primary (`42`, `c`, `@alice`): it returns as soon as no operator
    /// follows, without a level of call per precedence.
    // value       = term { ( "+" | "-" ) term } ;
    mutating func parseValue() throws(ParseFailure) -> Expression {
        let current = token
        // A lone literal is built straight into the result, as most values of a large script are.
        let kind: ExpressionKind
        switch current.kind {
        case .integer: kind = .integer(current.number)
        case .money: kind = .money(cents: Int64(bitPattern: current.number))
        case .duration: kind = .timeSpan(TimeSpan(amount: Int64(current.number), unit: current.unit))
        case .string where !current.hasBraces && !current.makesHandle:
            kind = .string(stringValue(of: current))
        case .code: kind = .code(text(of: current))
        case .handle: kind = .handle(text(of: current, droppingFirst: 1))
        default:
            let first = try parsePrimary()
            return Parser.isArithmetic(token.kind) ? try parseOperators(after: first) : first
        }
        advance()
        if !Parser.isArithmetic(token.kind) { return Expression(kind, current.range) }
        return try parseOperators(after: Expression(kind, current.range))
    }

    @inline(__always)
    static func isArithmetic(_ kind: TokenKind) -> Bool {
        switch kind {
        case .plus, .minus, .star, .slash: true
        default: false
        }
    }

    /// The rest of a value whose first primary is parsed: `*` and `/` first, then `+` and `-`.
    // value       = term { ( "+" | "-" ) term } ;
    private mutating func parseOperators(after first: Expression) throws(ParseFailure) -> Expression {
        var left = try parseTerm(after: first)
        while token.kind == .plus || token.kind == .minus {
            let op: ArithmeticOperator = token.kind == .plus ? .add : .subtract
            try countOperator()
            let right = try parseTerm(after: try parsePrimary())
            left = Expression(
                .binary(op, left, right), SourceRange(start: left.range.start, end: right.range.end))
        }
        return left
    }

    // term        = primary { ( "*" | "/" ) primary } ;
    private mutating func parseTerm(after first: Expression) throws(ParseFailure) -> Expression {
        var left = first
        while token.kind == .star || token.kind == .slash {
            let op: ArithmeticOperator = token.kind == .star ? .multiply : .divide
            try countOperator()
            let right = try parsePrimary()
            left = Expression(
                .binary(op, left, right), SourceRange(start: left.range.start, end: right.range.end))
        }
        return left
    }

    /// `( value )`: nests one level deeper, against the same limit as `[` and `{`.
    // primary     = integer | decimal | money | duration | date | string | code | handle | made-handle
    //             | list | "(" value ")" | property | reference ;
    mutating func parseParenthesized() throws(ParseFailure) -> Expression {
        let start = token.start
        try enterReference()
        advance()
        let inner = try parseValue()
        guard token.kind == .rightParen else {
            throw failure("expected `)` to close the `(`, found \(describe(token))")
        }
        bracketDepth -= 1
        let end = token.end
        advance()
        return Expression(inner.kind, SourceRange(start: start, end: end))
    }

    /// Consumes an operator, refusing more than `maximumOperators` in one statement.
    private mutating func countOperator() throws(ParseFailure) {
        operatorCount += 1
        guard operatorCount <= Parser.maximumOperators else {
            var tooMany = failure(
                "too many operators in one statement",
                notes: ["spark allows \(Parser.maximumOperators) operators in a statement"],
                help: "bind part of the value with `let` first")
            tooMany.isFatal = true
            throw tooMany
        }
        advance()
    }

    /// True when `token`, after a word, continues a value rather than a statement: an operator.
    static func continuesValue(_ token: Token) -> Bool {
        switch token.kind {
        case .plus, .minus, .star, .slash: true
        case .word: token.keyword == .of
        default: false
        }
    }
}
