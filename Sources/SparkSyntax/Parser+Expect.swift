/// Scenario checks: `expect` a state, a property, or an error.
extension Parser {
    static let stateWords = Language.stateWords

    // expect       = "expect" value "is" [ "not" ] name
    //              | "expect" value comparison value
    //              | expect-error ;
    mutating func parseExpect() throws(ParseFailure) -> StatementKind {
        advance()
        if at(.error) {
            switch peek().kind {
            case .leftBrace, .integer, .string:
                advance()
                return try parseExpectError()
            default:
                break
            }
        }
        let subject = try parseValue()
        guard at(.is) else {
            guard Parser.isComparison(token.kind) else {
                throw failure(
                    "expected `is` or a comparison after the value, found \(describe(token))",
                    help: "write `expect c is active` or `expect likes of video 42 > 0`")
            }
            let comparison = try parseComparison()
            guard !token.endsStatement else {
                throw failure(
                    "expected a value after `\(comparison.rawValue)`",
                    help: "compare with a value: `expect likes of video 42 > 0`")
            }
            let other = try parseValue()
            if checker != nil { checkMoney(subject, other) }
            return .expectComparison(left: subject, op: comparison, right: other)
        }
        advance()
        var negated = false
        if at(.not) {
            negated = true
            advance()
        }
        guard token.kind == .word else {
            throw failure(
                "expected a state after `\(negated ? "not" : "is")`, found \(describe(token))",
                notes: ["states: \(Parser.stateWords.joined(separator: ", "))"])
        }
        let state = try parseName("a state")
        if checker != nil, !Parser.stateWords.contains(state.name) {
            addProblem(
                Diagnostic(
                    .warning, "`\(state.name)` is not a state of anything", file: file, range: state.range,
                    notes: ["states: \(Parser.stateWords.joined(separator: ", "))"],
                    help: Language.stateAliases[state.name].map { "did you mean `\($0)`?" }
                        ?? Parser.didYouMean(state.name, among: Parser.stateWords)))
        }
        return .expectState(subject: subject, negated: negated, state: state)
    }

    static func isComparison(_ kind: TokenKind) -> Bool {
        switch kind {
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual, .assign: true
        default: false
        }
    }

    /// `expect spend of campaign "w" == 100`: money compared with a plain number can never hold.
    private mutating func checkMoney(_ left: Expression, _ right: Expression) {
        for (property, number) in [(left, right), (right, left)] {
            guard case .property(let name, _) = property.kind, Language.moneyProperties.contains(name.name)
            else { continue }
            let written: String
            switch number.kind {
            case .integer(let value): written = String(value)
            case .decimal:
                written = text(of: Token(.decimal, start: number.range.start, end: number.range.end))
            default: continue
            }
            addProblem(
                Diagnostic(
                    .warning, "`\(name.name)` is money, compared here with a plain number", file: file,
                    range: number.range, help: "money is written `$\(written)`"))
        }
    }

    // comparison   = "==" | "!=" | "<" | "<=" | ">" | ">=" ;
    mutating func parseComparison() throws(ParseFailure) -> ComparisonOperator {
        let comparison: ComparisonOperator
        switch token.kind {
        case .equal: comparison = .equal
        case .notEqual: comparison = .notEqual
        case .less: comparison = .less
        case .lessOrEqual: comparison = .lessOrEqual
        case .greater: comparison = .greater
        case .greaterOrEqual: comparison = .greaterOrEqual
        case .assign:
            throw failure("expected a comparison, found `=`", help: "compare with `==`")
        default:
            throw failure(
                "expected a comparison (== != < <= > >=), found \(describe(token))",
                help: "write `expect likes of video 42 > 0`")
        }
        advance()
        return comparison
    }

    // expect-error = "expect" "error" [ integer | string ] block ;
    mutating func parseExpectError() throws(ParseFailure) -> StatementKind {
        var matcher: ErrorMatcher?
        if token.kind == .integer {
            guard token.number <= UInt64(Int.max) else { throw failure("error number is too large") }
            matcher = .number(Int(token.number), token.range)
            advance()
        } else if token.kind == .string {
            matcher = .text(stringValue(of: token), token.range)
            advance()
        }
        checker?.expectErrorDepth += 1
        defer { checker?.expectErrorDepth -= 1 }
        return .expectError(matcher, body: try parseStatementBlock())
    }
}
