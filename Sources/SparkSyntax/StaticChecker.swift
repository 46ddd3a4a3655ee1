import SparkBase

/// Checks that need no world, made as the parser goes (streaming: no second pass over the AST).
///
/// Today: a name used as a value before any `let` binds it, and not declared by `brand NAME`, is a
/// warning (the parser makes it an error only for a lone word, which can only be a misspelled
/// statement). The check is conservative, so valid scripts never trip it:
/// - a `let` anywhere binds its name from then on, even inside a block, a `repeat` body or an
///   `expect error` body, and even when its statement has an error; a `repeat ... as i` counter
///   stays bound after its loop (whether the loop ran is the runtime's business);
/// - names inside `expect error { ... }` are not checked (a script may expect exactly that failure);
/// - after an `include`, names are no longer checked: the included file may bind any of them;
/// - brand positions (`redeem c as acme`, `campaign ... by acme`) are never checked: an unknown
///   brand is the domain's error to report, with its own advice.
public struct StaticChecker: Sendable {
    var bound: NameSet
    /// False after an `include`: bindings are no longer all visible.
    var checksNames = true
    /// The names bound, for a parallel check's merge.
    var boundNames: NameSet { bound }
    /// How many `expect error` bodies the parser is inside.
    var expectErrorDepth = 0

    /// A checker that already knows `knownNames` (the REPL passes the bindings of earlier lines, or
    /// carries `Parser.checker` from one line's parser to the next).
    public init(knownNames: Set<String> = []) {
        bound = NameSet(knownNames)
    }

    mutating func bind(_ name: String) {
        bound.insert(name)
    }

    mutating func sawInclude() {
        checksNames = false
    }

    /// The diagnostic for a name used as a value, if it is not bound.
    func check(_ identifier: Identifier, in file: SourceFile) -> Diagnostic? {
        guard checksNames, expectErrorDepth == 0, !bound.contains(identifier.name) else { return nil }
        return Diagnostic(
            .warning, "`\(identifier.name)` is used before it is bound", file: file, range: identifier.range,
            notes: ["a name is bound by `let \(identifier.name) = ...`"],
            help: suggestion(for: identifier.name))
    }

    func suggestion(for name: String) -> String? {
        StaticChecker.suggestion(for: name, among: bound.someNames)
    }

    static func suggestion(for name: String, among someNames: [String]) -> String? {
        // Statement words first: a lone `autorize` is more likely a typo than a missing binding.
        if let word = EditDistance.closest(to: name, among: Parser.statementWords) {
            return "did you mean `\(word)`?"
        }
        // Only the first bindings are kept as text: comparing against every binding of a huge script
        // would be slow, and a suggestion is most useful in a small one.
        return EditDistance.closest(to: name, among: someNames).map { "did you mean `\($0)`?" }
    }
}

extension Diagnostic {
    /// The same diagnostic, as an error.
    var asError: Diagnostic {
        var copy = self
        copy.severity = .error
        return copy
    }
}
