/// Words, handles, codes and string literals.
extension Lexer {
    // word       = ( letter | "_" ) { letter | digit | "_" | "-" letter } ;
    /// A `-` joins two parts of one word only when a letter follows it, so `ads-enabled` and
    /// `in-feed` are words while `18-34` stays three tokens.
    mutating func lexWord(from start: Int) -> Token {
        let count = buffer.count
        var index = start + 1
        while index < count {
            let byte = buffer[index]
            if Lexer.isWordByte(byte) {
                index += 1
            } else if byte == UInt8(ascii: "-"), index + 1 < count, Lexer.isLetter(buffer[index + 1]) {
                index += 2
            } else {
                break
            }
        }
        position = index
        var token = Token(.word, start: start, end: index)
        token.keyword = Keyword.classify(buffer, start, index)
        return token
    }

    // handle     = "@" ( letter | digit | "_" | "." ) { letter | digit | "_" | "." } ;
    // made-handle = "@" string ;
    mutating func lexHandle(from start: Int) -> Token {
        let count = buffer.count
        var index = start + 1
        if index < count, buffer[index] == UInt8(ascii: "\"") {
            var token = lexString(from: index)
            guard token.kind == .string else { return token }
            token.start = start
            token.makesHandle = true
            return token
        }
        while index < count, Lexer.isWordByte(buffer[index]) || buffer[index] == UInt8(ascii: ".") {
            index += 1
        }
        position = index
        guard index > start + 1 else {
            return invalid(
                from: start, "expected a handle after `@`",
                help: "handles look like `@alice` or `@bob.smith_2`")
        }
        return Token(.handle, start: start, end: index)
    }

    // code       = "#" base64 { base64 } [ "..." base64 { base64 } ] [ "=" [ "=" ] ] ;
    mutating func lexCode(from start: Int) -> Token {
        let count = buffer.count
        var index = start + 1
        while index < count, Lexer.isBase64(buffer[index]) { index += 1 }
        // Documentation elides codes as `#s63Dde...qA=`; such a copied example still lexes as one
        // code (it names no real code, so the domain reports it as unknown).
        if index > start + 1, index + 3 < count, buffer[index] == UInt8(ascii: "."),
            buffer[index + 1] == UInt8(ascii: "."), buffer[index + 2] == UInt8(ascii: "."),
            Lexer.isBase64(buffer[index + 3])
        {
            index += 3
            while index < count, Lexer.isBase64(buffer[index]) { index += 1 }
        }
        // `#s63Dde…qA=` is how spark shows a code after its first display: pasting it back cannot work.
        if index > start + 1, index + 2 < count, buffer[index] == 0xE2, buffer[index + 1] == 0x80,
            buffer[index + 2] == 0xA6
        {
            index += 3
            while index < count, Lexer.isBase64(buffer[index]) || buffer[index] == UInt8(ascii: "=") {
                index += 1
            }
            position = index
            return invalid(
                from: start, "this code is masked: `…` stands for the characters spark hides",
                notes: ["spark shows a code whole only once, when it is generated"],
                help: "use the name it was bound to (`let c = authorize ...`), or `reveal c` to see it whole")
        }
        let hasBody = index > start + 1
        var padding = 0
        while index < count, buffer[index] == UInt8(ascii: "="), padding < 2 {
            index += 1
            padding += 1
        }
        // Anything code-like glued to the end (a third `=`, text after the padding) spoils it.
        var spoiled = false
        while index < count, Lexer.isBase64(buffer[index]) || buffer[index] == UInt8(ascii: "=") {
            index += 1
            spoiled = true
        }
        position = index
        guard hasBody, !spoiled else {
            if !hasBody, index == start + 1, index < count, buffer[index] >= 0x80 {
                // Skip the whole character so the next token does not start mid-sequence.
                position += max(1, UTF8Sequence.length(in: buffer, at: index))
            }
            return invalid(
                from: start, "a code starts with # and continues with base64 characters",
                notes: ["base64 characters are A-Z, a-z, 0-9, `+` and `/`, with up to two `=` at the end"],
                help: "`#` does not start a comment in spark; comments start with `//`")
        }
        return Token(.code, start: start, end: index)
    }

    // base64     = letter | digit | "+" | "/" ;
    @inline(__always)
    static func isBase64(_ byte: UInt8) -> Bool {
        isLetter(byte) || isDigit(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "/")
    }

    // string     = '"' { character | escape | "{" value "}" } '"' ;
    // escape     = "\" ( '"' | "\" | "{" | "}" | "n" | "t" | "u{" hex { hex } "}" ) ;
    /// A string may span lines (the REPL keeps reading until it closes). The lexer only validates;
    /// the parser decodes the text when it builds the expression. The first problem inside a string
    /// is reported and the rest of the string is skipped to its closing quote.
    mutating func lexString(from start: Int) -> Token {
        let count = buffer.count
        var index = start + 1
        var hasEscapes = false
        var hasBraces = false
        var failed = false
        while index < count {
            index = Lexer.skipPlainText(buffer, from: index)
            guard index < count else { break }
            // Fast path: plain printable ASCII, the bulk of every caption.
            var byte = buffer[index]
            while byte >= 0x20, byte < 0x80, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\"),
                byte != UInt8(ascii: "{")
            {
                index += 1
                guard index < count else { break }
                byte = buffer[index]
            }
            guard index < count else { break }
            switch byte {
            case UInt8(ascii: "\""):
                position = index + 1
                if failed { return Token(.invalid, start: start, end: position) }
                var token = Token(.string, start: start, end: position)
                token.hasEscapes = hasEscapes
                token.hasBraces = hasBraces
                return token
            case UInt8(ascii: "{"):
                hasBraces = true
                index += 1
            case UInt8(ascii: "\\"):
                hasEscapes = true
                let escapeEnd = Lexer.escapeEnd(in: buffer, at: index)
                if escapeEnd.problem != nil, !failed, index + 1 < count {
                    reportEscape(at: index, escapeEnd)
                }
                failed = failed || escapeEnd.problem != nil
                index = max(escapeEnd.end, index + 1)
            case 0:
                if !failed { report("NUL byte in a string", at: index, index + 1) }
                failed = true
                index += 1
            case 0x80...0xFF:
                let length = UTF8Sequence.length(in: buffer, at: index)
                if length == 0 {
                    if !failed {
                        report(
                            "invalid UTF-8 byte in a string", at: index, index + 1,
                            notes: ["scripts are UTF-8 text"])
                    }
                    failed = true
                    index += 1
                } else {
                    index += length
                }
            default:
                index += 1
            }
        }
        position = count
        endedInsideString = true
        if !failed {
            report(
                "unterminated string", at: start, start + 1,
                notes: ["the string starts here and runs to the end of the input"],
                help: "close it with `\"`")
        }
        return Token(.invalid, start: start, end: count)
    }

    /// Skips eight bytes at a time while none is a quote, a backslash, a `{`, a control byte or non-ASCII
    /// (bit tricks on a 64-bit word: "has a zero byte" and "has a byte below n").
    @inline(__always)
    static func skipPlainText(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = buffer.baseAddress else { return start }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var index = start
        while index + 8 <= buffer.count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            let quote = word ^ (ones &* 0x22)
            let backslash = word ^ (ones &* 0x5C)
            let hasQuote = (quote &- ones) & ~quote & highs
            let hasBackslash = (backslash &- ones) & ~backslash & highs
            let brace = word ^ (ones &* 0x7B)
            let hasBrace = (brace &- ones) & ~brace & highs
            let hasControl = (word &- ones &* 0x20) & ~word & highs
            guard (hasQuote | hasBackslash | hasBrace | hasControl | (word & highs)) == 0 else { break }
            index += 8
        }
        return index
    }

    enum EscapeProblem {
        case unknown
        case malformedUnicode
        case invalidScalar
    }

    private mutating func reportEscape(at index: Int, _ escape: (end: Int, problem: EscapeProblem?)) {
        switch escape.problem {
        case .unknown:
            report(
                "invalid escape in a string", at: index, escape.end,
                notes: ["the escapes are \\\" \\\\ \\{ \\} \\n \\t and \\u{...}"])
        case .malformedUnicode:
            report(
                "invalid unicode escape", at: index, escape.end,
                notes: ["write a scalar as \\u{1F600}: one to six hex digits in braces"])
        case .invalidScalar:
            report(
                "invalid unicode scalar in escape", at: index, escape.end,
                notes: ["scalars run to 10FFFF and exclude the surrogates D800-DFFF"])
        case nil:
            break
        }
    }

    /// Where the escape whose `\` is at `index` ends, and what is wrong with it, if anything. With a
    /// scalar for `\u{...}` escapes.
    static func escapeEnd(
        in buffer: UnsafeBufferPointer<UInt8>, at index: Int
    ) -> (end: Int, problem: EscapeProblem?) {
        escape(in: buffer, at: index).map { ($0.end, $0.problem) } ?? (index + 1, nil)
    }

    static func escape(
        in buffer: UnsafeBufferPointer<UInt8>, at index: Int
    ) -> (end: Int, scalar: Unicode.Scalar?, problem: EscapeProblem?)? {
        let count = buffer.count
        guard index + 1 < count else { return nil }  // the string is unterminated anyway
        switch buffer[index + 1] {
        case UInt8(ascii: "\""): return (index + 2, "\"", nil)
        case UInt8(ascii: "\\"): return (index + 2, "\\", nil)
        case UInt8(ascii: "n"): return (index + 2, "\n", nil)
        case UInt8(ascii: "{"): return (index + 2, "{", nil)
        case UInt8(ascii: "}"): return (index + 2, "}", nil)
        case UInt8(ascii: "t"): return (index + 2, "\t", nil)
        case UInt8(ascii: "u"): break
        default:
            return (index + 1 + max(1, UTF8Sequence.length(in: buffer, at: index + 1)), nil, .unknown)
        }
        var cursor = index + 2
        guard cursor < count, buffer[cursor] == UInt8(ascii: "{") else {
            return (cursor, nil, .malformedUnicode)
        }
        cursor += 1
        var value: UInt32 = 0
        var digits = 0
        while cursor < count, let digit = Lexer.hexValue(buffer[cursor]) {
            if digits < 8 { value = value << 4 | UInt32(digit) }
            digits += 1
            cursor += 1
        }
        guard digits >= 1, digits <= 6, cursor < count, buffer[cursor] == UInt8(ascii: "}") else {
            return (min(cursor + 1, count), nil, .malformedUnicode)
        }
        cursor += 1
        guard let scalar = Unicode.Scalar(value) else { return (cursor, nil, .invalidScalar) }
        return (cursor, scalar, nil)
    }

    /// The text of a string literal the lexer accepted, escapes decoded.
    static func decodeString(_ buffer: UnsafeBufferPointer<UInt8>, start: Int, end: Int, hasEscapes: Bool)
        -> String
    {
        let inner = UnsafeBufferPointer(rebasing: buffer[(start + 1)..<(end - 1)])
        guard hasEscapes else { return String(decoding: inner, as: UTF8.self) }
        var text = ""
        var runStart = start + 1
        var index = start + 1
        while index < end - 1 {
            if buffer[index] == UInt8(ascii: "\\"), let escape = escape(in: buffer, at: index) {
                text += String(
                    decoding: UnsafeBufferPointer(rebasing: buffer[runStart..<index]), as: UTF8.self)
                if let scalar = escape.scalar { text.unicodeScalars.append(scalar) }
                index = escape.end
                runStart = index
            } else {
                index += 1
            }
        }
        text += String(decoding: UnsafeBufferPointer(rebasing: buffer[runStart..<(end - 1)]), as: UTF8.self)
        return text
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        if isDigit(byte) { return byte - UInt8(ascii: "0") }
        let lower = byte | 0x20
        if lower >= UInt8(ascii: "a"), lower <= UInt8(ascii: "f") { return lower - UInt8(ascii: "a") + 10 }
        return nil
    }
}
