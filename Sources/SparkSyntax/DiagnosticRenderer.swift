import SparkBase

/// Renders a diagnostic as text, rustc style: location and message, the source line with a caret
/// under the range, then notes and help.
///
/// ```
/// scripts/a.spark:3:11: error[4025]: code expired
///   3 | redeem c as acme
///     |        ^
/// note: ...
/// help: ...
/// ```
public struct DiagnosticRenderer: Sendable {
    public var colors: Bool
    /// For a terminal: control characters in the texts (a message quoting a caption, a path) are
    /// shown as escapes, never obeyed. The source excerpt shows them as `�` either way.
    public var escapesControls: Bool
    /// Longest stretch of a source line shown; longer lines are cut around the range with `…`.
    static let window = 120

    public init(colors: Bool, escapesControls: Bool = false) {
        self.colors = colors
        self.escapesControls = escapesControls
    }

    public func render(_ diagnostic: Diagnostic) -> String {
        var label = diagnostic.severity.rawValue
        if let number = diagnostic.number { label += "[\(number)]" }
        let styledLabel = paint(label, diagnostic.severity == .error ? "1;31" : "1;33")
        let message = paint(shown(diagnostic.message), "1")
        var output: String
        if let file = diagnostic.file, let range = diagnostic.range {
            let (line, column) = file.location(of: range)
            output = "\(shown(file.path)):\(line):\(column): \(styledLabel): \(message)\n"
            output += excerpt(of: file, range: range, line: line)
        } else if let file = diagnostic.file {
            output = "\(shown(file.path)): \(styledLabel): \(message)\n"
        } else {
            output = "spark: \(styledLabel): \(message)\n"
        }
        for note in diagnostic.notes { output += "\(paint("note", "36")): \(shown(note))\n" }
        if let help = diagnostic.help { output += "\(paint("help", "32")): \(shown(help))\n" }
        return output
    }

    private func shown(_ text: String) -> String {
        escapesControls ? ControlCharacters.escaped(text) : text
    }

    private func paint(_ text: String, _ code: String) -> String {
        colors ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// The gutter, the source line (cut to the window around the range) and the caret line.
    private func excerpt(of file: SourceFile, range: SourceRange, line: Int) -> String {
        let bytes = file.bytes
        let start = min(max(range.start, 0), bytes.count)
        let bounds = file.lineBounds(around: start)
        // The range as scalar columns on this line (the underline stops at the line's end).
        let caretColumn = file.scalarCount(from: bounds.lowerBound, to: start)
        let rangeEnd = min(max(range.end, start), bounds.upperBound)
        let caretWidth = max(1, file.scalarCount(from: start, to: rangeEnd))
        // Shown stretch, in bytes: the whole line, or a window around the caret.
        var shownStart = bounds.lowerBound
        var shownEnd = bounds.upperBound
        let lineLength = file.scalarCount(
            from: bounds.lowerBound, to: min(bounds.upperBound, start + 4 * Self.window))
        if lineLength > Self.window {
            let lead = min(caretColumn, Self.window / 3)
            shownStart = file.offset(advancing: caretColumn - lead, from: bounds.lowerBound, limit: start)
            shownEnd = file.offset(advancing: Self.window, from: shownStart, limit: bounds.upperBound)
        }
        let cutFront = shownStart > bounds.lowerBound
        let cutBack = shownEnd < bounds.upperBound
        var text = cutFront ? "…" : ""
        var padding = cutFront ? " " : ""
        var index = shownStart
        while index < shownEnd {
            let length = UTF8Sequence.length(in: bytes, at: index)
            let byte = bytes[index]
            let isTab = byte == UInt8(ascii: "\t")
            if length == 0 {
                text += "\u{FFFD}"
            } else if byte < 0x20 && !isTab || byte == 0x7F {
                text += "\u{FFFD}"
            } else if let scalar = UTF8Sequence.scalar(in: bytes, at: index, length: length) {
                text.unicodeScalars.append(scalar)
            }
            if index < start { padding += isTab ? "\t" : " " }
            index += max(length, 1)
        }
        if cutBack { text += "…" }
        // The caret is clipped to the shown stretch.
        let shownCaretWidth = min(
            caretWidth, max(1, file.scalarCount(from: start, to: min(rangeEnd, shownEnd))))
        let marker = paint("^" + String(repeating: "~", count: shownCaretWidth - 1), "1;31")
        let number = String(line)
        let gutter = String(repeating: " ", count: number.count)
        let bar = paint("|", "34")
        return "  \(paint(number, "34")) \(bar) \(text)\n  \(gutter) \(bar) \(padding)\(marker)\n"
    }
}
