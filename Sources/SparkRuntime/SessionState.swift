import SparkModel
import SparkSyntax

/// What lives as long as a session, across its runs: the world, the bindings, the options, and
/// what `explain` remembers. Each run (`Interpreter`) works on it with a context of its own.
final class SessionState {
    let world: World
    let bindings = Bindings()
    let options: SessionOptions
    let reader: ScriptReader
    /// The last error reported to the person in a remembered run, of any kind (a syntax error, a
    /// name not bound, a refusal of the domain), for a bare `explain`.
    var lastError: ReportedError?
    /// The domain's refusal behind the diagnostic most recently made from one, so that the error
    /// reported can be explained with TikTok's why when it is that diagnostic.
    var lastDomainRefusal: (error: DomainError, diagnostic: Diagnostic)?
    /// A Ctrl-C was seen during the input running: every statement still running stops, an
    /// `expect error` body's included (it must not count the interruption as the error it wanted).
    /// Lowered when the next input starts.
    var interrupted = false
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

/// An error as `explain` remembers it: the diagnostic the person saw, and the domain's refusal
/// behind it when there is one.
struct ReportedError {
    var diagnostic: Diagnostic
    var refusal: DomainError?
}

extension SessionState {
    /// Remembers `diagnostic`, just reported, as the error a bare `explain` explains.
    func remember(_ diagnostic: Diagnostic) {
        guard diagnostic.severity == .error else { return }
        let refusal = lastDomainRefusal.flatMap { $0.diagnostic == diagnostic ? $0.error : nil }
        lastError = ReportedError(diagnostic: diagnostic, refusal: refusal)
        lastDomainRefusal = nil
    }
}
