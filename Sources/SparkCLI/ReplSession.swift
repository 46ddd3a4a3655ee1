import SparkInteractive
import SparkModel
import SparkRuntime
import SparkSyntax

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The REPL's view of an interpreter session: runs input, keeps the transcript for `.save`, and
/// builds a fresh world on `.reset`.
final class ReplSession: ReplEvaluator {
    private let options: SessionOptions
    private let printer: DiagnosticPrinter
    private let output = OutputBuffer(descriptor: 1)
    private var session: Session
    private var statements: [String] = []
    private let names = SessionVocabulary()
    /// Where records go instead of the terminal (tests); nil prints them.
    private let sink: RecordSink?

    init(options: SessionOptions, color: ColorChoice, sink: RecordSink? = nil) {
        var options = options
        options.recordsTimeline = true
        self.options = options
        self.sink = sink
        printer = DiagnosticPrinter(color: color)
        session = ReplSession.makeSession(
            options, sink: sink ?? TextReporter(output: output, printer: printer, quiet: false))
    }

    private static func makeSession(_ options: SessionOptions, sink: RecordSink) -> Session {
        Session(options: options, reader: FileScriptReader(), sink: sink)
    }

    /// The session's world, for tests that compare it with a replay's.
    var world: World { session.world }

    func isIncomplete(_ source: String) -> Bool { Session.isIncomplete(source) }

    var timelineSVG: String { TimelineFile.svg(of: session.world, name: "the REPL session") }

    func evaluate(_ source: String) {
        let evaluation = session.evaluate(SourceFile(path: "<repl>", text: source))
        statements += ReplSession.replayable(evaluation)
        output.flush()
    }

    /// The source of the statements of an input that a replay should run. A failed `expect` is
    /// reported without stopping the input, so it comes back among the statements that ran;
    /// replayed, it would fail `spark run`. Expectations never change the world, so leaving out
    /// this input's ones replays the same world.
    ///
    /// A bare `explain` explains the session's last error, which a replay may not have (a syntax
    /// error is never saved, a failed statement neither): it changes nothing, so it is left out.
    static func replayable(_ evaluation: Evaluation) -> [String] {
        let anyFailed = evaluation.checks.contains { !$0.passed }
        return evaluation.statements
            .filter { !(anyFailed && $0.role == .expectation) && !$0.explainsTheLastError }
            .map(\.location.text)
    }

    var vocabulary: CompletionVocabulary { names.vocabulary(of: session) }

    var promptDate: String { session.promptDate }

    func reset() {
        session = ReplSession.makeSession(
            options, sink: sink ?? TextReporter(output: output, printer: printer, quiet: false))
        statements = []
    }

    func load(path: String) -> Bool {
        defer { output.flush() }
        let file: SourceFile
        do { file = try SourceReader.read(path) } catch {
            printer.print(error)
            return false
        }
        // All of it or none of it: a script that fails part-way leaves nothing behind, so the
        // transcript (which then leaves it out) replays to the same world.
        guard session.load(file) else { return false }
        // `include` is relative to the including file, `.load` to the working directory: the
        // transcript names the file absolutely, so it replays from wherever it is saved.
        statements.append("include \(JSONObject.quote(ReplSession.absolute(path)))")
        return true
    }

    /// `path` from the root: relative paths are taken from the working directory.
    static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return path }
        let directory = String(
            decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let relative = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
        return directory == "/" ? "/" + relative : directory + "/" + relative
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
