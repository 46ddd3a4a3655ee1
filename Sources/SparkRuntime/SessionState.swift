import SparkModel

/// What lives as long as a session, across its runs: the world, the bindings, the options, and
/// what `explain` remembers. Each run (`Interpreter`) works on it with a context of its own.
final class SessionState {
    let world: World
    let bindings = Bindings()
    let options: SessionOptions
    let reader: ScriptReader
    /// The domain's last refusal in a remembered run, for a bare `explain`.
    var lastDomainError: DomainError?
    /// Statements and checks of every remembered run so far.
    var totals = RunTally()

    init(options: SessionOptions, reader: ScriptReader) {
        self.options = options
        self.reader = reader
        let generator: any CodeGenerator =
            if let seed = options.seed { SeededCodeGenerator(seed: seed) } else { SystemCodeGenerator() }
        world = World(start: Instant(seconds: options.start), generator: generator)
        if options.recordsTimeline { world.recordTimeline() }
    }
}

/// What one run counted.
public struct RunTally: Sendable, Equatable {
    public var statements = 0
    public var checksPassed = 0
    public var checksFailed = 0

    public init() {}

    mutating func add(_ other: RunTally) {
        statements += other.statements
        checksPassed += other.checksPassed
        checksFailed += other.checksFailed
    }
}
