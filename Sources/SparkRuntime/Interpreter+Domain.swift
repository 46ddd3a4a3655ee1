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
            throw diagnostic(for: error, at: focus.range(for: error) ?? range)
        }
    }

    /// The diagnostic of a refusal; kept beside the refusal, so that `explain` can say why when it
    /// is the error reported.
    func diagnostic(for error: DomainError, at range: SourceRange) -> Diagnostic {
        let diagnostic = Diagnostic(
            .error, error.message, file: currentFile, range: range,
            notes: [], help: suggestion(for: error) ?? error.help, number: error.number)
        if remembersErrors { state.lastDomainRefusal = (error, diagnostic) }
        return diagnostic
    }

    /// "did you mean ...?" for a name the world does not hold but holds one close to: the user's
    /// own brands, accounts and campaigns (`redeem c as acmee` when `acme` exists).
    private func suggestion(for error: DomainError) -> String? {
        let (wanted, kind, prefix): (String, NamedRecordKind, String)
        switch error {
        case .brandNotFound(let name): (wanted, kind, prefix) = (name, .brand, "")
        case .accountNotFound(let handle): (wanted, kind, prefix) = (handle.name, .account, "@")
        case .campaignNotFound(let name): (wanted, kind, prefix) = (name, .campaign, "")
        default: return nil
        }
        let names = (0..<world.count(of: kind)).compactMap { world.name(of: kind, at: $0) }
        guard let close = Suggestion.closest(to: wanted, among: names) else { return nil }
        let written = kind == .campaign ? "\"\(close)\"" : prefix + close
        return "did you mean `\(written)`? (\(error.help))"
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
