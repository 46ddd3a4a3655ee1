import ArgumentParser
import SparkRuntime
import SparkSyntax

/// `spark serve FILE...`: TikTok's Spark Ads endpoints over a simulated world, for other programs'
/// tests (Docs/api.md). `spark` hands the command to `spark-serve` (see `ServeLaunching`).
public struct ServeCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve TikTok's Spark Ads API (API for Business v1.3) over a simulated world.",
        discussion: """
            Runs the FILEs into one world, then serves it over HTTP: the tt_video endpoints under \
            /open_api/v1.3/ with TikTok's request and response shapes, POST /spark/v1/run to run a \
            script in the served world (answered with `spark run --format json` lines), \
            GET /spark/v1/advertisers and GET /openapi.json (Docs/api.md). Every request needs the \
            token in the Access-Token header: --token, else SPARK_TOKEN, else a random one printed \
            on standard error.

            Prints `listening on http://HOST:PORT` on standard output when ready, then one line per \
            request on standard error (codes masked). SIGINT or SIGTERM stops it (exit 0), and so \
            does Ctrl-D in the foreground of a terminal.

            Exit status: 0 stopped by a signal, 1 a FILE failed, 65 syntax errors in a FILE, \
            74 a FILE cannot be read or the server cannot listen, 64 usage.
            """)

    @Argument(help: "Scripts to run into the world before serving it; `-` reads standard input.")
    var files: [String] = []

    @Option(help: "Address to listen on (default 127.0.0.1; another exposes the world to the network).")
    var host: String?

    @Option(help: "Port to listen on; 0 picks a free one (the ready line says which).")
    var port: UInt16 = 8080

    @Option(help: "The Access-Token every request must carry (default: SPARK_TOKEN, else a random one).")
    var token: String?

    @OptionGroup var world: WorldOptions

    public init() {}

    public func validate() throws {
        if token?.isEmpty == true { throw ValidationError("`--token` must not be empty") }
    }

    /// In `spark`: becomes `spark-serve` with the same arguments.
    public func run() throws {
        let failure = ServeHandOff.execServeBinary()
        Terminal.writeError("error: cannot start `spark serve`: \(failure)\n")
        throw ExitStatus.ioError
    }

    /// `spark-serve`'s whole `main`: parses the arguments after `serve` and serves with `launcher`.
    public static func main(launcher: some ServeLaunching) {
        do {
            let command = try parseAsRoot(ServeHandOff.serveArguments()) as? ServeCommand ?? ServeCommand()
            try command.serve(with: launcher)
        } catch {
            exit(withError: error)
        }
        exit(withError: nil)
    }

    func serve(with launcher: some ServeLaunching) throws {
        let listenHost = host ?? "127.0.0.1"
        if let host, !Self.isLoopback(host) {
            Terminal.writeError(
                "warning: serving on \(host): anyone who can reach it and has the token can change the world\n"
            )
        }
        let settings = ServeSettings(
            host: listenHost, port: port, token: resolvedToken(), options: try world.scriptOptions(),
            files: try readFiles(), reader: FileScriptReader(),
            startupSink: TextReporter(
                output: OutputBuffer(descriptor: 2), printer: DiagnosticPrinter(color: .auto), quiet: true),
            renderLines: JSONLines.render, announce: Self.announce)
        do { try launcher.serve(settings) } catch {
            switch error {
            case .startup(let outcome):
                throw outcome == .invalid ? ExitStatus.dataError : ExitStatus.failure
            case .cannotListen(let reason):
                Terminal.writeError("error: cannot serve on \(listenHost):\(port): \(reason)\n")
                throw ExitStatus.ioError
            }
        }
    }

    /// --token, else SPARK_TOKEN, else a random token told on standard error.
    private func resolvedToken() -> String {
        if let token { return token }
        if let token = Terminal.environment("SPARK_TOKEN"), !token.isEmpty { return token }
        var generator = SystemRandomNumberGenerator()
        let token = [generator.next(), generator.next()].map(Self.hex).joined()
        Terminal.writeError("access token: \(token) (choose one with --token or SPARK_TOKEN)\n")
        return token
    }

    private func readFiles() throws -> [SourceFile] {
        var sources: [SourceFile] = []
        for path in files {
            do { sources.append(try SourceReader.read(path)) } catch {
                DiagnosticPrinter(color: .auto).print(error)
                throw ExitStatus.ioError
            }
        }
        return sources
    }

    /// The one line on standard output, written at once: a test waits for it.
    @Sendable private static func announce(_ url: String) {
        var line = "listening on \(url)\n"
        line.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            var offset = 0
            while offset < bytes.count {
                let written = systemWrite(1, base + offset, bytes.count - offset)
                if written <= 0 { return }
                offset += written
            }
        }
    }

    static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    private static func hex(_ word: UInt64) -> String {
        let digits = String(word, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
