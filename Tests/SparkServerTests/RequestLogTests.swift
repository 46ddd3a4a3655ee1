import SparkServer
import Synchronization
import Testing

@Suite struct RequestLogTests {
    @Test(arguments: [
        // A code may hold `/`, so the run goes on to the next character that cannot be in a code.
        ("/x/#s63DdePaj9HjSv2BPcSrDfTxU2X506b2oiwchQ9PIspTLgroZKtjN7PPiFnF+qA=/y", "/x/#s63Dde…=/y"),
        ("/x/#s63DdePaj9HjSv2BPcSrDfTxU2X506b2oiwchQ9PIspTLgroZKtjN7PPiFnF+qA=?y", "/x/#s63Dde…qA=?y"),
        ("/x/%23s63DdePaj9HjSv2BPcSrDfTxU2X506b2oiwchQ9PIspTLgroZKtjN7PPiFnF%2BqA%3D", "/x/#s63Dde…%3D"),
        ("/open_api/v1.3/tt_video/info/", "/open_api/v1.3/tt_video/info/"),
        ("/a#short", "/a#short"),
        ("/a\nGET /forged", "/a?GET /forged"),
    ])
    func codesInPathsAreMaskedAndControlCharactersShown(path: String, logged: String) {
        let lines = LineCollector()
        let log = RequestLog { line in lines.append(line) }
        log.record(method: "GET", path: path, status: 404, code: 40007, microseconds: 1234)
        #expect(lines.all == ["GET \(logged) 404 code=40007 1.2ms"])
    }
}

/// Lines collected from the log's writer, which may run on any thread.
final class LineCollector: Sendable {
    private let lines = Mutex<[String]>([])

    func append(_ line: String) { lines.withLock { $0.append(line) } }
    var all: [String] { lines.withLock { $0 } }
}
