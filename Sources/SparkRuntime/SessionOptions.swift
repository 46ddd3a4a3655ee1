import SparkSyntax

/// How a session's world starts: its clock, its code generator and its policies.
public struct SessionOptions: Sendable {
    /// The simulated clock's start, in seconds since 1970-01-01T00:00Z.
    public var start: Int64
    /// Seeds the code generator for reproducible codes; nil draws codes from the system CSPRNG.
    public var seed: UInt64?
    /// The most times `repeat` runs its body, nested repeats included (Grammar.md):
    /// `repeat 1000000000 { ... }` is refused at once instead of running for minutes.
    public var repeatLimit: UInt64 = 1_000_000
    /// Whether the world keeps a timeline of its codes and campaigns (`spark run --timeline`).
    public var recordsTimeline = false
    /// Asked between statements (and so between a loop's runs): true stops the statement running,
    /// which is undone. The REPL passes its Ctrl-C flag; nil (scripts) never asks.
    public var interruption: (@Sendable () -> Bool)?
    /// Whether `start` came from the command line (`--start`): a script's own `start` then wins,
    /// with a warning that says so.
    public var startGiven = false

    public init(start: Int64 = SessionOptions.defaultStart, seed: UInt64? = SessionOptions.defaultSeed) {
        self.start = start
        self.seed = seed
    }

    /// Scripts start at 2026-01-01T00:00Z unless they say otherwise (README.md, "spark run").
    public static let defaultStart: Int64 = 1_767_225_600
    /// Scripts are reproducible by default: the same script prints the same codes.
    public static let defaultSeed: UInt64 = 2026
}

/// Reads the scripts that `include` names. Injected: the runtime does no I/O of its own.
public protocol ScriptReader: Sendable {
    func read(_ path: String) throws(Diagnostic) -> SourceFile
}
