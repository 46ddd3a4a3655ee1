import SparkModel
import SparkRuntime
import SparkSyntax

/// The REPL's view of an interpreter session: runs input, keeps the transcript for `.save`, and
/// builds a fresh world on `.reset`.
final class ReplSession: ReplEvaluator {
    private let options: SessionOptions
    private let printer: DiagnosticPrinter
    private let output = OutputBuffer(descriptor: 1)
    private var session: Session
    private var statements: [String] = []

    init(options: SessionOptions, color: ColorChoice) {
        self.options = options
        printer = DiagnosticPrinter(color: color)
        session = ReplSession.makeSession(options, output: output, printer: printer)
    }

    private static func makeSession(
        _ options: SessionOptions, output: OutputBuffer, printer: DiagnosticPrinter
    )
        -> Session
    {
        Session(
            options: options, reader: FileScriptReader(),
            sink: TextReporter(output: output, printer: printer, quiet: false))
    }

    func isIncomplete(_ source: String) -> Bool { Session.isIncomplete(source) }

    func evaluate(_ source: String) {
        statements += session.evaluate(SourceFile(path: "<repl>", text: source))
        output.flush()
    }

    var vocabulary: CompletionVocabulary { session.vocabulary }

    var promptDate: String { session.promptDate }

    func reset() {
        session = ReplSession.makeSession(options, output: output, printer: printer)
        statements = []
    }

    func load(path: String) -> Bool {
        defer { output.flush() }
        let file: SourceFile
        do { file = try SourceReader.read(path) } catch {
            printer.print(error)
            return false
        }
        let outcome = session.run([file])
        if outcome == .succeeded { statements.append("include \(JSONObject.quote(path))") }
        return outcome == .succeeded
    }

    /// Starts at the session's start and seed, so `spark run` rebuilds the same world (the codes
    /// too, when the session was seeded; CSPRNG codes cannot be replayed, and the header says so).
    var transcript: String {
        var lines = ["// saved from the spark REPL; `spark run` replays it"]
        if let seed = options.seed {
            lines.append("// codes come from seed \(seed): replay with `spark run --seed \(seed) FILE`")
        } else {
            lines.append("// codes came from the system's CSPRNG: a replay generates new ones")
        }
        lines.append("start " + Instant(seconds: options.start).isoText)
        return (lines + statements).joined(separator: "\n") + "\n"
    }
}
