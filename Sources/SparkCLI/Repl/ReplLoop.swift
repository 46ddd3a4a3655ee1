import SparkInteractive

/// The REPL: the statements typed run through a `ReplEvaluator`, and the dot-commands (`.help`,
/// `.load`, `.save`, `.reset`, `.quit`) are its own. Lines, unfinished blocks, Ctrl-C, Ctrl-D,
/// history and completion are the `InputLoop`'s, shared with the tutorial.
///
///     guard let repl = ReplLoop(evaluator: session, colors: colors) else { /* run as a script */ }
///     repl.run()
final class ReplLoop: InputHandler {
    static let banner = """
        spark — the TikTok Spark Code workflow, interactively.
        Type `help` for the language, `.help` for commands, Ctrl-D to quit.

        """
    static let quitHint = InputLoop.quitHint

    private let evaluator: any ReplEvaluator
    private let colors: Bool
    private let input: InputLoop
    private var output: ReplOutput { input.output }

    init(
        evaluator: any ReplEvaluator, reader: any LineReading, history: History?, colors: Bool,
        output: ReplOutput = .standard
    ) {
        self.evaluator = evaluator
        self.colors = colors
        input = InputLoop(reader: reader, history: history, colors: colors, output: output)
        input.handler = self
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
    func step() -> Bool { input.step() }

    // MARK: InputHandler

    func isIncomplete(_ source: String) -> Bool { evaluator.isIncomplete(source) }

    func submit(_ source: String) -> Bool {
        evaluator.evaluate(source)
        return true
    }

    func command(_ line: String) -> Bool {
        switch DotCommand.parse(line) {
        case .failure(let problem):
            input.report(problem.message, help: problem.help)
        case .success(.help(let topic)):
            output.write(topic.flatMap(DotCommand.detail(of:)) ?? DotCommand.overview)
        case .success(.load(let path)):
            _ = evaluator.load(path: path)
        case .success(.save(let path)):
            do {
                try AtomicFile.write(evaluator.transcript, to: path)
                output.write("saved the session to \(path)\n")
            } catch {
                input.report("cannot save to `\(path)`: \(error.reason)", help: nil)
            }
        case .success(.timeline(let path)):
            do {
                try AtomicFile.write(evaluator.timelineSVG, to: path, mode: 0o644)
                output.write("drew the timeline in \(path)\n")
            } catch {
                input.report("cannot write `\(path)`: \(error.reason)", help: nil)
            }
        case .success(.reset):
            evaluator.reset()
            output.write("a fresh world, no bindings\n")
        case .success(.quit):
            return false
        }
        return true
    }

    func endOfInput() {}

    var vocabulary: CompletionVocabulary { evaluator.vocabulary }

    /// `spark 2026-01-01> `, the date in cyan when colours are on.
    var primaryPrompt: String { InputLoop.prompt("spark", date: evaluator.promptDate, colors: colors) }

    /// `...> `, its `>` under the primary prompt's.
    var continuationPrompt: String {
        let width = "spark ".count + evaluator.promptDate.count
        return String(repeating: " ", count: max(0, width - 3)) + "...> "
    }

    /// Candidates for the word before the cursor (dot-commands and statements alike).
    func complete(_ lineBeforeCursor: String) -> [String] { input.complete(lineBeforeCursor) }

    func completeCommand(_ line: String) -> [String] {
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
