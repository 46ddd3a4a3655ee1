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
    /// The static checks' warnings are left to `spark check`: a run reports an unbound name as a
    /// runtime error when it gets there.
    public func run(_ files: [SourceFile]) -> Outcome {
        var invalid = false
        for (index, file) in files.enumerated() {
            let checker = index == 0 ? StaticChecker(knownNames: Set(interpreter.bindings.names)) : nil
            for diagnostic in SyntaxCheck.diagnostics(of: file, checker: checker)
            where diagnostic.severity == .error {
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

    /// Runs one piece of interactive input, statement by statement, until one fails. Errors are
    /// reported and the failing statement changes nothing; the session goes on. Returns the source
    /// text of each statement that succeeded, for a replayable transcript.
    @discardableResult
    public func evaluate(_ file: SourceFile) -> [String] {
        var parser = Parser(file: file, checker: StaticChecker(knownNames: Set(interpreter.bindings.names)))
        var statements: [Statement] = []
        while let statement = parser.next() { statements.append(statement) }
        let errors = parser.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else {
            for diagnostic in errors { interpreter.sink.emit(.error(diagnostic)) }
            return []
        }
        var succeeded: [String] = []
        interpreter.currentFile = file
        for statement in statements {
            do { try interpreter.execute(statement) } catch {
                interpreter.lastError = error
                interpreter.sink.emit(.error(error))
                break
            }
            succeeded.append(SourceLocation(file: file, range: statement.range).text)
        }
        return succeeded
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

    /// `2026-01-01`: the simulated date, for the prompt.
    public var promptDate: String { String(interpreter.world.now.description.prefix(10)) }

    /// Whether `source` stops inside an open `{`, `[` or string: the REPL then asks for more.
    public static func isIncomplete(_ source: String) -> Bool {
        var parser = Parser(file: SourceFile(path: "<repl>", text: source), checker: nil)
        while parser.next() != nil {}
        return parser.endsIncomplete
    }
}
