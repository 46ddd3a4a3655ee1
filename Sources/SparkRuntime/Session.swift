import SparkModel
import SparkSyntax

/// A world and the bindings of the scripts run in it: what `spark run`, each `spark test` file and
/// a REPL session each own one of. Every run gets a context of its own (an `Interpreter`): where its
/// records go, whether its errors are remembered, what it counted.
public final class Session {
    public enum Outcome: Sendable, Equatable {
        /// Everything ran and every expectation held.
        case succeeded
        /// A runtime error stopped the run, or an expectation failed.
        case failed
        /// Syntax errors: nothing ran.
        case invalid
    }

    let state: SessionState
    /// Where runs report unless told otherwise.
    let sink: RecordSink

    public init(options: SessionOptions, reader: ScriptReader, sink: RecordSink) {
        state = SessionState(options: options, reader: reader)
        self.sink = sink
    }

    /// Runs scripts in order. All of them are checked first, so a syntax error runs nothing.
    /// The static checks' warnings are left to `spark check`: a run reports an unbound name as a
    /// runtime error when it gets there.
    public func run(_ files: [SourceFile]) -> Outcome {
        var invalid = false
        for (index, file) in files.enumerated() {
            let checker = index == 0 ? StaticChecker(knownNames: Set(state.bindings.names)) : nil
            for diagnostic in SyntaxCheck.diagnostics(of: file, checker: checker)
            where diagnostic.severity == .error {
                sink.emit(.error(diagnostic))
                if !invalid { state.remember(diagnostic) }
                invalid = true
            }
        }
        if invalid { return .invalid }
        guard let first = files.first else { return .succeeded }
        let run = Interpreter(state: state, sink: sink, file: first)
        defer { state.totals.add(run.tally) }
        for file in files {
            do { try run.runChecked(file) } catch {
                sink.emit(.error(error))
                state.remember(error)
                return .failed
            }
        }
        return run.tally.checksFailed > 0 ? .failed : .succeeded
    }

    /// `.load FILE` in the REPL: runs a script into the session as one input, all of it or none
    /// of it. A syntax error runs nothing; a runtime error undoes every statement of the script
    /// (the world, the bindings and the code generator). Failed expectations are reported and
    /// change nothing, so the script's statements stay. Returns whether they stayed.
    public func load(_ file: SourceFile) -> Bool {
        state.interrupted = false
        let checker = StaticChecker(knownNames: Set(state.bindings.names))
        let errors = SyntaxCheck.diagnostics(of: file, checker: checker).filter { $0.severity == .error }
        if let first = errors.first {
            for diagnostic in errors { sink.emit(.error(diagnostic)) }
            state.remember(first)
            return false
        }
        let run = Interpreter(state: state, sink: sink, file: file)
        defer { state.totals.add(run.tally) }
        do {
            try run.atomically(rollingBack: ("load", SourceRange(start: 0, end: 0))) {
                () throws(Diagnostic) in
                try run.runChecked(file)
            }
            return true
        } catch {
            sink.emit(.error(error))
            state.remember(error)
            return false
        }
    }

    /// Runs one piece of interactive input, statement by statement, until one fails. Errors are
    /// reported (to `sink`, or the session's) and the failing statement changes nothing; the
    /// session goes on. Returns what ran, as data: each statement that succeeded with its records,
    /// and the errors that stopped the input.
    @discardableResult
    public func evaluate(_ file: SourceFile, sink: RecordSink? = nil) -> Evaluation {
        let target = sink ?? self.sink
        state.interrupted = false
        var parser = Parser(file: file, checker: StaticChecker(knownNames: Set(state.bindings.names)))
        var statements: [Statement] = []
        while let statement = parser.next() { statements.append(statement) }
        let errors = parser.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else {
            for diagnostic in errors { target.emit(.error(diagnostic)) }
            if let first = errors.first { state.remember(first) }
            return Evaluation(statements: [], errors: errors)
        }
        let recorder = StatementRecorder(target: target)
        let run = Interpreter(state: state, sink: recorder, file: file)
        defer { state.totals.add(run.tally) }
        var evaluation = Evaluation(statements: [], errors: [])
        for statement in statements {
            do { try run.execute(statement) } catch {
                target.emit(.error(error))
                state.remember(error)
                evaluation.errors = [error]
                break
            }
            var evaluated = EvaluatedStatement(
                location: SourceLocation(file: file, range: statement.range),
                role: StatementRole(statement.kind),
                records: recorder.take())
            if case .explain(nil) = statement.kind { evaluated.explainsTheLastError = true }
            evaluation.statements.append(evaluated)
        }
        return evaluation
    }

    /// Statements run so far, checks passed and failed (silent checks are not counted).
    public var statistics: RunTally { state.totals }

    /// Read access for front ends (completion, the prompt's date, the tutorial's checks).
    public var world: World { state.world }

    /// Names bound with `let`, for completion.
    public var boundNames: [String] { state.bindings.names }

    /// The value bound to a name, if any.
    public func value(of name: String) -> Value? { state.bindings[name] }

    /// `2026-01-01`: the simulated date, for the prompt.
    public var promptDate: String { String(state.world.now.description.prefix(10)) }

    /// Whether `source` stops inside an open `{`, `[` or string: the REPL then asks for more.
    public static func isIncomplete(_ source: String) -> Bool {
        var parser = Parser(file: SourceFile(path: "<repl>", text: source), checker: nil)
        while parser.next() != nil {}
        return parser.endsIncomplete
    }
}

/// Passes records on to a sink and keeps them until the statement that made them is done, for
/// `Session.evaluate`. Interactive input only: it always wants results.
private final class StatementRecorder: RecordSink {
    private let target: RecordSink
    private let targetWantsResults: Bool
    private var records: [Record] = []

    init(target: RecordSink) {
        self.target = target
        targetWantsResults = target.wantsResults
    }

    var wantsResults: Bool { true }

    func emit(_ record: Record) {
        records.append(record)
        switch record {
        case .result, .event: if targetWantsResults { target.emit(record) }
        case .warning, .check, .error: target.emit(record)
        }
    }

    func take() -> [Record] {
        defer { records = [] }
        return records
    }
}
