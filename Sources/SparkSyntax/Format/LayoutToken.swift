/// One piece of a script as the formatter sees it: a token, a comment or a line break, with the
/// whitespace written before it. Together the pieces hold every byte of the file but that
/// whitespace, so nothing the author wrote (a comment above all) is lost when the layout is redone.
struct LayoutToken {
    enum Kind: Equatable {
        case token(TokenKind)
        /// `// ...` to the end of its line, without the line break.
        case comment
        /// A line break (`\n`, `\r\n` or `\r`).
        case newline
    }

    var kind: Kind
    var start: Int
    var end: Int
    /// The spaces and tabs between the previous piece and this one, as byte offsets.
    var gapStart: Int

    var hadSpaceBefore: Bool { gapStart < start }

    func isToken(_ tokenKind: TokenKind) -> Bool { kind == .token(tokenKind) }
}

/// The lossless token stream: the lexer's tokens with the comments it skips put back, read from
/// the bytes between tokens (only spaces, tabs and at most one comment can be there).
enum LayoutTokens {
    /// Every piece of `file`, in order; nil when the lexer reported a problem (the formatter leaves
    /// such a file alone).
    static func pieces(of file: SourceFile) -> [LayoutToken]? {
        var lexer = Lexer(file: file)
        var pieces: [LayoutToken] = []
        return file.bytes.withUnsafeBufferPointer { buffer -> [LayoutToken]? in
            lexer.buffer = buffer
            defer { lexer.buffer = UnsafeBufferPointer(start: nil, count: 0) }
            var previousEnd = lexer.position
            while true {
                let token = lexer.next()
                if token.kind == .invalid || !lexer.diagnostics.isEmpty { return nil }
                appendGap(buffer, from: previousEnd, to: token.start, into: &pieces)
                if token.kind == .end { return pieces }
                // After a comment, the gap is what follows the comment.
                let gapStart = max(previousEnd, pieces.last?.end ?? previousEnd)
                let kind: LayoutToken.Kind = token.kind == .newline ? .newline : .token(token.kind)
                pieces.append(
                    LayoutToken(kind: kind, start: token.start, end: token.end, gapStart: gapStart))
                previousEnd = token.end
            }
        }
    }

    /// A comment in the gap `start..<end`, if there is one, as its own piece.
    private static func appendGap(
        _ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, into pieces: inout [LayoutToken]
    ) {
        var index = start
        while index + 1 < end {
            if buffer[index] == UInt8(ascii: "/") && buffer[index + 1] == UInt8(ascii: "/") {
                var commentEnd = end
                // Trailing spaces after a comment are not part of it.
                while commentEnd > index,
                    buffer[commentEnd - 1] == UInt8(ascii: " ")
                        || buffer[commentEnd - 1] == UInt8(ascii: "\t")
                {
                    commentEnd -= 1
                }
                pieces.append(LayoutToken(kind: .comment, start: index, end: commentEnd, gapStart: start))
                return
            }
            index += 1
        }
    }
}
