import SparkModel
import SparkSyntax

/// The bridge to the domain: calling it, and turning its errors and events into diagnostics and
/// records.
extension Interpreter {
    /// Calls the domain; a refusal becomes a diagnostic at `range` with TikTok's number and help.
    /// `focus` says where the statement names each thing, to put the caret on the one at fault.
    func domain<T>(_ range: SourceRange, focus: Focus = Focus(), _ body: () throws(DomainError) -> T)
        throws(Diagnostic) -> T
    {
        do { return try body() } catch {
            if remembersErrors { state.lastDomainError = error }
            throw diagnostic(for: error, at: focus.range(for: error) ?? range)
        }
    }

    func diagnostic(for error: DomainError, at range: SourceRange) -> Diagnostic {
        Diagnostic(
            .error, error.message, file: currentFile, range: range,
            notes: [], help: error.help, number: error.number)
    }

    /// Events print after the result line of the statement that caused them.
    func report(_ events: [WorldEvent]) {
        guard wantsResults else { return }
        for event in events { send(.event(event)) }
    }

    func warn(_ message: String, at range: SourceRange, help: String? = nil) {
        send(.warning(Diagnostic(.warning, message, file: currentFile, range: range, help: help)))
    }

    func authorizationDuration(_ expression: Expression) throws(Diagnostic) -> AuthorizationDuration {
        let span = try timeSpan(expression)
        return try domain(expression.range) { () throws(DomainError) in
            try AuthorizationDuration(seconds: span.seconds)
        }
    }
}
