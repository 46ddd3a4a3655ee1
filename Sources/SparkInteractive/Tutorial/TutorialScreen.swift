import SparkModel
import SparkRuntime
import SparkSyntax

/// The tutorial's texts: a step's screen, the hints, the answer. Plain text; the terminal adds
/// nothing but line editing.
public enum TutorialScreen {
    /// The lesson's title and introduction, shown before its first step.
    static func lessonHeader(_ lesson: Lesson, of count: Int) -> String {
        var lines = ["━━ Lesson \(lesson.number) of \(count): \(lesson.title) ━━"]
        lines += lesson.introduction
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

    static func hint(_ text: String, try number: Int) -> String {
        (number == 1 ? "Not yet. Hint: " : "Still not there. Hint: ") + text + "\n"
    }

    static func answer(_ step: LessonStep) -> String {
        "Here is the answer; type it:\n  " + indented(step.typed, by: "  ") + "\n"
    }

    static func skipped(_ step: LessonStep) -> String {
        "Skipped. The answer was:\n  " + indented(step.typed, by: "  ") + "\n"
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
            let mark = here ? "→" : " "
            let note = here ? "  (you are at step \(current?.step ?? 1))" : ""
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
