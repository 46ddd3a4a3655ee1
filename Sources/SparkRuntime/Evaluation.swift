import SparkSyntax

/// What a piece of interactive input did (`Session.evaluate`).
public struct Evaluation: Sendable {
    /// The statements that succeeded, in order.
    public var statements: [EvaluatedStatement]
    /// What stopped the input: its syntax errors (nothing ran), or the runtime error of the
    /// statement after the last one in `statements`. Empty when everything ran.
    public var errors: [Diagnostic]

    /// Every result of every statement, in order.
    public var results: [StatementResult] { statements.flatMap(\.results) }

    /// Every expectation evaluated, in order.
    public var checks: [CheckRecord] { statements.flatMap(\.checks) }
}

/// One statement of an input that succeeded, and what it reported.
public struct EvaluatedStatement: Sendable {
    /// Where it was written; `location.text` is its source.
    public var location: SourceLocation
    public var role: StatementRole
    /// Its results, events, warnings and checks, in order.
    public var records: [Record]
    /// A bare `explain`: what it showed depends on the session's last error, not on the world.
    public var explainsTheLastError = false

    public var results: [StatementResult] {
        records.compactMap { if case .result(let result, _) = $0 { result } else { nil } }
    }

    public var checks: [CheckRecord] {
        records.compactMap { if case .check(let check) = $0 { check } else { nil } }
    }
}

/// What kind of statement it was, as its syntax says.
public enum StatementRole: Sendable, Equatable {
    /// It may change the world or the bindings.
    case action
    /// It only looks: `show`, `reveal`, `list`, `help`, `explain`, `now`, a bare value.
    case looking
    /// An `expect` of any kind: it changes nothing, and a failed one does not stop the input.
    case expectation

    public init(_ kind: StatementKind) {
        switch kind {
        case .show, .reveal, .list, .help, .explain, .now, .expression: self = .looking
        case .expectState, .expectComparison, .expectError: self = .expectation
        default: self = .action
        }
    }
}
