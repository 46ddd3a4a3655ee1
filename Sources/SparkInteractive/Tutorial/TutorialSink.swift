import SparkModel
import SparkRuntime
import SparkSyntax

/// Stands between a tutorial's session and the learner's screen: silent while a lesson's setup
/// and replayed answers run, and remembering what the learner's last input printed and which
/// errors it raised, which some steps are checked by.
final class TutorialSink: RecordSink {
    /// Where the learner's records go (the terminal's reporter); nil drops them.
    let target: RecordSink?
    var muted = false
    /// Since `clear()`: result lines, errors, and passed `expect error` checks.
    private(set) var results: [String] = []
    private(set) var errors: [Diagnostic] = []
    private(set) var checksPassed = 0

    init(target: RecordSink?) {
        self.target = target
    }

    var wantsResults: Bool { true }

    func emit(_ record: Record) {
        switch record {
        case .result(let text, _): results.append(text)
        case .learning(let request, _): results.append(LearningText.text(for: request))
        case .error(let diagnostic): errors.append(diagnostic)
        case .check(let check): if check.passed { checksPassed += 1 }
        case .event, .warning: break
        }
        if !muted { target?.emit(record) }
    }

    func clear() {
        results = []
        errors = []
        checksPassed = 0
    }
}

/// Lessons do not read files: an `include` in a learner's input is refused with a reason.
struct NoIncludes: ScriptReader {
    func read(_ path: String) throws(Diagnostic) -> SourceFile {
        throw Diagnostic(
            .error, "`include` is not available in the tutorial", help: "type the statements themselves")
    }
}
