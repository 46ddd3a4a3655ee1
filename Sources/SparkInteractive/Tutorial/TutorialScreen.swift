/// The tutorial's texts: a step's screen, the hints, the answer. Plain text; the terminal adds
/// nothing but line editing.
public enum TutorialScreen {
    /// The lesson's title and introduction, shown before its first step.
    static func lessonHeader(_ lesson: Lesson, of count: Int, resumingAt step: Int? = nil) -> String {
        var lines = ["━━ Lesson \(lesson.number) of \(count): \(lesson.title) ━━"]
        lines += lesson.introduction
        if let step { lines.append("(Resuming at step \(step) of \(lesson.steps.count).)") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Narration, where to tap, and what to type.
    static func step(_ step: LessonStep, number: Int, of count: Int) -> String {
        var lines = ["", "Step \(number) of \(count): \(step.title)"]
        lines += step.narration
        for tap in step.taps { lines.append("  Tap:  " + tap) }
        lines.append("  Type: " + indented(step.typed, by: "        "))
        return lines.joined(separator: "\n") + "\n"
    }

    /// A wrong try's hint, or (`asked`) one asked for with `.hint` before or between tries: then
    /// nothing was wrong, and it says only the hint.
    static func hint(_ text: String, try number: Int, asked: Bool = false) -> String {
        if asked { return "Hint: " + text + "\n" }
        return (number == 1 ? "Not yet. Hint: " : "Still not there. Hint: ") + text + "\n"
    }

    /// The answer to type: the step's whole answer, or what is left of it from where the learner is.
    static func answer(_ answer: String, whole: Bool) -> String {
        let lead =
            whole ? "Here is the answer; type it:" : "You typed part of the answer already; type the rest:"
        return lead + "\n  " + indented(answer, by: "  ") + "\n"
    }

    static func skipped(_ step: LessonStep, discardingTheLearnersOwn: Bool = false) -> String {
        var text = "Skipped. The answer was:\n  " + indented(step.typed, by: "  ") + "\n"
        if discardingTheLearnersOwn {
            text += "Your world is rebuilt from the lesson's answers, as if you had typed them: what you"
            text += " made yourself in this lesson is gone.\n"
        }
        return text
    }

    static func passed(_ step: LessonStep) -> String {
        "✓ " + (step.done.isEmpty ? "Done." : step.done.joined(separator: "\n  ")) + "\n"
    }

    static func lessonDone(_ lesson: Lesson) -> String {
        "\n★ Lesson \(lesson.number) done: \(lesson.title).\n"
    }

    static let finished = """

        You have finished every lesson. `spark repl` is the same language with nothing to check;
        `spark help` lists the statements, and `spark tutorial --restart` starts the lessons again.

        """

    /// `spark tutorial --list`: one line per lesson, the learner's current one marked.
    public static func list(_ lessons: [Lesson], current: TutorialPosition?) -> String {
        var lines: [String] = []
        for lesson in lessons {
            let here = current?.lesson == lesson.number
            let done = current.map { lesson.number < $0.lesson } ?? false
            let mark = here ? "→" : done ? "✓" : " "
            let note = here ? "  (you are at step \(current?.step ?? 1))" : done ? "  (done)" : ""
            lines.append("\(mark) \(lesson.number). \(lesson.title) — \(lesson.steps.count) steps" + note)
        }
        lines.append("")
        lines.append("`spark tutorial N` starts at lesson N; `spark tutorial --restart` starts over.")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func indented(_ text: String, by prefix: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n" + prefix)
    }
}
