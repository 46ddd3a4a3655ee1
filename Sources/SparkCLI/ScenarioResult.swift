import SparkInteractive
import SparkModel
import SparkRuntime
import SparkSyntax

/// What one scenario file did under `spark test`.
struct ScenarioResult: Sendable {
    var path: String
    var outcome: Session.Outcome
    var records: [Record]
    var seconds: Double

    var checks: [CheckRecord] {
        records.compactMap { if case .check(let check) = $0 { check } else { nil } }
    }

    var errors: [Diagnostic] {
        records.compactMap { if case .error(let diagnostic) = $0 { diagnostic } else { nil } }
    }

    var passed: Bool { outcome == .succeeded }

    /// Runs one file in a fresh world with the script defaults.
    static func run(path: String, options: SessionOptions) -> ScenarioResult {
        let clock = ContinuousClock()
        let started = clock.now
        // Only checks and diagnostics are reported: results are never built.
        let buffer = RecordBuffer(wantsResults: false)
        let outcome: Session.Outcome
        do {
            let file = try SourceReader.read(path)
            outcome = Session(options: options, reader: FileScriptReader(), sink: buffer).run([file])
        } catch {
            buffer.emit(.error(error))
            outcome = .failed
        }
        let elapsed = clock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return ScenarioResult(path: path, outcome: outcome, records: buffer.records, seconds: seconds)
    }
}
