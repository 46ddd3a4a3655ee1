/// Values: literals, names, handles, lists, properties and the `video` / `campaign` / `brand`
/// references (the operators that combine them are in `Parser+Arithmetic.swift`).
extension Parser {
    // primary     = integer | decimal | money | duration | date | string | code | handle | made-handle
    //             | list | "(" value ")" | property | reference ;
    // made-handle = "@" string ;
    mutating func parsePrimary() throws(ParseFailure) -> Expression {
        let current = token
        let kind: ExpressionKind
        switch current.kind {
        case .integer: kind = .integer(current.number)
        case .decimal: kind = .decimal(digits: current.number, scale: current.scale)
        case .money: kind = .money(cents: Int64(bitPattern: current.number))
        case .duration: kind = .timeSpan(TimeSpan(amount: Int64(current.number), unit: current.unit))
        case .dateTime:
            kind = .dateTime(
                DateTimeLiteral(
                    secondsSinceEpoch: Int64(bitPattern: current.number), hasTime: current.hasTime))
        case .string:
            let text =
                current.hasBraces
                ? try parseInterpolation(current)
                : Expression(.string(stringValue(of: current)), current.range)
            advance()
            guard current.makesHandle else { return text }
            if case .string(let literal) = text.kind, !Names.isHandle(literal) {
                throw failure("`@\(literal)` is not a handle", at: current.range, notes: [Names.handleRule])
            }
            return Expression(.madeHandle(text), current.range)
        case .leftParen: return try parseParenthesized()
        case .code: kind = .code(text(of: current))
        case .handle: kind = .handle(text(of: current, droppingFirst: 1))
        case .leftBracket: return try parseList()
        case .word:
            return try parseWordValue()
        default:
            throw failure("expected a value, found \(describe(current))")
        }
        advance()
        return Expression(kind, current.range)
    }

    // reference   = "video" primary | "campaign" primary | "brand" ( word | string ) | word ;
    // property    = name "of" primary ;
    private mutating func parseWordValue() throws(ParseFailure) -> Expression {
        let current = token
        switch current.keyword {
        case .video, .campaign:
            if Parser.startsValue(peek()) {
                try enterReference()
                advance()
                let inner = try parsePrimary()
                bracketDepth -= 1
                let range = SourceRange(start: current.start, end: inner.range.end)
                return Expression(current.keyword == .video ? .video(inner) : .campaign(inner), range)
            }
        case .brand:
            if Parser.startsValue(peek()), peek().kind == .word {
                advance()
                let name = try parseName("a brand name")
                return Expression(.brand(name), SourceRange(start: current.start, end: name.range.end))
            }
            if peek().kind == .string, !peek().makesHandle {
                advance()
                let made = try parseMadeBrandName()
                return Expression(.madeBrand(made), SourceRange(start: current.start, end: made.range.end))
            }
        default:
            break
        }
        advance()
        let name = Identifier(text(of: current), current.range)
        // `spend of ...`: known only once the word is consumed (no lookahead on the hot path).
        if token.kind == .word, token.keyword == .of { return try parseProperty(name) }
        if checker != nil { checkUse(name) }
        return Expression(.name(name), current.range)
    }

    /// `spend of campaign "x"`: the property's word is checked against the table's (a warning: the
    /// runtime reports it as a failed check).
    // property    = name "of" primary ;
    private mutating func parseProperty(_ name: Identifier) throws(ParseFailure) -> Expression {
        advance()  // of
        try enterReference()
        let subject = try parsePrimary()
        bracketDepth -= 1
        if checker != nil, !Language.propertyWords.contains(name.name) {
            addProblem(
                Diagnostic(
                    .warning, "`\(name.name)` is not a property of anything", file: file, range: name.range,
                    notes: ["properties: " + Language.propertyWords.joined(separator: ", ")],
                    help: Parser.didYouMean(name.name, among: Language.propertyWords)))
        }
        return Expression(
            .property(name, subject), SourceRange(start: name.range.start, end: subject.range.end))
    }

    /// A `video` or `campaign` reference nests its value one level deeper, as a `[` does, and counts
    /// against the same limit (in `bracketDepth`, which recovery resets): a chain of thirty thousand
    /// `video`s would otherwise recurse here, and in every walk of the tree, until the stack ran out.
    mutating func enterReference() throws(ParseFailure) {
        guard braceDepth + bracketDepth >= Parser.maximumNesting else {
            bracketDepth += 1
            return
        }
        var tooDeep = failure(
            "value nested too deeply", at: token.range,
            notes: [
                "spark allows \(Parser.maximumNesting) levels of `{`, `[` and `video`/`campaign` references"
            ])
        tooDeep.isFatal = true
        throw tooDeep
    }

    /// True when `token` can begin a value, so `video` before it is the `video EXPR` reference and not
    /// a binding named `video`. Linking words (`is`, `as`, `of`, ...) never begin a value.
    static func startsValue(_ token: Token) -> Bool {
        switch token.kind {
        case .integer, .decimal, .money, .duration, .dateTime, .string, .code, .handle, .leftBracket,
            .leftParen:
            true
        case .word:
            switch token.keyword {
            case .is, .as, .of, .by, .for, .to, .in, .with, .not, .from: false
            default: true
            }
        default: false
        }
    }

    // list       = "[" [ value { "," value } [ "," ] ] "]" ;
    mutating func parseList() throws(ParseFailure) -> Expression {
        let start = token.start
        try enterNesting()
        var items: [Expression] = []
        while true {
            skipNewlines()
            if token.kind == .rightBracket { break }
            items.append(try parseValue())
            skipNewlines()
            if token.kind == .comma {
                advance()
                continue
            }
            if token.kind == .rightBracket { break }
            throw failure("expected `,` or `]` in the list, found \(describe(token))")
        }
        let end = token.end
        advanceCountingDepth()
        return Expression(.list(items), SourceRange(start: start, end: end))
    }

    /// A brand named after `as`, `with`, `in`, `of`, `by` or `from`: a word, or `brand "brand{i}"`.
    // brand-name  = word | "brand" string ;
    mutating func parseBrandName(after word: String) throws(ParseFailure) -> BrandName {
        guard token.kind == .word else {
            throw failure(
                "expected a brand name after `\(word)`, found \(describe(token))",
                help: "brands are declared with `brand acme \"Acme Outdoor\"`")
        }
        if at(.brand), peek().kind == .string, !peek().makesHandle {
            advance()
            return .made(try parseMadeBrandName())
        }
        return .written(try parseName("a brand name"))
    }

    /// `brand "brand{i}"`: the string, which must be a word when it interpolates nothing.
    // brand-name  = word | "brand" string ;
    mutating func parseMadeBrandName() throws(ParseFailure) -> Expression {
        let made = try parsePrimary()
        if case .string(let literal) = made.kind, !Names.isWord(literal) {
            throw failure("`\(literal)` is not a brand name", at: made.range, notes: [Names.wordRule])
        }
        return made
    }

    /// Who acts, after `as`: a handle (`@bob`) or a brand name (kept as a `brand` reference).
    // actor       = handle | made-handle | word ;
    mutating func parseActor() throws(ParseFailure) -> Expression {
        if token.kind == .word {
            let name = try parseName("a handle or a brand")
            return Expression(.brand(name), name.range)
        }
        guard token.kind == .handle || token.makesHandle else {
            throw failure("expected a handle or a brand after `as`, found \(describe(token))")
        }
        return try parsePrimary()
    }
}
