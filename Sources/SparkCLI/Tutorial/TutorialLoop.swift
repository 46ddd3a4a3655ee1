import SparkInteractive
import SparkModel
import SparkRuntime
import SparkSyntax

/// The tutorial at the terminal: shows each step, reads the learner's input (several lines for
/// an unfinished block, as in the REPL), hands it to the coach, and saves the position after
/// every step so Ctrl-D, `.quit` or a closed terminal resume at the same step.
final class TutorialLoop {
    static let commands = """
        .skip   show the answer and go to the next step
        .hint   the next hint for this step
        .quit   save and leave (Ctrl-D does the same)

        """

    private let coach: TutorialCoach
    private let reader: any LineReading
    private let output: ReplOutput
    /// Flushes the learner's statement results, so they come before the coach's reply.
    private let flush: () -> Void
    /// Saves a position; returns why it could not, if it could not.
    private let save: (TutorialPosition) -> String?
    private let colors: Bool
    private var pending: [String] = []
    private var saveFailureReported = false
    private let names = SessionVocabulary()

    init(
        coach: TutorialCoach, reader: any LineReading, output: ReplOutput = .standard,
        flush: @escaping () -> Void = {}, save: @escaping (TutorialPosition) -> String?, colors: Bool = false
    ) {
        self.coach = coach
        self.reader = reader
        self.output = output
        self.flush = flush
        self.save = save
        self.colors = colors
        reader.completion = { [weak self] line in self?.complete(line) ?? [] }
    }

    /// Runs until the last lesson is done, Ctrl-D or `.quit`.
    func run() {
        output.write(coach.screen())
        remember()
        while !coach.isFinished && step() {}
    }

    /// Reads and handles one line; false when the tutorial is over for now.
    func step() -> Bool {
        switch reader.readLine(prompt: pending.isEmpty ? prompt : "...> ") {
        case .endOfInput:
            output.write("\n")
            return leave()
        case .interrupted(let discarded):
            let abandoned = !pending.isEmpty || !discarded.isEmpty
            pending = []
            output.write(abandoned ? "^C\n" : "^C\n(to quit, press Ctrl-D or type .quit)\n")
            return true
        case .line(let text):
            return handle(text)
        }
    }

    /// `tutorial 2026-12-01> `: the learner's world has a clock, and lessons move it.
    var prompt: String {
        let date = coach.currentSession.promptDate
        guard colors else { return "tutorial \(date)> " }
        return "tutorial " + LineEditor.invisible("\u{1B}[36m") + date + LineEditor.invisible("\u{1B}[0m")
            + "> "
    }

    private func handle(_ text: String) -> Bool {
        if pending.isEmpty {
            let command = DotCommand.trimmed(text[...])
            if command.isEmpty { return true }
            if command.hasPrefix(".") { return run(String(command)) }
        }
        pending.append(text)
        let source = pending.joined(separator: "\n")
        if Session.isIncomplete(source) { return true }
        pending = []
        let reply = coach.submit(source)
        flush()
        output.write(reply.text)
        if reply.outcome == .passed { remember() }
        return true
    }

    private func run(_ command: String) -> Bool {
        switch command {
        case ".skip":
            output.write(coach.skip().text)
            remember()
        case ".hint":
            output.write(coach.nextHint())
        case ".quit", ".exit":
            return leave()
        case ".help":
            output.write(TutorialLoop.commands)
        default:
            output.writeError(
                "error: unknown command `\(command)`\nhelp: the commands are .skip .hint .quit\n")
        }
        return true
    }

    private func leave() -> Bool {
        remember()
        if !coach.isFinished {
            let position = coach.position
            output.write(
                "Saved: lesson \(position.lesson), step \(position.step). "
                    + "`spark tutorial` resumes here.\n")
        }
        return false
    }

    private func remember() {
        guard let problem = save(coach.position), !saveFailureReported else { return }
        saveFailureReported = true
        output.writeError("error: \(problem)\nhelp: your progress is kept for this session only\n")
    }

    private func complete(_ lineBeforeCursor: String) -> [String] {
        if pending.isEmpty && lineBeforeCursor.hasPrefix(".") {
            return [".skip", ".hint", ".quit", ".help"].filter { $0.hasPrefix(lineBeforeCursor) }
        }
        let text = pending.isEmpty ? lineBeforeCursor : (pending + [lineBeforeCursor]).joined(separator: "\n")
        return Completer(vocabulary: names.vocabulary(of: coach.currentSession)).complete(text)
    }
}
