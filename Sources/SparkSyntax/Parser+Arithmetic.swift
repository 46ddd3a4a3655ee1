/// Values combined by `+ - * /`, with the usual precedence and parentheses. What each operation
/// means (money plus money, a date plus a duration, an exact ratio) is the runtime's to say.
extension Parser {
    /// Operators one statement may hold: a chain `1 + 1 + ...` builds a tree as deep as it is
    /// long, and every walk of the tree recurses that deep.
    static let maximumOperators = 256

    // value       = term { ( "+" | "-" ) term } ;
    mutating func parseValue() throws(ParseFailure) -> Expression {
        var left = try parseTerm()
        while token.kind == .plus || token.kind == .minus {
            let op: ArithmeticOperator = token.kind == .plus ? .add : .subtract
            try countOperator()
            let right = try parseTerm()
            left = Expression(
                .binary(op, left, right), SourceRange(start: left.range.start, end: right.range.end))
        }
        return left
    }

    // term        = primary { ( "*" | "/" ) primary } ;
    mutating func parseTerm() throws(ParseFailure) -> Expression {
        var left = try parsePrimary()
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
