/// Words, handles, codes and string literals.
extension Lexer {
    /// word -> letter { letter | digit | "_" | "-" letter }
    ///
    /// A `-` joins two parts of one word only when a letter follows it, so `ads-enabled` and
    /// `in-feed` are words while `18-34` stays three tokens.
    mutating func lexWord(from start: Int) -> Token {
        let count = bytes.count
        var index = start + 1
        while index < count {
            let byte = bytes[index]
            if Lexer.isWordByte(byte) {
                index += 1
            } else if byte == UInt8(ascii: "-"), index + 1 < count, Lexer.isLetter(bytes[index + 1]) {
                index += 2
            } else {
                break
            }
        }
        position = index
        var token = Token(.word, start: start, end: index)
        token.keyword = Keyword.classify(bytes, start, index)
        return token
    }

    /// handle -> "@" ( letter | digit | "_" | "." ) { letter | digit | "_" | "." }
    mutating func lexHandle(from start: Int) -> Token {
        let count = bytes.count
        var index = start + 1
        while index < count, Lexer.isWordByte(bytes[index]) || bytes[index] == UInt8(ascii: ".") {
            index += 1
        }
        position = index
        guard index > start + 1 else {
            return invalid(
                from: start, "expected a handle after `@`", help: "handles look like `@alice` or `@bob.smith_2`")
        }
        return Token(.handle, start: start, end: index)
    }

    /// code -> "#" base64char { base64char } [ "=" [ "=" ] ]
    mutating func lexCode(from start: Int) -> Token {
        let count = bytes.count
        var index = start + 1
        while index < count, Lexer.isBase64(bytes[index]) { index += 1 }
        let hasBody = index > start + 1
        var padding = 0
        while index < count, bytes[index] == UInt8(ascii: "="), padding < 2 {
            index += 1
            padding += 1
        }
        // Anything code-like glued to the end (a third `=`, text after the padding) spoils it.
        var spoiled = false
        while index < count, Lexer.isBase64(bytes[index]) || bytes[index] == UInt8(ascii: "=") {
            index += 1
            spoiled = true
        }
        position = index
        guard hasBody, !spoiled else {
            if !hasBody, index == start + 1, index < count, bytes[index] >= 0x80 {
                // Skip the whole character so the next token does not start mid-sequence.
                position += max(1, UTF8Sequence.length(in: bytes, at: index))
            }
            return invalid(
                from: start, "a code starts with # and continues with base64 characters",
                notes: ["base64 characters are A-Z, a-z, 0-9, `+` and `/`, with up to two `=` at the end"],
                help: "`#` does not start a comment in spark; comments start with `//`")
        }
        return Token(.code, start: start, end: index)
    }

    @inline(__always)
    static func isBase64(_ byte: UInt8) -> Bool {
        isLetter(byte) || isDigit(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "/")
    }

    /// string -> '"' { char | escape } '"'
    /// escape -> "\" ( '"' | "\" | "n" | "t" | "u{" hex{1,6} "}" )
    ///
    /// A string may span lines (the REPL keeps reading until it closes). The first problem inside a
    /// string is reported; the rest of the string is skipped to its closing quote.
    mutating func lexString(from start: Int) -> Token {
        let count = bytes.count
        var index = start + 1
        var decoded: [UInt8] = []
        var hasEscapes = false
        var failed = false
        while index < count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                position = index + 1
                if failed { return Token(.invalid, start: start, end: position) }
                var token = Token(.string, start: start, end: position)
                if hasEscapes {
                    token.text = String(decoding: decoded, as: UTF8.self)
                } else {
                    token.text = String(decoding: bytes[(start + 1)..<index], as: UTF8.self)
                }
                return token
            case UInt8(ascii: "\\"):
                if !hasEscapes {
                    hasEscapes = true
                    decoded.append(contentsOf: bytes[(start + 1)..<index])
                }
                let escapeEnd = lexEscape(at: index, into: &decoded, reporting: !failed)
                if escapeEnd < 0 {
                    failed = true
                    index += 1
                } else {
                    index = escapeEnd
                }
            case 0:
                if !failed { report("NUL byte in a string", at: index, index + 1) }
                failed = true
                index += 1
            case 0x80...0xFF:
                let length = UTF8Sequence.length(in: bytes, at: index)
                if length == 0 {
                    if !failed {
                        report(
                            "invalid UTF-8 byte in a string", at: index, index + 1,
                            notes: ["scripts are UTF-8 text"])
                    }
                    failed = true
                    index += 1
                } else {
                    if hasEscapes { decoded.append(contentsOf: bytes[index..<(index + length)]) }
                    index += length
                }
            default:
                if hasEscapes { decoded.append(byte) }
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

    /// Decodes the escape whose `\` is at `index`, appending its bytes. Returns the index after the
    /// escape, or -1 when it is malformed (reported unless `reporting` is false).
    private mutating func lexEscape(at index: Int, into decoded: inout [UInt8], reporting: Bool) -> Int {
        let count = bytes.count
        guard index + 1 < count else { return index + 1 }  // the string is unterminated anyway
        switch bytes[index + 1] {
        case UInt8(ascii: "\""): decoded.append(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): decoded.append(UInt8(ascii: "\\"))
        case UInt8(ascii: "n"): decoded.append(UInt8(ascii: "\n"))
        case UInt8(ascii: "t"): decoded.append(UInt8(ascii: "\t"))
        case UInt8(ascii: "u"):
            return lexUnicodeEscape(at: index, into: &decoded, reporting: reporting)
        default:
            if reporting {
                let length = max(1, UTF8Sequence.length(in: bytes, at: index + 1))
                report(
                    "invalid escape in a string", at: index, index + 1 + length,
                    notes: ["the escapes are \\\" \\\\ \\n \\t and \\u{...}"])
            }
            return -1
        }
        return index + 2
    }

    /// `\u{1F600}`: one to six hex digits naming a Unicode scalar (not a surrogate).
    private mutating func lexUnicodeEscape(
        at index: Int, into decoded: inout [UInt8], reporting: Bool
    ) -> Int {
        let count = bytes.count
        var cursor = index + 2
        var value: UInt32 = 0
        var digits = 0
        var wellFormed = cursor < count && bytes[cursor] == UInt8(ascii: "{")
        if wellFormed {
            cursor += 1
            while cursor < count, let digit = Lexer.hexValue(bytes[cursor]) {
                if digits < 8 { value = value << 4 | UInt32(digit) }
                digits += 1
                cursor += 1
            }
            wellFormed = digits >= 1 && digits <= 6 && cursor < count && bytes[cursor] == UInt8(ascii: "}")
        }
        guard wellFormed else {
            if reporting {
                report(
                    "invalid unicode escape", at: index, min(cursor + 1, count),
                    notes: ["write a scalar as \\u{1F600}: one to six hex digits in braces"])
            }
            return -1
        }
        cursor += 1
        guard let scalar = Unicode.Scalar(value) else {
            if reporting {
                report(
                    "invalid unicode scalar in escape", at: index, cursor,
                    notes: ["scalars run to 10FFFF and exclude the surrogates D800-DFFF"])
            }
            return -1
        }
        decoded.append(contentsOf: String(scalar).utf8)
        return cursor
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        if isDigit(byte) { return byte - UInt8(ascii: "0") }
        let lower = byte | 0x20
        if lower >= UInt8(ascii: "a"), lower <= UInt8(ascii: "f") { return lower - UInt8(ascii: "a") + 10 }
        return nil
    }
}
