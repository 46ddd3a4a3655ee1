/// What kind of token the lexer read. Words are all `.word`: the parser gives them meaning by position.
enum TokenKind: UInt8, Sendable {
    case word
    case handle
    case integer
    /// `1.30`: `number` holds the digits without the point, `scale` how many follow it.
    case decimal
    case money
    case duration
    case dateTime
    case string
    case code
    case leftBrace
    case rightBrace
    case leftBracket
    case rightBracket
    case leftParen
    case rightParen
    case comma
    case semicolon
    case assign
    case equal
    case notEqual
    case less
    case lessOrEqual
    case greater
    case greaterOrEqual
    case minus
    case plus
    case star
    case slash
    case newline
    case end
    /// A malformed token the lexer has already reported; the parser skips it without a second message.
    case invalid
}

/// One token: a kind, its byte range and its value. Trivially copyable (no references), so moving
/// tokens around the parser costs no reference counting; text is made from the range on demand.
struct Token: Sendable {
    var kind: TokenKind
    /// For `.word`: the keyword it spells, if any.
    var keyword: Keyword = .none
    var start: Int
    var end: Int
    /// The integer value; money in cents (bit pattern of an `Int64`); a duration's amount; a date's
    /// seconds since the epoch (bit pattern of an `Int64`).
    var number: UInt64 = 0
    /// A duration's unit, or whether a date has a time.
    var unit: TimeSpan.Unit = .days
    var hasTime = false
    /// A string literal with escapes: its text must be decoded, not just copied.
    var hasEscapes = false
    /// A string literal with a `{`: its text interpolates values.
    var hasBraces = false
    /// `@"fan{i}"`: a string that makes a handle (the token starts at the `@`).
    var makesHandle = false
    /// A decimal's digits after the point.
    var scale: UInt8 = 0

    init(_ kind: TokenKind, start: Int, end: Int) {
        self.kind = kind
        self.start = start
        self.end = end
    }

    var range: SourceRange { SourceRange(start: start, end: end) }

    /// Ends a statement: a newline, `;`, the `}` of the enclosing block, or the end of input.
    var endsStatement: Bool {
        switch kind {
        case .newline, .semicolon, .rightBrace, .end: true
        default: false
        }
    }
}
