import SparkSyntax

/// `expect error [NUMBER|"text"] { ... }`: passes when the block fails (as described); the world
/// is left as it was either way.
extension Interpreter {
    func expectError(_ matcher: ErrorMatcher?, _ body: [Statement], _ range: SourceRange) throws(Diagnostic) {
        let caught = runDiscarded(body)
        if state.interrupted { throw interrupted(range) }
        // The error caught is the one a following `explain` explains, as if it had been reported.
        if let caught, remembersErrors { state.remember(caught) }
        let failure: Diagnostic?
        switch (caught, matcher) {
        case (nil, _):
            failure = error("expected the block to fail, but it succeeded", at: range)
        case (_?, nil):
            failure = nil
        case (let caught?, .number(let number, let matcherRange)):
            failure =
                caught.number == number
                ? nil
                : error(
                    "expected error \(number), but the block failed with \(Self.describe(caught))",
                    at: matcherRange)
        case (let caught?, .text(let text, let matcherRange)):
            failure =
                Self.mentions(caught, text)
                ? nil
                : error(
                    "expected an error mentioning \"\(text)\", but the block failed with \(Self.describe(caught))",
                    at: matcherRange)
        }
        record(
            CheckRecord(
                location: SourceLocation(file: currentFile, range: range), failure: failure, caught: caught))
    }

    /// Runs statements in a silent run of their own, every change undone; returns their error.
    /// The inner run's records are dropped, its checks uncounted; its statements and its use of
    /// `repeat`'s limit count.
    private func runDiscarded(_ body: [Statement]) -> Diagnostic? {
        let inner = Interpreter(
            state: state, sink: DiscardingSink(), remembersErrors: remembersErrors, file: currentFile)
        // The inner run is deeper, not fresh: it inherits the depth limits' counts, or a chain of
        // `expect error` bodies and includes would escape them and overflow the stack.
        inner.includeStack = includeStack
        inner.includeSites = includeSites
        inner.executionDepth = executionDepth
        inner.repeatRuns = repeatRuns
        inner.repeatDepth = repeatDepth
        world.beginTransaction()
        bindings.begin()
        defer {
            try? world.rollbackTransaction()
            bindings.rollback()
            repeatRuns = inner.repeatRuns
            tally.statements += inner.tally.statements
        }
        do {
            try inner.runBlock(body)
            return nil
        } catch {
            return error
        }
    }

    func record(_ check: CheckRecord) {
        if check.passed { tally.checksPassed += 1 } else { tally.checksFailed += 1 }
        send(.check(check))
    }

    private static func describe(_ diagnostic: Diagnostic) -> String {
        if let number = diagnostic.number { return "error \(number): \(diagnostic.message)" }
        return "\"\(diagnostic.message)\""
    }

    /// Case-insensitive, over the message, the notes and the help.
    private static func mentions(_ diagnostic: Diagnostic, _ text: String) -> Bool {
        let needle = text.lowercased()
        let haystack = ([diagnostic.message] + diagnostic.notes + [diagnostic.help ?? ""])
        return haystack.contains { $0.lowercased().contains(needle) }
    }
}

/// Swallows records: statements inside `expect error`, a tutorial's replayed answers.
public final class DiscardingSink: RecordSink {
    public init() {}
    public func emit(_ record: Record) {}
    public var wantsResults: Bool { false }
}
