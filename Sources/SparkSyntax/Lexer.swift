/// Turns a script's UTF-8 buffer into tokens, one at a time: the parser pulls a token or two of
/// lookahead, so a 60 MB script is never held as a token array.
///
/// A single `switch` over the current byte. The lexer allocates only where a token's value must be a
/// `String` (a string literal's decoded text); words, handles and codes stay byte ranges until the
/// parser needs their text.
struct Lexer {
    let file: SourceFile
    /// The file's bytes, valid only while the parser holds them open (`withUnsafeBufferPointer`
    /// around each `Parser.next()`): unchecked indexing in the hot loop, without a reference count
    /// per token.
    var buffer = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    var position = 0
    /// Problems found so far; the parser moves them into its own list.
    var diagnostics: [Diagnostic] = []
    /// True while the parser skips the rest of a broken statement: one typo, one message.
    var isQuiet = false
    /// Set when the input ended inside a string literal (the REPL then asks for another line).
    var endedInsideString = false

    init(file: SourceFile) {
        self.file = file
        // A UTF-8 byte order mark is not part of the script.
        let bytes = file.bytes
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
    }

    /// The next token; `.end` forever once the input is used up. Inlined into `Parser.advance`, so
    /// the token is built in place rather than returned through memory.
    // token      = word | handle | integer | decimal | duration | date | money | string | code | punctuation | NEWLINE ;
    // NEWLINE    = "\n" | "\r\n" | "\r" ;
    // whitespace = " " | "\t" ;
    // punctuation = "{" | "}" | "[" | "]" | "(" | ")" | "," | ";" | "=" | "==" | "!=" | "<" | "<=" | ">" | ">="
    //             | "+" | "-" | "*" | "/" ;
    @inline(__always)
    mutating func next() -> Token {
        let count = buffer.count
        while position < count {
            var start = position
            var byte = buffer[position]
            // Spaces between tokens, in a tight loop before the dispatch.
            while byte == UInt8(ascii: " ") {
                start += 1
                guard start < count else {
                    position = count
                    return Token(.end, start: count, end: count)
                }
                byte = buffer[start]
            }
            position = start
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), 0x0B, 0x0C:
                position += 1
            case UInt8(ascii: "\n"):
                position += 1
                if position < count, Lexer.mayContinue(buffer[position]), continuesValue(at: position) {
                    continue
                }
                return Token(.newline, start: start, end: position)
            case UInt8(ascii: "\r"):
                // CRLF is one newline; a lone CR counts as one too.
                position += 1
                if position < count, buffer[position] == UInt8(ascii: "\n") { position += 1 }
                if position < count, Lexer.mayContinue(buffer[position]), continuesValue(at: position) {
                    continue
                }
                return Token(.newline, start: start, end: position)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "_"):
                return lexWord(from: start)
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                return lexNumber(from: start)
            case UInt8(ascii: "@"):
                return lexHandle(from: start)
            case UInt8(ascii: "$"):
                return lexMoney(from: start)
            case UInt8(ascii: "\""):
                return lexString(from: start)
            case UInt8(ascii: "#"):
                return lexCode(from: start)
            case UInt8(ascii: "/"):
                if position + 1 < count, buffer[position + 1] == UInt8(ascii: "/") {
                    skipComment()
                } else {
                    return punctuation(.slash, start, 1)
                }
            case UInt8(ascii: "{"): return punctuation(.leftBrace, start, 1)
            case UInt8(ascii: "}"): return punctuation(.rightBrace, start, 1)
            case UInt8(ascii: "["): return punctuation(.leftBracket, start, 1)
            case UInt8(ascii: "]"): return punctuation(.rightBracket, start, 1)
            case UInt8(ascii: ","): return punctuation(.comma, start, 1)
            case UInt8(ascii: ";"): return punctuation(.semicolon, start, 1)
            case UInt8(ascii: "-"): return punctuation(.minus, start, 1)
            case UInt8(ascii: "+"): return punctuation(.plus, start, 1)
            case UInt8(ascii: "*"): return punctuation(.star, start, 1)
            case UInt8(ascii: "("): return punctuation(.leftParen, start, 1)
            case UInt8(ascii: ")"): return punctuation(.rightParen, start, 1)
            case UInt8(ascii: "="):
                return followedByEquals ? punctuation(.equal, start, 2) : punctuation(.assign, start, 1)
            case UInt8(ascii: "<"):
                return followedByEquals
                    ? punctuation(.lessOrEqual, start, 2) : punctuation(.less, start, 1)
            case UInt8(ascii: ">"):
                return followedByEquals
                    ? punctuation(.greaterOrEqual, start, 2) : punctuation(.greater, start, 1)
            case UInt8(ascii: "!"):
                if followedByEquals { return punctuation(.notEqual, start, 2) }
                position += 1
                return invalid(from: start, "unexpected character `!`", help: "`!=` means not equal")
            case 0:
                position += 1
                return invalid(from: start, "unexpected NUL byte")
            case 0x80...0xFF:
                return invalidNonASCII(from: start)
            case 0x21...0x7E:
                position += 1
                return invalid(from: start, "unexpected character `\(Character(Unicode.Scalar(byte)))`")
            default:
                position += 1
                return invalid(from: start, "unexpected control character")
            }
        }
        return Token(.end, start: count, end: count)
    }

    /// A line that starts with `+`, `-`, `*` or `/` (not `//`) continues the value of the line
    /// before: the line break before it is only a space. No statement starts with an operator.
    // NEWLINE    = "\n" | "\r\n" | "\r" ;
    @inline(never)
    private func continuesValue(at start: Int) -> Bool {
        var index = start
        let count = buffer.count
        while index < count, buffer[index] == UInt8(ascii: " ") || buffer[index] == UInt8(ascii: "\t") {
            index += 1
        }
        guard index < count else { return false }
        switch buffer[index] {
        case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "*"): return true
        case UInt8(ascii: "/"): return index + 1 >= count || buffer[index + 1] != UInt8(ascii: "/")
        default: return false
        }
    }

    /// Whether a line starting with `byte` may continue a value: a space, a tab or an operator.
    @inline(__always)
    static func mayContinue(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "*"),
            UInt8(ascii: "/"):
            true
        default: false
        }
    }

    private var followedByEquals: Bool {
        position + 1 < buffer.count && buffer[position + 1] == UInt8(ascii: "=")
    }

    private mutating func punctuation(_ kind: TokenKind, _ start: Int, _ length: Int) -> Token {
        position = start + length
        return Token(kind, start: start, end: position)
    }

    /// `//` to the end of the line; the newline itself is left for the next token.
    // comment    = "//" { any byte but a line break } ;
    private mutating func skipComment() {
        let count = buffer.count
        while position < count {
            let byte = buffer[position]
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { return }
            if byte >= 0x80 {
                let length = UTF8Sequence.length(in: buffer, at: position)
                if length == 0 {
                    report("invalid UTF-8 byte", at: position, position + 1)
                    position += 1
                } else {
                    position += length
                }
            } else {
                if byte == 0 { report("unexpected NUL byte", at: position, position + 1) }
                position += 1
            }
        }
    }

    /// A byte at or above 0x80 outside a string: a letter from another script, an emoji, or a byte
    /// that is not UTF-8 at all.
    private mutating func invalidNonASCII(from start: Int) -> Token {
        let length = UTF8Sequence.length(in: buffer, at: start)
        guard length > 0 else {
            position = start + 1
            return invalid(
                from: start, "invalid UTF-8 byte",
                notes: ["scripts are UTF-8 text; this byte does not begin a UTF-8 character"])
        }
        position = start + length
        let shown = UTF8Sequence.scalar(in: buffer, at: start, length: length).map { String($0) } ?? "?"
        return invalid(
            from: start, "unexpected character `\(shown)`",
            help: "names use the letters A-Z, digits and `_`; put other text in quotes")
    }

    // MARK: reporting

    mutating func report(
        _ message: String, at start: Int, _ end: Int, notes: [String] = [], help: String? = nil
    ) {
        guard !isQuiet else { return }
        diagnostics.append(
            Diagnostic(
                .error, message, file: file, range: SourceRange(start: start, end: end), notes: notes,
                help: help))
    }

    /// Reports a problem covering `start..<position` and returns the `.invalid` token standing for it.
    mutating func invalid(
        from start: Int, _ message: String, notes: [String] = [], help: String? = nil
    ) -> Token {
        report(message, at: start, position, notes: notes, help: help)
        return Token(.invalid, start: start, end: position)
    }

    // MARK: byte classes

    // digit      = "0".."9" ;
    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10
    }

    // letter     = "A".."Z" | "a".."z" ;
    @inline(__always)
    static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- UInt8(ascii: "a") < 26
    }

    /// Letters, digits and `_`: what continues a word. A table lookup (the table is a static string,
    /// so it is constant data with no lazy initialisation) instead of three range tests.
    @inline(__always)
    static func isWordByte(_ byte: UInt8) -> Bool {
        byte < 0x80 && wordBytes.utf8Start[Int(byte)] == UInt8(ascii: "w")
    }

    /// One byte per ASCII code: `w` for letters, digits and `_`, `.` for everything else.
    @inline(__always)
    static var wordBytes: StaticString {
        "................................................wwwwwwwwww.......wwwwwwwwwwwwwwwwwwwwwwwwww....w.wwwwwwwwwwwwwwwwwwwwwwwwww....."
    }
}
