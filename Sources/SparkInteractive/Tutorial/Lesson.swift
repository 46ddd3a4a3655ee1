/// One lesson of `spark tutorial`, as written in a `Lessons/*.spark` file (see Lessons/README.md).
public struct Lesson: Sendable, Equatable {
    /// The lesson's number, as the learner types it: `spark tutorial 3`.
    public var number: Int
    public var title: String
    /// Narration shown before the first step.
    public var introduction: [String]
    /// Statements run silently when the lesson starts: the world the lesson begins in.
    public var setup: String
    public var steps: [LessonStep]

    public init(number: Int, title: String, introduction: [String], setup: String, steps: [LessonStep]) {
        self.number = number
        self.title = title
        self.introduction = introduction
        self.setup = setup
        self.steps = steps
    }
}

/// One step: what to read, where to tap, what to type, and how to tell it is done.
public struct LessonStep: Sendable, Equatable {
    public var title: String
    public var narration: [String] = []
    /// Tap paths in the app or Ads Manager, one per line.
    public var taps: [String] = []
    /// What the learner is told to type; also the answer shown after the third wrong try.
    public var typed: String = ""
    public var hints: [String] = []
    /// Statements run silently when the step begins (`//> given:`): things that happen meanwhile.
    public var given: String = ""
    /// The model answer, as statements: replayed silently when a learner resumes past this step.
    public var answer: String = ""
    /// `expect` statements that must all hold after the learner's input.
    public var checks: [String] = []
    /// When set, the step is done when the learner's input fails with this error: its number
    /// (`4025`) or a phrase of its message. Troubleshooting steps reproduce a problem this way.
    public var expectedError: String?
    /// When set, the step is done when the learner's input shows what these looking statements
    /// (`show`, `list`, `reveal`, `help`, ...) show: for steps that only look at something, which
    /// leaves no trace in the world. Compared as data, so `show c` counts for `show code` when
    /// both name one code.
    public var shows: String?
    /// Shown once the step is done.
    public var done: [String] = []
    /// The line of the `//> step:` directive, for messages about the lesson file.
    public var line: Int

    public init(title: String, line: Int) {
        self.title = title
        self.line = line
    }
}
