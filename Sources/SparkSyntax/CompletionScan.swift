/// The lexer in a forgiving mode, for completion: the tokens of an unfinished line, with no
/// diagnostics, and what the cursor sits in (a partial word, an open string, a comment).
///
/// The same `Lexer` the parser uses, so completion cuts words exactly as the language does; it is
/// quiet (no diagnostics) and a malformed token is kept as `.invalid` with its text.
public struct CompletionScan: Sendable {
    public enum Kind: Sendable, Equatable {
        case word, handle, integer, duration, money, date, string, code
        case leftBrace, rightBrace, leftBracket, rightBracket, comma
        /// A newline or `;`.
        case separator
        case assign, comparison, minus
        /// `+`, `*`, `/`, `(`, `)`: arithmetic.
        case arithmetic
        /// Malformed, or unfinished at the cursor (an open string, a lone `@`).
        case invalid
    }

    public struct Token: Sendable, Equatable {
        public var kind: Kind
        public var text: String

        public init(kind: Kind, text: String) {
            self.kind = kind
            self.text = text
        }
    }

    /// The finished tokens before the cursor.
    public private(set) var tokens: [Token] = []
    /// The token under the cursor, unfinished (empty after a space or punctuation).
    public private(set) var partial = ""
    /// True when the cursor is inside a `//` comment.
    public private(set) var endsInComment = false

    public init(_ text: String) {
        let file = SourceFile(path: "<completion>", text: text)
        var lexer = Lexer(file: file)
        lexer.isQuiet = true
        var scanned: [(kind: Kind, start: Int, end: Int)] = []
        file.bytes.withUnsafeBufferPointer { buffer in
            lexer.buffer = buffer
            while true {
                let token = lexer.next()
                guard token.kind != .end else { break }
                scanned.append((CompletionScan.kind(of: token.kind), token.start, token.end))
            }
        }
        let bytes = file.bytes
        func slice(_ start: Int, _ end: Int) -> String { String(decoding: bytes[start..<end], as: UTF8.self) }
        let lastEnd = scanned.last?.end ?? 0
        // Only spaces and comments follow the last token; a `//` among them holds the cursor.
        let tail = bytes[lastEnd...]
        endsInComment = zip(tail, tail.dropFirst()).contains { $0 == UInt8(ascii: "/") && $1 == $0 }
        if let last = scanned.last, last.end == bytes.count, !endsInComment,
            CompletionScan.canBePartial(last.kind)
        {
            partial = slice(last.start, last.end)
            scanned.removeLast()
        }
        tokens = scanned.map { Token(kind: $0.kind, text: slice($0.start, $0.end)) }
    }

    /// A token the cursor can be in the middle of: what Tab may complete.
    private static func canBePartial(_ kind: Kind) -> Bool {
        switch kind {
        case .word, .handle, .integer, .duration, .money, .date, .string, .code, .invalid: true
        default: false
        }
    }

    private static func kind(of kind: TokenKind) -> Kind {
        switch kind {
        case .word: .word
        case .handle: .handle
        case .integer, .decimal: .integer
        case .duration: .duration
        case .money: .money
        case .dateTime: .date
        case .string: .string
        case .code: .code
        case .leftBrace: .leftBrace
        case .rightBrace: .rightBrace
        case .leftBracket: .leftBracket
        case .rightBracket: .rightBracket
        case .comma: .comma
        case .semicolon, .newline: .separator
        case .assign: .assign
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual: .comparison
        case .minus: .minus
        case .plus, .star, .slash, .leftParen, .rightParen: .arithmetic
        case .end, .invalid: .invalid
        }
    }
}
