import ArgumentParser
import SparkRuntime
import SparkServer
import SparkSyntax

/// `spark serve FILE...`: TikTok's Spark Ads endpoints over a simulated world, for other programs'
/// tests (Docs/api.md).
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve TikTok's Spark Ads API (API for Business v1.3) over a simulated world.",
        discussion: """
            Runs the FILEs into one world, then serves it over HTTP: the tt_video endpoints under \
            /open_api/v1.3/ with TikTok's request and response shapes, POST /spark/v1/run to run a \
            script in the served world (answered with `spark run --format json` lines), and \
            GET /openapi.json. Every request needs the token in the Access-Token header: --token, \
            else SPARK_TOKEN, else a random one printed on standard error.

            Prints `listening on http://HOST:PORT` on standard output when ready, then one line per \
            request on standard error (codes masked). SIGINT or SIGTERM stops it (exit 0).

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

    func validate() throws {
        if token?.isEmpty == true { throw ValidationError("`--token` must not be empty") }
    }

    func run() throws {
        let options = try world.scriptOptions()
        let secret = resolvedToken()
        let served = try startWorld(options)
        let router = APIRouter(world: served, token: AccessToken(secret), renderLines: JSONLines.render)
        let listenHost = host ?? "127.0.0.1"
        if let host, !Self.isLoopback(host) {
            Terminal.writeError(
                "warning: serving on \(host): anyone who can reach this address and has the token can change the world\n"
            )
        }
        do {
            let server = try SparkHTTPServer(
                host: listenHost, port: port, router: router, log: .standardError())
            try server.runUntilTerminated { url in Self.announce(url) }
        } catch {
            Terminal.writeError("error: cannot serve on \(listenHost):\(port): \(Self.describe(error))\n")
            throw ExitStatus.ioError
        }
    }

    /// --token, else SPARK_TOKEN, else a random token told on standard error.
    private func resolvedToken() -> String {
        if let token { return token }
        if let token = Terminal.environment("SPARK_TOKEN"), !token.isEmpty { return token }
        let token = AccessToken.random()
        Terminal.writeError("access token: \(token) (choose one with --token or SPARK_TOKEN)\n")
        return token
    }

    /// Reads and runs the FILEs; their diagnostics go to standard error, nothing to standard output.
    private func startWorld(_ options: SessionOptions) throws -> ServedWorld {
        let printer = DiagnosticPrinter(color: .auto)
        var sources: [SourceFile] = []
        for path in files {
            do { sources.append(try SourceReader.read(path)) } catch {
                printer.print(error)
                throw ExitStatus.ioError
            }
        }
        let reporter = TextReporter(output: OutputBuffer(descriptor: 2), printer: printer, quiet: true)
        let served = ServedWorld(
            options: options, reader: FileScriptReader(), files: sources, startupSink: reporter)
        switch served.startupOutcome {
        case .succeeded: return served
        case .failed: throw ExitStatus.failure
        case .invalid: throw ExitStatus.dataError
        }
    }

    /// The one line on standard output, flushed at once: a test waits for it.
    private static func announce(_ url: String) {
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

    private static func describe(_ error: any Error) -> String {
        switch error {
        case SparkHTTPServer.Failure.badHost(let host):
            return "`\(host)` is not an IPv4 or IPv6 address"
        case SparkHTTPServer.Failure.cannotListen(let reason):
            return reason
        default:
            return "\(error)"
        }
    }
}
