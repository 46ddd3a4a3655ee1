/// Where a learner is: a lesson (by its number) and a step in it (from 1), as saved between runs.
public struct TutorialPosition: Sendable, Equatable {
    public var lesson: Int
    public var step: Int

    public init(lesson: Int, step: Int = 1) {
        self.lesson = lesson
        self.step = step
    }

    public static let beginning = TutorialPosition(lesson: 1)

    /// The progress file's text: two lines a person can read (and edit).
    public var text: String { "lesson \(lesson)\nstep \(step)\n" }

    /// Reads `text`; nil when it is not a progress file (then the tutorial starts afresh).
    public init?(text: String) {
        var lesson: Int?
        var step: Int?
        for line in text.split(separator: "\n") {
            let words = line.split(separator: " ")
            guard words.count == 2, let number = Int(words[1]), number > 0 else { continue }
            if words[0] == "lesson" { lesson = number }
            if words[0] == "step" { step = number }
        }
        guard let lesson else { return nil }
        self.init(lesson: lesson, step: step ?? 1)
    }
}
