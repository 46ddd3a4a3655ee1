import SparkInteractive
import SparkRuntime

/// The tutorial at the terminal: shows each step, hands the learner's input to the coach, and
/// saves the position after every step so Ctrl-D, `.quit` or a closed terminal resume at the same
/// step. Lines, unfinished blocks, Ctrl-C and completion are the `InputLoop`'s, shared with the REPL.
final class TutorialLoop: InputHandler {
    static let commands = """
        .skip   show the answer and go to the next step
        .hint   the next hint for this step
        .quit   save and leave (Ctrl-D does the same)

        """

    private let coach: TutorialCoach
    private let input: InputLoop
    private var output: ReplOutput { input.output }
    /// Flushes the learner's statement results, so they come before the coach's reply.
    private let flush: () -> Void
    /// Saves a position; returns why it could not, if it could not.
    private let save: (TutorialPosition) -> String?
    private let colors: Bool
    private var saveFailureReported = false
    private let names = SessionVocabulary()

    init(
        coach: TutorialCoach, reader: any LineReading, output: ReplOutput = .standard,
        flush: @escaping () -> Void = {}, save: @escaping (TutorialPosition) -> String?, colors: Bool = false
    ) {
        self.coach = coach
        self.flush = flush
        self.save = save
        self.colors = colors
        input = InputLoop(reader: reader, history: nil, colors: colors, output: output)
        input.handler = self
    }

    /// Runs until the last lesson is done, Ctrl-D or `.quit`.
    func run() {
        output.write(coach.screen(resuming: true))
        remember()
        while !coach.isFinished && step() {}
    }

    /// Reads and handles one line; false when the tutorial is over for now.
    func step() -> Bool { input.step() }

    // MARK: InputHandler

    /// `tutorial 2026-12-01> `: the learner's world has a clock, and lessons move it.
    var primaryPrompt: String {
        InputLoop.prompt("tutorial", date: coach.currentSession.promptDate, colors: colors)
    }

    var continuationPrompt: String { "...> " }

    func isIncomplete(_ source: String) -> Bool { Session.isIncomplete(source) }

    func submit(_ source: String) -> Bool {
        let reply = coach.submit(source)
        flush()
        output.write(reply.text)
        if reply.outcome == .passed { remember() }
        return true
    }

    func command(_ line: String) -> Bool {
        switch line {
        case ".skip":
            output.write(coach.skip().text)
            remember()
        case ".hint":
            output.write(coach.nextHint())
        case ".quit", ".exit":
            leave()
            return false
        case ".help":
            output.write(TutorialLoop.commands)
        default:
            input.report("unknown command `\(line)`", help: "the commands are .skip .hint .quit")
        }
        return true
    }

    func endOfInput() { leave() }

    var vocabulary: CompletionVocabulary { names.vocabulary(of: coach.currentSession) }

    func completeCommand(_ line: String) -> [String] {
        [".skip", ".hint", ".quit", ".help"].filter { $0.hasPrefix(line) }
    }

    private func leave() {
        remember()
        if !coach.isFinished {
            let position = coach.position
            output.write(
                "Saved: lesson \(position.lesson), step \(position.step). `spark tutorial` resumes here.\n")
        }
    }

    private func remember() {
        guard let problem = save(coach.position), !saveFailureReported else { return }
        saveFailureReported = true
        input.report(problem, help: "your progress is kept for this session only")
    }
}
