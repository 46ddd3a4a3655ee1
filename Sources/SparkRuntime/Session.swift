import SparkModel
import SparkSyntax

/// A world and the bindings of the scripts run in it: what `spark run`, each `spark test` file and
/// a REPL session each own one of.
public final class Session {
    public enum Outcome: Sendable, Equatable {
        /// Everything ran and every expectation held.
        case succeeded
        /// A runtime error stopped the run, or an expectation failed.
        case failed
        /// Syntax errors: nothing ran.
        case invalid
    }

    let interpreter: Interpreter

    public init(options: SessionOptions, reader: ScriptReader, sink: RecordSink) {
        interpreter = Interpreter(options: options, reader: reader, sink: sink)
    }

    /// Runs scripts in order. All of them are checked first, so a syntax error runs nothing.
    public func run(_ files: [SourceFile]) -> Outcome {
        var invalid = false
        for file in files {
            for diagnostic in SyntaxCheck.diagnostics(of: file) {
                interpreter.sink.emit(.error(diagnostic))
                invalid = true
            }
        }
        if invalid { return .invalid }
        for file in files {
            do { try interpreter.runChecked(file) } catch {
                interpreter.sink.emit(.error(error))
                return .failed
            }
        }
        return interpreter.failedChecks > 0 ? .failed : .succeeded
    }

    /// Runs one piece of interactive input. Errors are reported and the world stays as it was
    /// before the failing statement; the session goes on.
    @discardableResult
    public func evaluate(_ file: SourceFile) -> Outcome {
        let failedBefore = interpreter.failedChecks
        let outcome = run([file])
        if outcome == .failed && interpreter.failedChecks == failedBefore { return .failed }
        return interpreter.failedChecks > failedBefore ? .failed : outcome
    }

    /// Statements run so far, checks passed and failed.
    public var statistics: (statements: Int, checksPassed: Int, checksFailed: Int) {
        (interpreter.statementCount, interpreter.passedChecks, interpreter.failedChecks)
    }

    /// Read access for front ends (completion, the prompt's date, the tutorial's checks).
    public var world: World { interpreter.world }

    /// Names bound with `let`, for completion.
    public var boundNames: [String] { interpreter.bindings.names }

    /// The value bound to a name, if any.
    public func value(of name: String) -> Value? { interpreter.bindings[name] }
}
