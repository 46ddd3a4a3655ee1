import Foundation
import SparkLSP

/// `spark-bench lsp [LINES] [RUNS]`: the time from a one-character change to its diagnostics.
///
/// Opens a LINES-line document (10,000 by default) in a `LanguageServer`, then sends RUNS
/// `didChange` notifications (50 by default), each the whole document with one character changed
/// (full sync, as the server asks), and times `handle` from the message's bytes to the
/// `publishDiagnostics` notification's: JSON decoding, the parse and static checks, the UTF-16
/// ranges and the encoding. Framing and the pipe are left out. Prints the median and the maximum
/// against a 50 ms budget. Build it in release:
///
///     swift build -c release --product spark-bench && .build/release/spark-bench lsp
enum LSPBenchmark {
    static let budgetMilliseconds = 50.0
    static let uri = "file:///bench/large.spark"

    static func run(_ arguments: [String]) {
        let lines = arguments.first.flatMap { Int($0) }.map { max($0, 10) } ?? 10_000
        let runs = arguments.dropFirst().first.flatMap { Int($0) }.map { max($0, 1) } ?? 50
        let server = LanguageServer()
        _ = server.handle(message(id: 1, method: "initialize", params: ["capabilities": [:]]))
        let text = document(lines: lines)
        _ = server.handle(
            message(
                method: "textDocument/didOpen",
                params: [
                    "textDocument": ["uri": uri, "languageId": "spark", "version": 1, "text": text]
                ]))
        // Two versions that differ in one character, in the middle of the file: `advance 1d` and `2d`.
        let middle = text.range(
            of: "advance 1d", range: text.index(text.startIndex, offsetBy: text.count / 2)..<text.endIndex)
        var changed = text
        if let middle { changed.replaceSubrange(middle, with: "advance 2d") }
        let changes = (0..<runs).map { run in
            message(
                method: "textDocument/didChange",
                params: [
                    "textDocument": ["uri": uri, "version": run + 2],
                    "contentChanges": [["text": run % 2 == 0 ? changed : text]],
                ])
        }
        var times: [Double] = []
        var diagnosticsBytes = 0
        for change in changes {
            let start = now()
            let replies = server.handle(change)
            times.append((now() - start) * 1e3)
            diagnosticsBytes = replies.first?.count ?? 0
        }
        times.sort()
        let median = times[times.count / 2]
        let verdict = median <= budgetMilliseconds ? "within" : "OVER"
        print(
            "lsp benchmark: \(lines) lines (\(text.utf8.count) bytes), \(runs) one-character changes;"
                + " publishDiagnostics of \(diagnosticsBytes) bytes")
        print(
            "change to diagnostics: median \(fixed(median)) ms, max \(fixed(times[times.count - 1])) ms"
                + " (\(verdict) the \(Int(budgetMilliseconds)) ms budget)")
    }

    /// A realistic script: creators, videos, codes, a campaign block, checks, comments; with a
    /// warning (an unbound name) every 500 lines so there are diagnostics to publish.
    static func document(lines: Int) -> String {
        let unit = [
            "// a creator and a video", "creator @c%", "enable ad authorization for @c%",
            "post video %1 by @c% \"Clip %\"", "let code% = authorize video %1 for 60d", "brand b%",
            "redeem code% as b%", "campaign \"k%\" by b% {", "  video %1", "  budget $50 daily",
            "  schedule 2026-12-02 to 2026-12-31", "}", "advance 1d", "expect code% is active",
            "expect likes of video %1 >= 0", "show code%",
        ]
        var output: [String] = []
        var block = 0
        while output.count < lines {
            for line in unit where output.count < lines {
                output.append(line.replacingOccurrences(of: "%", with: String(block)))
            }
            if block % 30 == 29, output.count < lines { output.append("show missing\(block)") }
            block += 1
        }
        return output.joined(separator: "\n") + "\n"
    }

    static func message(id: Int? = nil, method: String, params: [String: Any]) -> [UInt8] {
        var object: [String: Any] = ["jsonrpc": "2.0", "method": method, "params": params]
        if let id { object["id"] = id }
        return Array((try? JSONSerialization.data(withJSONObject: object)) ?? Data())
    }

    static func fixed(_ value: Double) -> String { BenchText.fixed(value, 2) }

    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
