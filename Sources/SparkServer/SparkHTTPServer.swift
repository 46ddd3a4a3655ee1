import Dispatch
import FlyingFox
import FlyingSocks
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
            do { try await server.run() } catch { failure.withLock { $0 = Self.reason(error) } }
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
        ListeningSocket.disableNagle(port: port)
        let shownHost = host.contains(":") ? "[\(host)]" : host
        return "http://\(shownHost):\(port)"
    }

    /// `address already in use (bind)` rather than the library's description of its error.
    static func reason(_ error: any Error) -> String {
        switch error {
        case SocketError.failed(let type, _, let message):
            return "\(message.lowercased()) (\(type.lowercased()))"
        default: return "\(error)"
        }
    }

    /// Closes the listening socket and waits a moment for open requests to finish.
    public func stop() async {
        await server.stop(timeout: 1)
    }

    /// Blocks the calling thread: starts, hands `ready` the URL, serves until SIGINT or SIGTERM
    /// (or Ctrl-D, in the foreground of a terminal), then stops. The signals are caught from the start, so one sent right after the ready line
    /// still stops the server cleanly.
    public func runUntilTerminated(ready: @escaping @Sendable (String) -> Void) throws(Failure) {
        let termination = TerminationSignal()
        let failure = Locked<Failure?>(nil)
        let finished = DispatchSemaphore(value: 0)
        Task {
            do throws(Failure) {
                ready(try await start())
                TerminalInput.watchForEnd { termination.fire() }
                await termination.wait()
                await stop()
            } catch {
                failure.withLock { $0 = error }
            }
            finished.signal()
        }
        finished.wait()
        if let error = failure.value { throw error }
    }
}

/// SIGINT and SIGTERM, caught: their default action (ending the process at once) is turned off
/// while this exists, and `wait()` returns when either arrives.
final class TerminationSignal: Sendable {
    private let arrived = Locked(false)
    private let waiter = Locked<CheckedContinuation<Void, Never>?>(nil)
    private let sources: Locked<[UncheckedSource]>

    /// Dispatch's sources are thread-safe but not marked Sendable.
    struct UncheckedSource: @unchecked Sendable {
        let source: any DispatchSourceSignal
    }

    init() {
        sources = Locked([])
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [self] in fire() }
            source.resume()
            sources.withLock { $0.append(UncheckedSource(source: source)) }
        }
    }

    /// Stops the server as a signal would (Ctrl-D at a terminal).
    func fire() {
        arrived.withLock { $0 = true }
        waiter.withLock { continuation in
            continuation?.resume()
            continuation = nil
        }
    }

    func wait() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let already = arrived.value
            if already {
                continuation.resume()
                return
            }
            waiter.withLock { $0 = continuation }
            // A signal may have come between the two looks.
            if arrived.value { fire() }
        }
        sources.withLock { sources in
            for unchecked in sources { unchecked.source.cancel() }
        }
    }
}
