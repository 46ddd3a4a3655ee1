import SparkRuntime
import SparkSyntax
import Synchronization

/// The served session's sink: a session takes its sink once, but each control request wants its
/// own lines, so records go to whichever collector the running request installed (none: dropped).
final class RecordRelay: RecordSink {
    var target: (any RecordSink)?

    func emit(_ record: Record) {
        target?.emit(record)
    }

    var wantsResults: Bool { target?.wantsResults ?? false }
}

/// Reads `include`d scripts while the FILEs given on the command line run, and refuses afterwards:
/// a script sent over HTTP must not read the server's files (a diagnostic would show their lines).
final class StartupScriptReader: ScriptReader {
    private let base: any ScriptReader
    private let open = Mutex(true)

    init(base: any ScriptReader) {
        self.base = base
    }

    /// From now on every `include` is refused.
    func close() {
        open.withLock { $0 = false }
    }

    func read(_ path: String) throws(Diagnostic) -> SourceFile {
        guard open.withLock({ $0 }) else {
            throw Diagnostic(
                .error,
                "`include` is not available over HTTP: the server does not read its files for a request",
                help: "send the script's text in the request body, or give the file to `spark serve` at start"
            )
        }
        return try base.read(path)
    }
}
