import SparkInteractive
import SparkModel
import SparkRuntime
import SparkSyntax

/// The interactive session: reads lines, gathers unfinished input over several lines, runs
/// statements through a `ReplEvaluator`, and handles dot-commands, Ctrl-C and Ctrl-D.
///
///     guard let repl = ReplLoop(evaluator: session, colors: colors) else { /* run as a script */ }
///     repl.run()
final class ReplLoop {
    static let banner = """
        spark — the TikTok Spark Code workflow, interactively.
        Type `help` for the language, `.help` for commands, Ctrl-D to quit.

        """
    static let quitHint = "(to quit, press Ctrl-D or type .quit)\n"

    private let evaluator: any ReplEvaluator
    private let reader: any LineReading
    private let history: History?
    private let colors: Bool
    private let output: ReplOutput
    /// Lines of an unfinished input (an open block, list or string), in order.
    private var pending: [String] = []
    private var historyFailureReported = false

    init(
        evaluator: any ReplEvaluator, reader: any LineReading, history: History?, colors: Bool,
        output: ReplOutput = .standard
    ) {
        self.evaluator = evaluator
        self.reader = reader
        self.history = history
        self.colors = colors
        self.output = output
        reader.completion = { [weak self] line in self?.complete(line) ?? [] }
    }

    /// On a terminal: libedit, and the history file of `History.defaultPath()`. Nil when libedit
    /// cannot start; the caller then runs standard input as a script.
    convenience init?(evaluator: any ReplEvaluator, colors: Bool) {
        let history = History(path: History.defaultPath())
        guard let editor = LineEditor(history: history) else { return nil }
        self.init(evaluator: evaluator, reader: editor, history: history, colors: colors)
    }

    /// Runs until Ctrl-D or `.quit`.
    func run() {
        output.write(ReplLoop.banner)
        while step() {}
    }

    /// Reads and handles one line; false when the session is over.
    func step() -> Bool {
        switch reader.readLine(prompt: pending.isEmpty ? primaryPrompt : continuationPrompt) {
        case .endOfInput:
            output.write("\n")
            return false
        case .interrupted(let discarded):
            // Like Python: Ctrl-C abandons what was typed; pressed with nothing to abandon, it
            // says how to leave instead.
            let abandoned = !pending.isEmpty || !discarded.isEmpty
            pending = []
            output.write(abandoned ? "^C\n" : "^C\n" + ReplLoop.quitHint)
            return true
        case .line(let text):
            return handle(text)
        }
    }

    private func handle(_ text: String) -> Bool {
        if pending.isEmpty {
            let command = DotCommand.trimmed(text[...])
            if command.isEmpty { return true }
            if command.hasPrefix(".") {
                remember(String(command))
                return run(DotCommand.parse(String(command)))
            }
        }
        pending.append(text)
        let source = pending.joined(separator: "\n")
        if evaluator.isIncomplete(source) { return true }
        pending = []
        // Saved before it runs: whatever the statement does, the line is not lost.
        remember(source)
        evaluator.evaluate(source)
        return true
    }

    private func run(_ parsed: Result<DotCommand, DotCommand.Problem>) -> Bool {
        switch parsed {
        case .failure(let problem):
            report(problem.message, help: problem.help)
        case .success(.help(let topic)):
            output.write(topic.flatMap(DotCommand.detail(of:)) ?? DotCommand.overview)
        case .success(.load(let path)):
            _ = evaluator.load(path: path)
        case .success(.save(let path)):
            do {
                try AtomicFile.write(evaluator.transcript, to: path)
                output.write("saved the session to \(path)\n")
            } catch {
                report("cannot save to `\(path)`: \(error.reason)", help: nil)
            }
        case .success(.timeline(let path)):
            do {
                try AtomicFile.write(evaluator.timelineSVG, to: path, mode: 0o644)
                output.write("drew the timeline in \(path)\n")
            } catch {
                report("cannot write `\(path)`: \(error.reason)", help: nil)
            }
        case .success(.reset):
            evaluator.reset()
            output.write("a fresh world, no bindings\n")
        case .success(.quit):
            return false
        }
        return true
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

    private func report(_ message: String, help: String?) {
        let label = colors ? "\u{1B}[1;31merror:\u{1B}[0m" : "error:"
        var text = "\(label) \(message)\n"
        if let help { text += (colors ? "\u{1B}[1mhelp:\u{1B}[0m " : "help: ") + help + "\n" }
        output.writeError(text)
    }

    // MARK: Prompts and completion

    /// `spark 2026-01-01> `, the date in cyan when colours are on.
    var primaryPrompt: String {
        let date = evaluator.promptDate
        guard colors else { return "spark \(date)> " }
        return "spark " + LineEditor.invisible("\u{1B}[36m") + date + LineEditor.invisible("\u{1B}[0m") + "> "
    }

    /// `...> `, its `>` under the primary prompt's.
    var continuationPrompt: String {
        let width = "spark ".count + evaluator.promptDate.count
        return String(repeating: " ", count: max(0, width - 3)) + "...> "
    }

    /// Candidates for the word before the cursor, seeing the unfinished lines above it too (so
    /// a campaign's fields are offered on the lines of its block).
    func complete(_ lineBeforeCursor: String) -> [String] {
        if pending.isEmpty && lineBeforeCursor.hasPrefix(".") {
            return completeDotCommand(lineBeforeCursor)
        }
        let text = pending.isEmpty ? lineBeforeCursor : (pending + [lineBeforeCursor]).joined(separator: "\n")
        return Completer(vocabulary: evaluator.vocabulary).complete(text)
    }

    private func completeDotCommand(_ line: String) -> [String] {
        let words = line.split(separator: " ", omittingEmptySubsequences: true)
        let endsWithSpace = line.hasSuffix(" ")
        if words.count == 1 && !endsWithSpace {
            return DotCommand.names.map { "." + $0 }.filter { $0.hasPrefix(line) }
        }
        let topic = endsWithSpace ? "" : String(words.last ?? "")
        let afterHelp = words.first == ".help" && words.count == (endsWithSpace ? 1 : 2)
        return afterHelp ? DotCommand.names.filter { $0.hasPrefix(topic) } : []
    }
}
