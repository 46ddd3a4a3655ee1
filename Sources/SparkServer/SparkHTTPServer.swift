import Dispatch
import FlyingFox
import Foundation

/// Listens on HOST:PORT, serves the router until SIGINT or SIGTERM, then stops cleanly. The only
/// place FlyingFox is started: nothing of it runs unless `spark serve` does.
public final class SparkHTTPServer: Sendable {
    public enum Failure: Error, Equatable {
        /// The host is not an IPv4 or IPv6 address (or `localhost`).
        case badHost(String)
        /// Binding or listening failed: the port is taken, the address is not this machine's...
        case cannotListen(String)
    }

    private let server: HTTPServer
    private let host: String

    public init(host: String, port: UInt16, router: APIRouter, log: RequestLog) throws(Failure) {
        self.host = host
        // Requests wait at most two minutes (a long control script); FlyingFox's own log is off:
        // standard output carries only the ready line.
        let configuration: HTTPServer.Configuration
        do {
            if host.contains(":") {
                configuration = .init(
                    address: try sockaddr_in6.inet6(ip6: host, port: port), timeout: 120, logger: .disabled)
            } else {
                let ip4 = host == "localhost" ? "127.0.0.1" : host
                configuration = .init(
                    address: try sockaddr_in.inet(ip4: ip4, port: port), timeout: 120, logger: .disabled)
            }
        } catch {
            throw .badHost(host)
        }
        server = HTTPServer(config: configuration, handler: FlyingFoxBridge(router: router, log: log))
    }

    /// Starts listening and returns the URL it listens on (with the port the system chose for 0).
    /// The server then runs until `stop()`.
    public func start() async throws(Failure) -> String {
        let failure = Locked<String?>(nil)
        Task { [server] in
            do { try await server.run() } catch { failure.withLock { $0 = "\(error)" } }
        }
        while await !server.isListening {
            if let reason = failure.value { throw .cannotListen(reason) }
            try? await Task.sleep(for: .milliseconds(2))
        }
        let port: UInt16
        switch await server.listeningAddress {
        case .ip4(_, let bound)?, .ip6(_, let bound)?: port = bound
        default: throw .cannotListen("the listening socket has no address")
        }
        let shownHost = host.contains(":") ? "[\(host)]" : host
        return "http://\(shownHost):\(port)"
    }

    /// Closes the listening socket and waits a moment for open requests to finish.
    public func stop() async {
        await server.stop(timeout: 1)
    }

    /// Waits for SIGINT or SIGTERM (their default action, ending the process at once, is turned off).
    public static func waitForTermination() async {
        let resumed = Locked(false)
        var sources: [any DispatchSourceSignal] = []
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            for number in [SIGINT, SIGTERM] {
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler {
                    let first = resumed.withLock { done in
                        defer { done = true }
                        return !done
                    }
                    if first { continuation.resume() }
                }
                source.resume()
                sources.append(source)
            }
        }
        for source in sources { source.cancel() }
    }
}
