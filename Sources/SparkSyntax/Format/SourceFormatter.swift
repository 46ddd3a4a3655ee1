/// `spark fmt`: one canonical layout for a script, changing only whitespace.
///
/// Blocks, campaign fields and multi-line lists are indented two spaces a level; one space
/// separates tokens (none inside `[ ]`, before `,` or `;`, or in an age range `18-34`); at most one
/// blank line is kept; every line ends without trailing spaces and the file with a line break.
/// Line breaks are the author's: statements joined with `;` stay on their line, and a file
/// written with CRLF keeps CRLF. Comments stay where they were, with the spaces before a trailing
/// comment kept (authors align them).
///
/// The result is checked before it is returned: it must lex to the same tokens and comments, so a
/// layout rule can never change what a script means.
public enum SourceFormatter {
    public enum Outcome: Sendable {
        /// The formatted bytes (equal to the input when it was already formatted).
        case formatted([UInt8])
        /// The script has syntax errors (or could not be formatted safely): left as it is.
        case refused([Diagnostic])
    }

    public static func format(_ file: SourceFile) -> Outcome {
        let syntaxErrors = syntaxErrors(in: file)
        guard syntaxErrors.isEmpty else { return .refused(syntaxErrors) }
        guard let pieces = LayoutTokens.pieces(of: file) else { return .refused([]) }
        var printer = LayoutPrinter(bytes: file.bytes, lineBreak: lineBreak(of: file.bytes, pieces))
        // A byte order mark stays in front.
        if file.bytes.starts(with: byteOrderMark) { printer.output.append(contentsOf: byteOrderMark) }
        for piece in pieces { printer.print(piece) }
        printer.finish()
        let output = printer.output
        guard sameTokens(file, SourceFile(path: file.path, bytes: output)) else {
            return .refused([
                Diagnostic(
                    .error, "the formatter would change the script's tokens; the file is left as it is",
                    file: file, notes: ["this is a bug in `spark fmt`: please report it with the file"])
            ])
        }
        return .formatted(output)
    }

    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The parser's errors (the static checks' warnings do not stop formatting).
    static func syntaxErrors(in file: SourceFile) -> [Diagnostic] {
        var parser = Parser(file: file, checker: nil)
        parser.parseToEnd()
        return parser.diagnostics.filter { $0.severity == .error }
    }

    /// CRLF when the file's first line break is CRLF, LF otherwise.
    static func lineBreak(of bytes: [UInt8], _ pieces: [LayoutToken]) -> [UInt8] {
        guard let first = pieces.first(where: { $0.kind == .newline }) else { return [0x0A] }
        return first.end - first.start == 2 ? [0x0D, 0x0A] : [0x0A]
    }

    /// Whether both files have the same tokens and comments in the same order, line breaks
    /// counted as one however many there were.
    static func sameTokens(_ original: SourceFile, _ formatted: SourceFile) -> Bool {
        guard let before = LayoutTokens.pieces(of: original), let after = LayoutTokens.pieces(of: formatted)
        else { return false }
        let left = significant(before, original.bytes)
        let right = significant(after, formatted.bytes)
        return left.elementsEqual(right) { $0.kind == $1.kind && $0.text == $1.text }
    }

    private static func significant(_ pieces: [LayoutToken], _ bytes: [UInt8]) -> [(
        kind: LayoutToken.Kind, text: ArraySlice<UInt8>
    )] {
        var result: [(kind: LayoutToken.Kind, text: ArraySlice<UInt8>)] = []
        for piece in pieces {
            if piece.kind == .newline {
                if result.isEmpty || result.last?.kind == .newline { continue }
                result.append((.newline, []))
            } else {
                result.append((piece.kind, bytes[piece.start..<piece.end]))
            }
        }
        if result.last?.kind == .newline { result.removeLast() }
        return result
    }
}
