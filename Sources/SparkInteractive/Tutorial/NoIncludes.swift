import SparkRuntime
import SparkSyntax

/// Lessons do not read files: an `include` in a learner's input is refused with a reason.
struct NoIncludes: ScriptReader {
    func read(_ path: String) throws(Diagnostic) -> SourceFile {
        throw Diagnostic(
            .error, "`include` is not available in the tutorial", help: "type the statements themselves")
    }
}
