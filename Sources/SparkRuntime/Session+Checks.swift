import SparkSyntax

/// Silent runs, for the tutorial: after every input it asks whether the learner's world has
/// reached a step's goal, and what a looking statement would show there. The learner must not see
/// these runs, nor have them counted or remembered: each is a run of its own with a buffer for a
/// sink, whose tally is never added to the session's and whose errors `explain` never sees.
extension Session {
    /// Whether every `expect X is STATE` / `expect P of X OP V` in `expectSource` holds now.
    /// Anything that is not such an expectation (a syntax error, an unknown name, a statement that
    /// would change the world) makes the check false.
    public func check(_ expectSource: String) -> Bool {
        guard let (file, statements) = Self.parse(expectSource, allowing: { $0 == .expectation }),
            !statements.contains(where: { if case .expectError = $0.kind { true } else { false } })
        else { return false }
        let buffer = RecordBuffer(wantsResults: false)
        let run = Interpreter(state: state, sink: buffer, remembersErrors: false, file: file)
        for statement in statements {
            do { try run.execute(statement) } catch { return false }
        }
        return run.tally.checksFailed == 0
    }

    /// What the looking statements of `source` (`show`, `list`, `reveal`, `help`, ...) would
    /// show now, as data; nil when `source` holds anything else, or fails.
    public func peek(_ source: String) -> [StatementResult]? {
        guard let (file, statements) = Self.parse(source, allowing: { $0 == .looking }) else { return nil }
        let buffer = RecordBuffer()
        let run = Interpreter(state: state, sink: buffer, remembersErrors: false, file: file)
        for statement in statements {
            do { try run.execute(statement) } catch { return nil }
        }
        return buffer.records.compactMap { if case .result(let result, _) = $0 { result } else { nil } }
    }

    /// The statements of `source` when it parses cleanly, is not empty, and holds only
    /// statements of the roles allowed.
    private static func parse(_ source: String, allowing allowed: (StatementRole) -> Bool)
        -> (SourceFile, [Statement])?
    {
        let file = SourceFile(path: "<check>", text: source)
        var parser = Parser(file: file, checker: nil)
        var statements: [Statement] = []
        while let statement = parser.next() {
            guard allowed(StatementRole(statement.kind)) else { return nil }
            statements.append(statement)
        }
        guard parser.diagnostics.isEmpty, !statements.isEmpty else { return nil }
        return (file, statements)
    }
}

extension Session {
    /// Runs `source` in this world as the learner would type it, asks `goal` whether that reaches
    /// a step's goal, and undoes everything, silently: nothing is shown, counted or remembered.
    /// The tutorial uses it to show an answer that works from where the learner is.
    public func wouldReach(_ source: String, _ goal: (Evaluation) -> Bool) -> Bool {
        let remembered = (state.lastError, state.lastDomainRefusal, state.totals)
        state.world.beginTransaction()
        state.bindings.begin()
        defer {
            try? state.world.rollbackTransaction()
            state.bindings.rollback()
            (state.lastError, state.lastDomainRefusal, state.totals) = remembered
        }
        let evaluation = evaluate(SourceFile(path: "<answer>", text: source), sink: DiscardingSink())
        return goal(evaluation)
    }
}
