import SparkModel
import SparkRuntime
import SparkSyntax

/// Runs scripts held in memory, as `spark run` would, and keeps every record.
struct ScriptHarness {
    /// Files `include` can read, by path.
    var files: [String: String] = [:]

    struct Run {
        var outcome: Session.Outcome
        var records: [Record]
        var session: Session

        var results: [StatementResult] {
            records.compactMap { if case .result(let result, _) = $0 { result } else { nil } }
        }
        var events: [WorldEvent] {
            records.compactMap { if case .event(let event) = $0 { event } else { nil } }
        }
        var errors: [Diagnostic] {
            records.compactMap { if case .error(let diagnostic) = $0 { diagnostic } else { nil } }
        }
        var warnings: [Diagnostic] {
            records.compactMap { if case .warning(let diagnostic) = $0 { diagnostic } else { nil } }
        }
        var checks: [CheckRecord] {
            records.compactMap { if case .check(let check) = $0 { check } else { nil } }
        }
        var failures: [String] { checks.compactMap { $0.failure?.message } }
        var failureHelps: [String?] { checks.compactMap { $0.failure.map(\.help) } }
    }

    func run(_ script: String, path: String = "main.spark", options: SessionOptions = SessionOptions()) -> Run
    {
        let buffer = RecordBuffer()
        let session = Session(options: options, reader: MemoryReader(files: files), sink: buffer)
        let outcome = session.run([SourceFile(path: path, text: script)])
        return Run(outcome: outcome, records: buffer.records, session: session)
    }
}

struct MemoryReader: ScriptReader {
    var files: [String: String]

    func read(_ path: String) throws(Diagnostic) -> SourceFile {
        guard let text = files[path] else {
            throw Diagnostic(.error, "cannot read `\(path)`: no such file or directory")
        }
        return SourceFile(path: path, text: text)
    }
}

/// A creator with Ad authorization, a public video 42, and a brand: most tests start here.
let setUp = """
    creator @alice
    enable ad authorization for @alice
    post video 42 by @alice "Winter haul"
    brand acme "Acme Outdoor"

    """
