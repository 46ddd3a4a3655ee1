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
    /// Wrong tries and `.hint`s at the current step: 1 and 2 get hints, 3 and more the answer.
    public private(set) var tries = 0
    private let options: SessionOptions
    /// Where the learner's records go.
    private let output: RecordSink
    private var session: Session
    /// Whether the learner's own statements changed the world since it was last built.
    private var learnerActed = false

    public init(
        lessons: [Lesson], start: TutorialPosition, output: RecordSink?,
        options: SessionOptions = SessionOptions()
    ) {
        self.lessons = lessons
        self.options = options
        self.output = output ?? DiscardingSink()
        session = Session(options: options, reader: NoIncludes(), sink: self.output)
        // Past the last lesson: finished, and it stays so (`--restart` starts over).
        let pastTheEnd = start.lesson > (lessons.last?.number ?? 0)
        lessonIndex = pastTheEnd ? lessons.count : lessons.firstIndex { $0.number == start.lesson } ?? 0
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
        /// The answer shown (after the third wrong try), as the learner should type it.
        public var answer: String?
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

    /// The current step's screen, with the lesson's header before its first step (and always when
    /// `resuming`: a learner back after a break sees which lesson this is).
    public func screen(resuming: Bool = false) -> String {
        guard let lesson, let step else { return TutorialScreen.finished }
        let text = TutorialScreen.step(step, number: stepIndex + 1, of: lesson.steps.count)
        guard stepIndex == 0 || resuming else { return text }
        return TutorialScreen.lessonHeader(
            lesson, of: lessons.count, resumingAt: stepIndex == 0 ? nil : stepIndex + 1)
            + text
    }

    /// Runs the learner's input in their world, then checks the step by its effect.
    public func submit(_ source: String) -> Reply {
        guard let step else { return Reply(outcome: .passed, text: TutorialScreen.finished) }
        let evaluation = session.evaluate(SourceFile(path: "<tutorial>", text: source))
        if evaluation.statements.contains(where: { $0.role == .action }) { learnerActed = true }
        if holds(step, after: evaluation) { return advance(TutorialScreen.passed(step)) }
        if step.shows == nil && Self.onlyLooked(evaluation, source: source) {
            return Reply(outcome: .looked, text: "")
        }
        return wrongTry()
    }

    /// An input that only looked (`show`, `list`, `help`, `explain`, ...) is no wrong try, even
    /// when the look failed (`explain 9999`, `show video 999`): it changed nothing, and its error
    /// was shown.
    private static func onlyLooked(_ evaluation: Evaluation, source: String) -> Bool {
        guard evaluation.statements.allSatisfy({ $0.role == .looking }) else { return false }
        if evaluation.errors.isEmpty { return true }
        // The failed statement is not in `statements`: look at what was typed.
        var parser = Parser(file: SourceFile(path: "<tutorial>", text: source), checker: nil)
        var roles: [StatementRole] = []
        while let statement = parser.next() { roles.append(StatementRole(statement.kind)) }
        return parser.diagnostics.isEmpty && !roles.isEmpty && roles.allSatisfy { $0 == .looking }
    }

    /// A wrong try: the first hint, the stronger second, then the answer.
    private func wrongTry() -> Reply {
        guard let step else { return Reply(outcome: .passed, text: TutorialScreen.finished) }
        tries += 1
        if tries <= min(2, step.hints.count) {
            return Reply(outcome: .hint(tries), text: TutorialScreen.hint(step.hints[tries - 1], try: tries))
        }
        let answer = answerFromHere(step)
        return Reply(
            outcome: .answer, text: TutorialScreen.answer(answer, whole: answer == step.typed), answer: answer
        )
    }

    /// `.hint`: the next hint, asked for (so nothing was wrong, and it says only the hint): the
    /// first hint, the second, then the answer. Wrong tries and `.hint` go down one ladder.
    public func nextHint() -> String {
        guard let step else { return "" }
        tries += 1
        if tries <= min(2, step.hints.count) {
            return TutorialScreen.hint(step.hints[tries - 1], try: tries, asked: true)
        }
        let answer = answerFromHere(step)
        return TutorialScreen.answer(answer, whole: answer == step.typed)
    }

    /// The step's answer as it would work now: the whole of it, or, when the learner already typed
    /// its first statements (`publish "spark"` of `publish "spark"; publish "in-feed"`), what is
    /// left of it. Failing both, what still works of the model answer, which may repair what the
    /// learner made before (a draft saved without its url: `edit campaign ...; publish ...`). Each
    /// is tried in the learner's world and undone; the typed answer when nothing works.
    private func answerFromHere(_ step: LessonStep) -> String {
        let statements = Self.statements(of: step.typed)
        for start in statements.indices {
            let rest = start == 0 ? step.typed : statements[start...].joined(separator: "; ")
            if session.wouldReach(rest, { holds(step, after: $0) }) { return rest }
        }
        let model = modelAnswerFromHere(step)
        if !model.isEmpty, model != step.typed, session.wouldReach(model, { holds(step, after: $0) }) {
            return model
        }
        return step.typed
    }

    /// The model answer's statements that still work in the learner's world, in order: what the
    /// learner already did (`publish "spark"`) drops out, a repair the learner needs stays.
    private func modelAnswerFromHere(_ step: LessonStep) -> String {
        var kept: [String] = []
        for statement in Self.statements(of: step.answer) {
            let candidate = (kept + [statement]).joined(separator: "; ")
            if session.wouldReach(candidate, { $0.errors.isEmpty }) { kept.append(statement) }
        }
        return kept.joined(separator: "; ")
    }

    /// The source text of each statement of `source`.
    private static func statements(of source: String) -> [String] {
        let file = SourceFile(path: "<answer>", text: source)
        var parser = Parser(file: file, checker: nil)
        var texts: [String] = []
        while let statement = parser.next() {
            texts.append(SourceLocation(file: file, range: statement.range).text)
        }
        return texts
    }

    /// `.skip`: shows the answer and moves on, in a world where the answer was typed.
    public func skip() -> Reply {
        guard let step else { return Reply(outcome: .passed, text: TutorialScreen.finished) }
        // The world is rebuilt from the lesson's answers: say what that does to the learner's own.
        let text = TutorialScreen.skipped(step, discardingTheLearnersOwn: learnerActed)
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
        learnerActed = false
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
