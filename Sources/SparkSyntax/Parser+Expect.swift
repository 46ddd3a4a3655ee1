/// Scenario checks: `expect` a state, a property, or an error.
extension Parser {
    static let stateWords = Language.stateWords

    // expect       = "expect" value "is" [ "not" ] name
    //              | "expect" name "of" value comparison value
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
        if token.kind == .word, peek().kind == .word, peek().keyword == .of {
            let property = try parseName("a property")
            advance()  // of
            let subject = try parseValue()
            let comparison = try parseComparison()
            guard !token.endsStatement else {
                throw failure(
                    "expected a value after `\(comparison.rawValue)`",
                    help: "compare with a value: `expect likes of video 42 > 0`")
            }
            return .expectProperty(
                property: property, subject: subject, op: comparison, value: try parseValue())
        }
        let subject = try parseValue()
        guard at(.is) else {
            throw failure(
                "expected `is` after the subject, found \(describe(token))",
                help: "write `expect c is active` or `expect likes of video 42 > 0`")
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
        return .expectState(subject: subject, negated: negated, state: try parseName("a state"))
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
