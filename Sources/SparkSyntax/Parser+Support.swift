import SparkBase

/// Small pieces every parse function uses: token text, expected words, statement ends, blocks.
extension Parser {
    /// The source text of `token`, for names and handles. Keywords never come here.
    @inline(__always)
    func text(of token: Token, droppingFirst: Int = 0) -> String {
        let bytes = UnsafeBufferPointer(rebasing: lexer.buffer[(token.start + droppingFirst)..<token.end])
        // Filling a string's own storage is cheaper than `String(decoding:)`, which also looks for
        // repairs; the lexer has already checked these bytes (ASCII words, handles, codes).
        return String(unsafeUninitializedCapacity: bytes.count) { target in
            _ = target.initialize(fromContentsOf: bytes)
            return bytes.count
        }
    }

    /// A string literal's text, escapes decoded.
    func stringValue(of token: Token) -> String {
        Lexer.decodeString(
            lexer.buffer, start: token.makesHandle ? token.start + 1 : token.start, end: token.end,
            hasEscapes: token.hasEscapes)
    }

    /// How a token reads in a message: `` `acme` ``, "end of line", "end of input".
    func describe(_ token: Token) -> String {
        switch token.kind {
        case .newline: "end of line"
        case .end: "end of input"
        case .string: "a string"
        default:
            if token.end - token.start > 40 {
                "`\(text(of: Token(token.kind, start: token.start, end: token.start + 40)))…`"
            } else {
                "`\(text(of: token))`"
            }
        }
    }

    /// True when the current token is the word `keyword`.
    @inline(__always)
    func at(_ keyword: Keyword) -> Bool {
        token.kind == .word && token.keyword == keyword
    }

    /// Consumes the word `keyword`, or fails with "expected `keyword` ...".
    @inline(__always)
    mutating func expect(_ keyword: Keyword, _ context: String) throws(ParseFailure) {
        guard at(keyword) else {
            // `authorisation` for `authorization`: a misspelled word gets the word it was meant to be.
            let close =
                token.kind == .word && EditDistance.closest(to: text(of: token), among: ["\(keyword)"]) != nil
            throw failure(
                "expected `\(keyword)` \(context), found \(describe(token))",
                help: close ? "did you mean `\(keyword)`?" : nil)
        }
        advance()
    }

    /// Consumes a word as a name.
    // name       = word ;
    mutating func parseName(_ what: String) throws(ParseFailure) -> Identifier {
        guard token.kind == .word else { throw failure("expected \(what), found \(describe(token))") }
        let name = Identifier(text(of: token), token.range)
        advance()
        return name
    }

    /// A `}` or the end of input also ends a statement.
    // separator  = NEWLINE | ";" ;
    @inline(__always)
    mutating func expectEndOfStatement() throws(ParseFailure) {
        switch token.kind {
        case .newline, .semicolon: advance()
        case .rightBrace, .end: break
        default:
            throw failure(
                "unexpected \(describe(token)) after the statement",
                help: "put each statement on its own line, or separate statements with `;`")
        }
    }

    /// A block of items: statements, or a campaign's fields. An error in one item is reported and skipped to the item's end; parsing goes on inside the
    /// block. A fatal failure (nesting too deep) passes through so the whole statement is skipped.
    // block      = "{" { separator } [ statement { separator { separator } statement } ] { separator } "}" ;
    mutating func parseBlock<Item>(
        _ parseItem: (inout Parser) throws(ParseFailure) -> Item
    ) throws(ParseFailure) -> (items: [Item], range: SourceRange) {
        guard token.kind == .leftBrace else {
            throw failure("expected `{` to open a block, found \(describe(token))")
        }
        let open = token.range
        try enterNesting()
        let depth = braceDepth
        var items: [Item] = []
        while true {
            skipSeparators()
            switch token.kind {
            case .rightBrace:
                let end = token.end
                advanceCountingDepth()
                return (items, SourceRange(start: open.start, end: end))
            case .end:
                throw failure(
                    "unclosed `{`", at: open, notes: ["the input ends before the `}` that closes this block"],
                    help: "add `}` after the block's last line")
            default:
                do throws(ParseFailure) {
                    items.append(try parseItem(&self))
                    try expectEndOfStatement()
                } catch {
                    if error.isFatal { throw error }
                    synchronize(toDepth: depth)
                }
            }
        }
    }

    /// A block of statements: `{ ... }`, a `repeat` body, an `expect error` body.
    // block      = "{" { separator } [ statement { separator { separator } statement } ] { separator } "}" ;
    mutating func parseStatementBlock() throws(ParseFailure) -> [Statement] {
        try parseBlock { (parser: inout Parser) throws(ParseFailure) -> Statement in
            let statement = try parser.parseStatement()
            parser.refuseLoneUnboundWord(statement)
            return statement
        }.items
    }

    /// "help: did you mean `authorize`?" when `word` is a near miss of one of `candidates`.
    static func didYouMean(_ word: String, among candidates: [String]) -> String? {
        EditDistance.closest(to: word, among: candidates).map { "did you mean `\($0)`?" }
    }
}
