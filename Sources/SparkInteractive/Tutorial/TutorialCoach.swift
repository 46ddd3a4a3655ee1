import SparkModel
import SparkRuntime
import SparkSyntax

/// Runs the lessons: keeps the learner's world, checks each input by its effect on that world,
/// and answers with the next step, a hint, a stronger hint, then the answer.
///
///     let coach = TutorialCoach(lessons: LessonCatalogue.lessons, start: .beginning, output: reporter)
///     print(coach.screen())
///     let reply = coach.submit("enable ad authorization for @you")
///
/// The learner's statements report through `output` as in the REPL (errors with their `help:`);
/// the coach's own words come back as text. Steps are checked by data, never by text: the world's
/// state (`Session.check`), the errors the input raised, what it showed (`Session.peek`). Each
/// lesson starts from a fresh world built by its setup; resuming at step N replays the model
/// answers of the steps before it, silently.
public final class TutorialCoach {
    public let lessons: [Lesson]
    public private(set) var lessonIndex: Int
    public private(set) var stepIndex: Int
    /// Wrong tries at the current step: 1 and 2 get hints, 3 and more the answer.
    public private(set) var tries = 0
    private let options: SessionOptions
    /// Where the learner's records go.
    private let output: RecordSink
    private var session: Session

    public init(
        lessons: [Lesson], start: TutorialPosition, output: RecordSink?,
        options: SessionOptions = SessionOptions()
    ) {
        self.lessons = lessons
        self.options = options
        self.output = output ?? DiscardingSink()
        session = Session(options: options, reader: NoIncludes(), sink: self.output)
        lessonIndex = lessons.firstIndex { $0.number == start.lesson } ?? 0
        let steps = lessons.indices.contains(lessonIndex) ? lessons[lessonIndex].steps.count : 0
        stepIndex = min(max(0, start.step - 1), max(0, steps - 1))
        rebuild()
    }

    public enum Outcome: Sendable, Equatable {
        /// The step is done; the reply holds the next step's screen (or the end).
        case passed
        /// Not yet: the first or second hint.
        case hint(Int)
        /// The third wrong try or later: the answer.
        case answer
        /// An input that only looked at something, at a step that is not about looking.
        case looked
    }

    public struct Reply: Sendable, Equatable {
        public var outcome: Outcome
        public var text: String
    }

    public var isFinished: Bool { lessonIndex >= lessons.count }

    public var lesson: Lesson? { lessons.indices.contains(lessonIndex) ? lessons[lessonIndex] : nil }

    public var step: LessonStep? {
        guard let lesson, lesson.steps.indices.contains(stepIndex) else { return nil }
        return lesson.steps[stepIndex]
    }

    /// What to save: where the learner would resume. Past the end: one lesson beyond the last.
    public var position: TutorialPosition {
        guard let lesson else { return TutorialPosition(lesson: (lessons.last?.number ?? 0) + 1) }
        return TutorialPosition(lesson: lesson.number, step: stepIndex + 1)
    }

    /// The learner's world, for the prompt's date and for completion.
    public var currentSession: Session { session }

    /// The current step's screen, with the lesson's header before its first step.
    public func screen() -> String {
        guard let lesson, let step else { return TutorialScreen.finished }
        let text = TutorialScreen.step(step, number: stepIndex + 1, of: lesson.steps.count)
        return stepIndex == 0 ? TutorialScreen.lessonHeader(lesson, of: lessons.count) + text : text
    }

    /// Runs the learner's input in their world, then checks the step by its effect.
    public func submit(_ source: String) -> Reply {
        guard let step else { return Reply(outcome: .passed, text: TutorialScreen.finished) }
        let evaluation = session.evaluate(SourceFile(path: "<tutorial>", text: source))
        if holds(step, after: evaluation) { return advance(TutorialScreen.passed(step)) }
        if step.shows == nil && evaluation.errors.isEmpty
            && evaluation.statements.allSatisfy({ $0.role == .looking })
        {
            return Reply(outcome: .looked, text: "")
        }
        let text = nextHint()
        return Reply(outcome: tries <= min(2, step.hints.count) ? .hint(tries) : .answer, text: text)
    }

    /// A wrong try's reply (also `.hint`): the first hint, the stronger second, then the answer.
    public func nextHint() -> String {
        guard let step else { return "" }
        tries += 1
        if tries <= min(2, step.hints.count) { return TutorialScreen.hint(step.hints[tries - 1], try: tries) }
        return TutorialScreen.answer(step)
    }

    /// `.skip`: shows the answer and moves on, in a world where the answer was typed.
    public func skip() -> Reply {
        guard let step else { return Reply(outcome: .passed, text: TutorialScreen.finished) }
        let text = TutorialScreen.skipped(step)
        stepIndex += 1
        if let lesson, stepIndex < lesson.steps.count {
            tries = 0
            rebuild()
            return Reply(outcome: .passed, text: text + screen())
        }
        stepIndex -= 1
        return advance(text)
    }

    /// Whether the step's goal is reached: its checks hold, and the error it wants was raised
    /// or what it wants to see was shown by the learner's last input.
    private func holds(_ step: LessonStep, after evaluation: Evaluation) -> Bool {
        if !step.checks.isEmpty && !session.check(step.checks.joined(separator: "\n")) { return false }
        if let wanted = step.expectedError, !raised(wanted, in: evaluation) { return false }
        if let looking = step.shows {
            guard let wanted = session.peek(looking) else { return false }
            let shown = evaluation.results
            if !wanted.allSatisfy(shown.contains) { return false }
        }
        return true
    }

    /// The input failed with the wanted error (its number, or a phrase of its message, notes or
    /// help), or held an `expect error` whose block failed with it.
    private func raised(_ wanted: String, in evaluation: Evaluation) -> Bool {
        let caught = evaluation.errors + evaluation.checks.compactMap { $0.passed ? $0.caught : nil }
        let needle = wanted.lowercased()
        return caught.contains { error in
            if let number = error.number, String(number) == wanted { return true }
            let text = ([error.message] + error.notes + [error.help ?? ""]).joined(separator: "\n")
            return text.lowercased().contains(needle)
        }
    }

    private func advance(_ text: String) -> Reply {
        tries = 0
        stepIndex += 1
        guard let lesson else { return Reply(outcome: .passed, text: text + TutorialScreen.finished) }
        if stepIndex < lesson.steps.count {
            runQuietly(lesson.steps[stepIndex].given)
            return Reply(outcome: .passed, text: text + screen())
        }
        var reply = text + TutorialScreen.lessonDone(lesson)
        lessonIndex += 1
        stepIndex = 0
        if isFinished { return Reply(outcome: .passed, text: reply + TutorialScreen.finished) }
        rebuild()
        reply += "\n" + screen()
        return Reply(outcome: .passed, text: reply)
    }

    /// A fresh world for the current lesson: its setup, then every earlier step as answered.
    private func rebuild() {
        session = Session(options: options, reader: NoIncludes(), sink: output)
        guard let lesson else { return }
        runQuietly(lesson.setup)
        for step in lesson.steps.prefix(stepIndex) {
            runQuietly(step.given)
            runQuietly(step.answer)
        }
        if let step { runQuietly(step.given) }
    }

    private func runQuietly(_ source: String) {
        guard !source.isEmpty else { return }
        session.evaluate(SourceFile(path: "<lesson>", text: source), sink: DiscardingSink())
    }
}
