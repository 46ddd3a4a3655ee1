/// The statement dispatcher and the clock, looking, composition and learning statements.
extension Parser {
    /// The words that begin a statement, for "did you mean" on a misspelled one.
    static let statementWords = [
        "start", "advance", "now", "creator", "enable", "disable", "post", "make", "authorize", "extend",
        "delete", "turn", "deal", "brand", "redeem", "batch", "campaign", "publish", "pause", "resume",
        "stop",
        "edit", "show", "reveal", "list", "expect", "let", "include", "repeat", "policy", "help", "explain",
    ]

    // statement -> clock | creator-side | brand-side | looking | check | composition | learning
    //            | block | value
    mutating func parseStatement() throws(ParseFailure) -> Statement {
        let start = token.start
        lexerErrorsBeforeStatement = lexerErrorCount
        let kind: StatementKind
        switch token.kind {
        case .word:
            kind = try parseWordStatement()
        case .leftBrace:
            // block -> "{" statements "}"
            kind = .block(try parseStatementBlock())
        case .invalid:
            throw failure("")  // already reported by the lexer
        case .rightBrace:
            throw failure("unexpected `}`", help: "this `}` closes no block")
        case .integer, .money, .duration, .dateTime, .string, .code, .handle, .leftBracket:
            kind = .expression(try parseValue())
        default:
            throw failure("expected a statement, found \(describe(token))")
        }
        return Statement(kind, SourceRange(start: start, end: previousEnd))
    }

    private mutating func parseWordStatement() throws(ParseFailure) -> StatementKind {
        switch token.keyword {
        case .start, .advance, .now: return try parseClock()
        case .creator, .enable, .disable, .post, .make, .authorize, .extend, .delete, .turn, .deal, .edit:
            return try parseCreatorSide()
        case .brand, .redeem, .batch, .campaign, .publish, .pause, .resume, .stop:
            return try parseBrandSide()
        case .show:
            advance()
            return .show(try parseValue())
        case .reveal:
            advance()
            return .reveal(try parseValue())
        case .list: return try parseList()
        case .expect: return try parseExpect()
        case .let: return try parseLet()
        case .include:
            // include -> "include" STRING
            advance()
            checker?.sawInclude()
            return .include(try parseValue())
        case .repeat: return try parseRepeat()
        case .policy:
            // policy -> "policy" NAME NAME
            advance()
            let name = try parseName("a policy name, like `deletion`")
            return .policy(name: name, value: try parseName("a policy value, like `strict`"))
        case .help:
            // help -> "help" [ NAME ]
            advance()
            return .help(topic: token.kind == .word ? try parseName("a topic") : nil)
        case .explain:
            // explain -> "explain" [ value ]
            advance()
            return .explain(token.endsStatement ? nil : try parseValue())
        default:
            return try parseNameStatement()
        }
    }

    /// A word that begins no statement: a bare value (`c`, `video 42`) or a misspelled keyword.
    private mutating func parseNameStatement() throws(ParseFailure) -> StatementKind {
        if token.keyword == .video || peek().endsStatement {
            return .expression(try parseValue())
        }
        let word = text(of: token)
        throw failure(
            "unknown statement `\(word)`", at: token.range,
            help: Parser.didYouMean(word, among: Parser.statementWords))
    }

    // clock -> "start" value | "advance" [ "to" ] value | "now"
    private mutating func parseClock() throws(ParseFailure) -> StatementKind {
        let keyword = token.keyword
        advance()
        switch keyword {
        case .start: return .start(try parseValue())
        case .advance:
            if at(.to) {
                advance()
                return .advanceTo(try parseValue())
            }
            return .advanceBy(try parseValue())
        default: return .now
        }
    }

    // list -> "list" ( "codes" [ "of" value | "in" NAME | "expiring" "within" value ]
    //                | "videos" [ "by" value ] | "campaigns" [ "of" NAME ] | "brands" | "creators" )
    private mutating func parseList() throws(ParseFailure) -> StatementKind {
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
            let things = ["codes", "videos", "campaigns", "brands", "creators"]
            let help =
                token.kind == .word
                ? Parser.didYouMean(text(of: token), among: things) : "write `list codes`, `list videos`, ..."
            throw failure(
                "expected what to list, found \(describe(token))",
                notes: ["lists: codes, videos, campaigns, brands, creators"], help: help)
        }
    }

    // let -> "let" NAME "=" ( statement | value )
    private mutating func parseLet() throws(ParseFailure) -> StatementKind {
        advance()
        let name = try parseName("a name to bind after `let`")
        guard token.kind == .assign else {
            throw failure("expected `=` after `let \(name.name)`, found \(describe(token))")
        }
        advance()
        // The name is bound once its value is parsed, or even if the value is broken: a later use
        // then draws no second, misleading, error.
        defer { bindName(name.name) }
        if token.kind == .word, Parser.beginsStatement(token.keyword) {
            return .bind(name: name, value: try parseStatement())
        }
        let value = try parseValue()
        return .bind(name: name, value: Statement(.expression(value), value.range))
    }

    /// After `let x =`, these words begin a statement whose result is bound; anything else is a value.
    static func beginsStatement(_ keyword: Keyword) -> Bool {
        switch keyword {
        case .start, .advance, .now, .creator, .enable, .disable, .post, .make, .authorize, .extend, .delete,
            .turn, .deal, .brand, .redeem, .batch, .campaign, .publish, .pause, .resume, .stop, .edit, .show,
            .reveal, .list, .expect, .include, .repeat, .policy, .help, .explain:
            true
        default: false
        }
    }

    // repeat -> "repeat" value [ "as" NAME ] block
    private mutating func parseRepeat() throws(ParseFailure) -> StatementKind {
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
}
