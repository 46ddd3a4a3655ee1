/// `"fan{i}"`: a string with values in it. The lexer has marked the string (it holds a `{`); each
/// `{ ... }` is parsed by a parser of its own over those bytes, so its diagnostics and ranges are the
/// file's, and its names are checked like any other.
extension Parser {
    /// The parts of the string `token`: text runs (escapes decoded) and values.
    // string     = '"' { character | escape | "{" value "}" } '"' ;
    mutating func parseInterpolation(_ token: Token) throws(ParseFailure) -> Expression {
        let buffer = lexer.buffer
        let first = token.start + (token.makesHandle ? 2 : 1)
        let last = token.end - 1
        var parts: [TemplatePart] = []
        var text: [UInt8] = []
        var index = first
        while index < last {
            let byte = buffer[index]
            if byte == UInt8(ascii: "\\"), let escape = Lexer.escape(in: buffer, at: index) {
                if let scalar = escape.scalar { text.append(contentsOf: String(scalar).utf8) }
                index = escape.end
            } else if byte == UInt8(ascii: "{") {
                var close = index + 1
                while close < last, buffer[close] != UInt8(ascii: "}") { close += 1 }
                guard close < last else {
                    throw failure(
                        "unclosed `{` in a string", at: SourceRange(start: index, end: index + 1),
                        help: "close it with `}`, or write `\\{` for a literal brace")
                }
                if !text.isEmpty { parts.append(.text(String(decoding: text, as: UTF8.self))) }
                text.removeAll()
                parts.append(.value(try interpolatedValue(from: index, to: close)))
                index = close + 1
            } else {
                text.append(byte)
                index += 1
            }
        }
        if !text.isEmpty { parts.append(.text(String(decoding: text, as: UTF8.self))) }
        return Expression(.template(parts), SourceRange(start: token.start, end: token.end))
    }

    /// The value between the braces at `open` and `close`, parsed on its own.
    private mutating func interpolatedValue(from open: Int, to close: Int) throws(ParseFailure) -> Expression
    {
        var inner = Parser(file: file, range: (open + 1)..<close, checker: checker)
        inner.bracketDepth = braceDepth + bracketDepth
        inner.recordsCandidates = recordsCandidates
        let value = inner.parseLoneValue(braces: SourceRange(start: open, end: close + 1))
        diagnostics.append(contentsOf: inner.diagnostics)
        errorCount += inner.errorCount
        pendingProblems.append(contentsOf: inner.pendingProblems)
        pendingNames.append(contentsOf: inner.pendingNames)
        guard let value else { throw ParseFailure() }
        return value
    }

    /// A value that must fill the whole input (the inside of `{ }` in a string).
    // value       = term { ( "+" | "-" ) term } ;
    mutating func parseLoneValue(braces: SourceRange) -> Expression? {
        let bytes = file.bytes
        let end = self.end
        return bytes.withUnsafeBufferPointer { buffer in
            lexer.buffer = UnsafeBufferPointer(rebasing: buffer[0..<end])
            defer { lexer.buffer = UnsafeBufferPointer(start: nil, count: 0) }
            do throws(ParseFailure) {
                guard token.kind != .end else {
                    throw failure(
                        "expected a value inside `{}`", at: braces, help: "write `\\{}` for literal braces")
                }
                let value = try parseValue()
                guard token.kind == .end else {
                    throw failure("unexpected \(describe(token)) inside `{}` in a string")
                }
                return value
            } catch {
                return nil
            }
        }
    }
}
