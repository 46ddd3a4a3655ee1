/// Writes the pieces of a script in the canonical layout (see `SourceFormatter`).
struct LayoutPrinter {
    let bytes: [UInt8]
    let lineBreak: [UInt8]
    var output: [UInt8] = []
    /// Open `{` and `[` so far: the indentation of the next line.
    private var depth = 0
    private var atLineStart = true
    /// Empty lines seen since the last line with something on it.
    private var blankLines = 0
    private var previous: LayoutToken?
    /// After the word `age` on this line: a `-` there is an age range's, `18-34`.
    private var inAgeRange = false

    init(bytes: [UInt8], lineBreak: [UInt8]) {
        self.bytes = bytes
        self.lineBreak = lineBreak
        output.reserveCapacity(bytes.count + bytes.count / 8)
    }

    mutating func print(_ piece: LayoutToken) {
        if piece.kind == .newline {
            inAgeRange = false
            if atLineStart {
                blankLines += 1
            } else {
                output.append(contentsOf: lineBreak)
                atLineStart = true
                blankLines = 0
            }
            return
        }
        if atLineStart {
            // At most one blank line, and none at the start of the file.
            if blankLines > 0 && !output.isEmpty && output != SourceFormatter.byteOrderMark {
                output.append(contentsOf: lineBreak)
            }
            blankLines = 0
            let closes = piece.isToken(.rightBrace) || piece.isToken(.rightBracket)
            output.append(
                contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * max(depth - (closes ? 1 : 0), 0)))
        } else if let previous, continuesOnANewLine(previous, piece) {
            // A value continued on a line that starts with an operator keeps its line break,
            // indented one level deeper than its statement.
            output.append(contentsOf: lineBreak)
            output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * (depth + 1)))
        } else if let previous {
            appendSpace(between: previous, and: piece)
        }
        if piece.isToken(.word) { inAgeRange = bytes[piece.start..<piece.end].elementsEqual("age".utf8) }
        if piece.isToken(.semicolon) { inAgeRange = false }
        output.append(contentsOf: bytes[piece.start..<piece.end])
        switch piece.kind {
        case .token(.leftBrace), .token(.leftBracket): depth += 1
        case .token(.rightBrace), .token(.rightBracket): depth = max(depth - 1, 0)
        default: break
        }
        atLineStart = false
        previous = piece
    }

    /// A line break between two pieces that is no newline token: the lexer joined the lines because
    /// the second starts with an operator.
    private func continuesOnANewLine(_ previous: LayoutToken, _ piece: LayoutToken) -> Bool {
        guard piece.kind != .comment, previous.end < piece.start else { return false }
        return bytes[previous.end..<piece.start].contains { $0 == 0x0A || $0 == 0x0D }
    }

    /// Ends the last line.
    mutating func finish() {
        if !atLineStart { output.append(contentsOf: lineBreak) }
    }

    private mutating func appendSpace(between left: LayoutToken, and right: LayoutToken) {
        if right.kind == .comment {
            // The spaces before a trailing comment are the author's (comments are often aligned).
            let gap = bytes[right.gapStart..<right.start]
            if gap.isEmpty { output.append(UInt8(ascii: " ")) } else { output.append(contentsOf: gap) }
            return
        }
        if LayoutPrinter.isTight(left, right, inAgeRange: inAgeRange) { return }
        output.append(UInt8(ascii: " "))
    }

    /// Where no space goes between two tokens on one line. Only where removing a space cannot join
    /// two tokens into one (the printed result is re-lexed and compared anyway).
    static func isTight(_ left: LayoutToken, _ right: LayoutToken, inAgeRange: Bool) -> Bool {
        if left.isToken(.leftBracket) || right.isToken(.rightBracket) { return true }
        if left.isToken(.leftParen) || right.isToken(.rightParen) { return true }
        if right.isToken(.comma) || right.isToken(.semicolon) { return true }
        if left.isToken(.leftBrace) && right.isToken(.rightBrace) { return true }
        // An age range, `18-34`, is written tight; elsewhere `-` is arithmetic, spaced like `+`.
        if right.isToken(.minus) || left.isToken(.minus) { return inAgeRange }
        return false
    }
}
