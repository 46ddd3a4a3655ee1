/// The statement dispatcher and the clock, looking, composition and learning statements.
extension Parser {
    /// The words that begin a statement, for "did you mean" on a misspelled one.
    static let statementWords = Language.statementWords

    // statement  = start | advance | now
    //            | creator | account-ads | post | make | authorize | extend | delete | turn | deal
    //            | brand | redeem | batch | unbind | edit | campaign | campaign-action
    //            | show | reveal | listing | expect
    //            | let | append | for | include | repeat | policy | help | explain
    //            | block | value ;
    mutating func parseStatement() throws(ParseFailure) -> Statement {
        let start = token.start
        lexerErrorsBeforeStatement = lexerErrorCount
        operatorCount = 0
        let kind: StatementKind
        switch token.kind {
        case .word:
            // The language table's statements (Parser+Dispatch.swift, generated), else a bare value.
            if let statement = try dispatchStatement(token.keyword) {
                kind = statement
            } else if token.keyword == .video || peek().endsStatement || Parser.continuesValue(peek()) {
                kind = .expression(try parseValue())
            } else {
                let word = text(of: token)
                throw failure(
                    "unknown statement `\(word)`", at: token.range,
                    help: Parser.didYouMean(word, among: Parser.statementWords))
            }
        case .leftBrace:
            kind = .block(try parseStatementBlock())
        case .invalid:
            throw failure("")  // already reported by the lexer
        case .rightBrace:
            throw failure("unexpected `}`", help: "this `}` closes no block")
        case .integer, .decimal, .money, .duration, .dateTime, .string, .code, .handle, .leftBracket,
            .leftParen:
            kind = .expression(try parseValue())
        default:
            throw failure("expected a statement, found \(describe(token))")
        }
        return Statement(kind, SourceRange(start: start, end: previousEnd))
    }

    // start      = "start" value ;
    mutating func parseStart() throws(ParseFailure) -> StatementKind {
        advance()
        return .start(try parseValue())
    }

    // advance    = "advance" [ "to" ] value ;
    mutating func parseAdvance() throws(ParseFailure) -> StatementKind {
        advance()
        if at(.to) {
            advance()
            return .advanceTo(try parseValue())
        }
        return .advanceBy(try parseValue())
    }

    // now        = "now" ;
    mutating func parseNow() throws(ParseFailure) -> StatementKind {
        advance()
        return .now
    }

    // show       = "show" value ;
    mutating func parseShow() throws(ParseFailure) -> StatementKind {
        advance()
        return .show(try parseValue())
    }

    // reveal     = "reveal" value ;
    mutating func parseReveal() throws(ParseFailure) -> StatementKind {
        advance()
        return .reveal(try parseValue())
    }

    // listing    = "list" ( "codes" [ "of" value | "in" brand-name | "expiring" "within" value ]
    //                     | "videos" [ "by" value ] | "campaigns" [ "of" brand-name ] | "brands" | "creators" ) ;
    mutating func parseListing() throws(ParseFailure) -> StatementKind {
        advance()
        let keyword = token.kind == .word ? token.keyword : .none
        switch keyword {
        case .codes:
            advance()
            if at(.of) {
                advance()
                return .list(.codes(.ofCreator(try parseValue())))
            } else if at(.in) {
                advance()
                return .list(.codes(.inBrand(try parseBrandName(after: "in"))))
            } else if at(.expiring) {
                advance()
                try expect(.within, "after `expiring`")
                return .list(.codes(.expiringWithin(try parseValue())))
            }
            return .list(.codes(nil))
        case .videos:
            advance()
            if at(.by) {
                advance()
                return .list(.videos(by: try parseValue()))
            }
            return .list(.videos(by: nil))
        case .campaigns:
            advance()
            if at(.of) {
                advance()
                return .list(.campaigns(of: try parseBrandName(after: "of")))
            }
            return .list(.campaigns(of: nil))
        case .brands:
            advance()
            return .list(.brands)
        case .creators:
            advance()
            return .list(.creators)
        default:
            let things = Parser.listedThings
            let help =
                token.kind == .word
                ? Parser.didYouMean(text(of: token), among: things) : "write `list codes`, `list videos`, ..."
            throw failure(
                "expected what to list, found \(describe(token))",
                notes: ["lists: \(things.joined(separator: ", "))"], help: help)
        }
    }

    /// The second words of the table's `list` forms: codes, videos, campaigns, brands, creators.
    static let listedThings: [String] = (Language.statement("list")?.patterns ?? []).compactMap { form in
        guard form.count > 1, case .words(let words) = form[1] else { return nil }
        return words.first
    }

    // let        = "let" name "=" ( statement | value ) ;
    mutating func parseLet() throws(ParseFailure) -> StatementKind {
        advance()
        let name = try parseName("a name to bind after `let`")
        guard token.kind == .assign else {
            throw failure("expected `=` after `let \(name.name)`, found \(describe(token))")
        }
        advance()
        // The name is bound once its value is parsed, or even if the value is broken: a later use
        // then draws no second, misleading, error.
        defer { bindName(name.name) }
        if token.kind == .word, token.keyword.beginsStatement {
            return .bind(name: name, value: try parseStatement())
        }
        let value = try parseValue()
        return .bind(name: name, value: Statement(.expression(value), value.range))
    }

    // append     = "append" value "to" name ;
    mutating func parseAppend() throws(ParseFailure) -> StatementKind {
        advance()
        let value = try parseValue()
        try expect(.to, "between the value and the list")
        guard token.kind == .word else {
            throw failure(
                "expected the name of a list after `to`, found \(describe(token))",
                help: "bind a list first, `let codes = []`, then `append c to codes`")
        }
        let list = try parseName("the name of a list")
        if checker != nil { checkUse(list) }
        return .append(value: value, list: list)
    }

    // for        = "for" name "in" value block ;
    mutating func parseFor() throws(ParseFailure) -> StatementKind {
        advance()
        guard token.kind == .word, !at(.in) else {
            throw failure(
                "expected a name for each item after `for`, found \(describe(token))",
                help: "write `for c in codes { show c }`")
        }
        let variable = try parseName("a name for each item")
        try expect(.in, "after `for \(variable.name)`")
        let list = try parseValue()
        bindName(variable.name)
        return .forEach(variable: variable, list: list, body: try parseStatementBlock())
    }

    // include    = "include" string ;
    mutating func parseInclude() throws(ParseFailure) -> StatementKind {
        advance()
        checker?.sawInclude()
        return .include(try parseValue())
    }

    // repeat     = "repeat" value [ "as" name ] block ;
    mutating func parseRepeat() throws(ParseFailure) -> StatementKind {
        advance()
        let count = try parseValue()
        var variable: Identifier?
        if at(.as) {
            advance()
            let counter = try parseName("a name for the counter after `as`")
            bindName(counter.name)
            variable = counter
        }
        return .repeatBlock(count: count, variable: variable, body: try parseStatementBlock())
    }

    // policy     = "policy" name name ;
    mutating func parsePolicy() throws(ParseFailure) -> StatementKind {
        advance()
        let name = try parseName("a policy name, like `deletion`")
        return .policy(name: name, value: try parseName("a policy value, like `strict`"))
    }

    // help       = "help" [ name ] ;
    mutating func parseHelp() throws(ParseFailure) -> StatementKind {
        advance()
        return .help(topic: token.kind == .word ? try parseName("a topic") : nil)
    }

    // explain    = "explain" [ value ] ;
    mutating func parseExplain() throws(ParseFailure) -> StatementKind {
        advance()
        return .explain(token.endsStatement ? nil : try parseValue())
    }
}
