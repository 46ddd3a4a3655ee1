import SparkInteractive
import SparkSyntax

/// The one input loop of the REPL and the tutorial: reads lines, gathers an unfinished input (an
/// open block, list or string) over several lines, handles Ctrl-C and Ctrl-D, remembers what was
/// entered in the history, completes on Tab, and hands complete input and dot-commands to its
/// `InputHandler`. Its own errors are diagnostics, rendered by the one `DiagnosticRenderer`.
final class InputLoop {
    static let quitHint = "(to quit, press Ctrl-D or type .quit)\n"

    private let reader: any LineReading
    private let history: History?
    let output: ReplOutput
    private let renderer: DiagnosticRenderer
    /// Set right after the handler is built (it owns the loop).
    weak var handler: (any InputHandler)?
    /// Lines of an unfinished input, in order.
    private(set) var pending: [String] = []
    private var historyFailureReported = false

    init(reader: any LineReading, history: History?, colors: Bool, output: ReplOutput) {
        self.reader = reader
        self.history = history
        self.output = output
        renderer = DiagnosticRenderer(colors: colors, escapesControls: Terminal.isTerminal(2))
        reader.completion = { [weak self] line in self?.complete(line) ?? [] }
    }

    /// Reads and handles one line; false when the session is over.
    func step() -> Bool {
        guard let handler else { return false }
        switch reader.readLine(prompt: pending.isEmpty ? handler.primaryPrompt : handler.continuationPrompt) {
        case .endOfInput:
            output.write("\n")
            handler.endOfInput()
            return false
        case .interrupted(let discarded):
            // Like Python: Ctrl-C abandons what was typed; pressed with nothing to abandon, it
            // says how to leave instead.
            let abandoned = !pending.isEmpty || !discarded.isEmpty
            pending = []
            output.write(abandoned ? "^C\n" : "^C\n" + InputLoop.quitHint)
            return true
        case .line(let text):
            return handle(text, handler)
        }
    }

    private func handle(_ text: String, _ handler: any InputHandler) -> Bool {
        if pending.isEmpty {
            let command = DotCommand.trimmed(text[...])
            if command.isEmpty { return true }
            if command.hasPrefix(".") {
                remember(String(command))
                return handler.command(String(command))
            }
        }
        pending.append(text)
        let source = pending.joined(separator: "\n")
        if handler.isIncomplete(source) { return true }
        pending = []
        // Saved before it runs: whatever the statement does, the line is not lost.
        remember(source)
        return handler.submit(source)
    }

    /// An error of the loop or its handler (not of a statement): a diagnostic without a place.
    func report(_ message: String, help: String?) {
        output.writeError(renderer.render(Diagnostic(.error, message, help: help)))
    }

    private func remember(_ entry: String) {
        guard let history else { return }
        do {
            try history.add(entry)
        } catch {
            // Once: a read-only home should not nag on every line.
            if historyFailureReported { return }
            historyFailureReported = true
            report(error.message, help: "the history is kept for this session only")
        }
    }

    /// Candidates for the word before the cursor, seeing the unfinished lines above it too (so
    /// a campaign's fields are offered on the lines of its block).
    func complete(_ lineBeforeCursor: String) -> [String] {
        guard let handler else { return [] }
        if pending.isEmpty && lineBeforeCursor.hasPrefix(".") {
            return handler.completeCommand(lineBeforeCursor)
        }
        let text = pending.isEmpty ? lineBeforeCursor : (pending + [lineBeforeCursor]).joined(separator: "\n")
        return Completer(vocabulary: handler.vocabulary).complete(text)
    }

    /// `NAME 2026-12-01> `, the date in cyan when colours are on.
    static func prompt(_ name: String, date: String, colors: Bool) -> String {
        guard colors else { return "\(name) \(date)> " }
        return "\(name) " + LineEditor.invisible("\u{1B}[36m") + date + LineEditor.invisible("\u{1B}[0m")
            + "> "
    }
}
