import SparkModel
import SparkRuntime
import SparkSyntax

/// What one scenario file did under `spark test`.
struct ScenarioResult: Sendable {
    var path: String
    var outcome: Session.Outcome
    var records: [Record]
    var seconds: Double
    /// Per check record, the seconds it took (see `ScenarioRecorder`).
    var checkSeconds: [Double] = []
    /// The `expect`s that never ran because a runtime error stopped the file first.
    var skipped: [SkippedCheck] = []
    /// Which rules of the guide the file's statements exercised.
    var coverage = RuleCoverage()

    var checks: [CheckRecord] {
        records.compactMap { if case .check(let check) = $0 { check } else { nil } }
    }

    var errors: [Diagnostic] {
        records.compactMap { if case .error(let diagnostic) = $0 { diagnostic } else { nil } }
    }

    var passed: Bool { outcome == .succeeded }

    /// Runs one file in a fresh world with the script defaults; `-` is standard input. Nil when
    /// `filter` leaves the file out: neither its path nor any of its `expect`s match.
    static func run(path: String, options: SessionOptions, filter: TestFilter? = nil) -> ScenarioResult? {
        let clock = ContinuousClock()
        let started = clock.now
        let recorder = ScenarioRecorder()
        var outcome: Session.Outcome
        var coverage = RuleCoverage()
        var file: SourceFile?
        do {
            let source = try SourceReader.read(path)
            if let filter, !filter.mayMatch(path: path, source: source) { return nil }
            file = source
            let session = Session(options: options, reader: FileScriptReader(), sink: recorder)
            outcome = session.run([source])
            coverage = session.world.ruleCoverage
        } catch {
            recorder.emit(.error(error))
            outcome = .failed
        }
        var result = ScenarioResult(
            path: path == "-" ? "<stdin>" : path, outcome: outcome, records: recorder.records,
            seconds: ScenarioRecorder.seconds(clock.now - started), checkSeconds: recorder.checkSeconds,
            coverage: coverage)
        if outcome == .failed, let file { result.skipped = UnreachedChecks.after(result, in: file) }
        guard let filter else { return result }
        return filter.narrow(result)
    }
}
