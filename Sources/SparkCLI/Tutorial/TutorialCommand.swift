import ArgumentParser
import SparkInteractive
import SparkRuntime
import SparkSyntax

/// `spark tutorial`: interactive lessons that follow the Spark Code guide step by step.
struct TutorialCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tutorial",
        abstract: "Learn the Spark Code workflow step by step, following the guide.",
        discussion: """
            Six lessons: the creator's seven steps, managing codes, the brand in Ads Manager, what \
            brands can and cannot do, troubleshooting, and the figures. Each step says where to tap \
            in the app or Ads Manager and what to type; any statement that gets there counts. A \
            wrong try gets a hint, a second a stronger one, a third the answer. Progress is saved \
            in $XDG_STATE_HOME/spark/tutorial (SPARK_TUTORIAL_FILE overrides it), so the tutorial \
            resumes where you stopped. Commands: .skip .hint .quit; Ctrl-D saves and quits.
            """)

    @Argument(
        help: "Start at this lesson (`--list` shows them).",
        completion: .list(LessonCatalogue.lessons.map { String($0.number) }))
    var lesson: Int?

    @Flag(help: "List the lessons and where you are.")
    var list = false

    @Flag(help: "Forget the saved progress and start over.")
    var restart = false

    @Option(help: "Colour diagnostics: auto (on a terminal, unless NO_COLOR is set), always, never.")
    var color: ColorChoice = .auto

    func validate() throws {
        let lessons = LessonCatalogue.lessons
        if let lesson, !lessons.contains(where: { $0.number == lesson }) {
            let numbers = lessons.map { String($0.number) }.joined(separator: ", ")
            throw ValidationError("no lesson \(lesson): the lessons are \(numbers) (`spark tutorial --list`)")
        }
    }

    func run() throws {
        let lessons = LessonCatalogue.lessons
        // A broken lesson is a bug in spark (a test keeps the list empty), but say so, not hide it.
        let printer = DiagnosticPrinter(color: color)
        for problem in LessonCatalogue.problems { printer.print(Diagnostic(.error, "lesson \(problem)")) }
        let progress = TutorialProgressFile(path: TutorialProgressFile.defaultPath())
        if restart { progress.remove() }
        let saved = progress.load()
        if list {
            print(TutorialScreen.list(lessons, current: saved), terminator: "")
            return
        }
        if let lesson, !lessons.contains(where: { $0.number == lesson }) {
            let numbers = lessons.map { String($0.number) }.joined(separator: ", ")
            throw ValidationError("no lesson \(lesson): the lessons are \(numbers) (`spark tutorial --list`)")
        }
        let start = lesson.map { TutorialPosition(lesson: $0) } ?? saved ?? .beginning
        let output = OutputBuffer(descriptor: 1)
        let reporter = TextReporter(output: output, printer: printer, quiet: false)
        let coach = TutorialCoach(lessons: lessons, start: start, output: reporter)
        let loop = TutorialLoop(
            coach: coach, reader: TutorialCommand.lineReader(), flush: { output.flush() },
            save: { progress.save($0) }, colors: color.enabled(forDescriptor: 1))
        loop.run()
    }

    /// libedit on a terminal; otherwise (a pipe, a test) plain lines from standard input.
    private static func lineReader() -> any LineReading {
        if Terminal.isTerminal(0) {
            if let editor = LineEditor(history: nil) { return editor }
            if let reason = LineEditor.unavailability {
                Terminal.writeError("spark: no line editor (\(reason)): reading plain lines\n")
            }
        }
        return StandardInputLines()
    }
}
