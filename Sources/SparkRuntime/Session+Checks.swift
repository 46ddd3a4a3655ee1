import SparkSyntax

/// Silent checks, for the tutorial: it asks after every input whether the learner's world has
/// reached a step's goal, and the learner must not see those checks run, nor have them counted.
extension Session {
    /// Whether every `expect X is STATE` / `expect P of X OP V` in `expectSource` holds now.
    /// Nothing is printed, counted or remembered for `explain`; anything that is not such an
    /// expectation (a syntax error, an unknown name, a statement that would change the world)
    /// makes the check false.
    public func check(_ expectSource: String) -> Bool {
        let file = SourceFile(path: "<check>", text: expectSource)
        var parser = Parser(file: file, checker: nil)
        var statements: [Statement] = []
        while let statement = parser.next() {
            switch statement.kind {
            case .expectState, .expectProperty: statements.append(statement)
            default: return false
            }
        }
        guard parser.diagnostics.isEmpty, !statements.isEmpty else { return false }

        let saved = (
            sink: interpreter.sink, file: interpreter.currentFile, count: interpreter.statementCount,
            passed: interpreter.passedChecks, failed: interpreter.failedChecks,
            error: interpreter.lastError, domainError: interpreter.lastDomainError
        )
        let buffer = RecordBuffer()
        interpreter.sink = buffer
        interpreter.currentFile = file
        defer {
            interpreter.sink = saved.sink
            interpreter.currentFile = saved.file
            interpreter.statementCount = saved.count
            interpreter.passedChecks = saved.passed
            interpreter.failedChecks = saved.failed
            interpreter.lastError = saved.error
            interpreter.lastDomainError = saved.domainError
        }
        for statement in statements {
            do { try interpreter.execute(statement) } catch { return false }
        }
        return buffer.records.allSatisfy { record in
            if case .check(let check) = record { return check.passed }
            return true
        }
    }
}
