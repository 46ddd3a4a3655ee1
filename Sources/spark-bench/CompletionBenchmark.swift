import SparkInteractive
import SparkModel
import SparkRuntime
import SparkSyntax

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `spark-bench completion [NAMES] [RUNS]`: a keystroke's completion in a large session.
///
/// Builds a Session, through statements as a user would write them, with NAMES names (100,000 by
/// default): NAMES/2 creators and NAMES/2 videos, plus a few brands and bindings. Then, for typical
/// lines, times what one Tab costs in the REPL: `SessionVocabulary.vocabulary(of:)` (taken afresh on every Tab)
/// and `Completer.complete`. Prints the median and the maximum of RUNS runs (200 by default) per
/// line, and the two parts apart. Build it in release:
///
///     swift build -c release --product spark-bench && .build/release/spark-bench completion
enum CompletionBenchmark {
    /// What a keystroke may cost: a Tab must feel instant.
    static let budgetMilliseconds = 10.0

    static let lines = [
        "@creator12", "show @creator12", "redeem c1 as ", "authorize video 72031", "show ",
        "show @creator4999",
    ]

    static func run(_ arguments: [String]) {
        let names = arguments.first.flatMap { Int($0) }.map { max($0, 2) } ?? 100_000
        let runs = arguments.dropFirst().first.flatMap { Int($0) }.map { max($0, 1) } ?? 200
        let buildStart = now()
        let session = makeSession(names: names)
        let buildSeconds = now() - buildStart
        let world = session.world
        let vocabularySource = SessionVocabulary()
        print(
            "completion benchmark: \(world.count(of: .account)) handles, \(world.count(of: .post)) videos,"
                + " \(world.count(of: .brand)) brands, \(session.boundNames.count) bindings"
                + " (built in \(BenchText.fixed(buildSeconds, 2)) s); \(runs) runs per line")
        // The first Tab of a session sorts every name; later ones only sort in what was added.
        let firstStart = now()
        _ = Completer(vocabulary: vocabularySource.vocabulary(of: session)).complete("show ")
        print("first Tab (sorts every name once): \(BenchText.fixed((now() - firstStart) * 1e3, 3)) ms")

        var vocabularyTimes: [Double] = []
        for _ in 0..<runs {
            let start = now()
            let vocabulary = vocabularySource.vocabulary(of: session)
            vocabularyTimes.append(now() - start)
            guard !vocabulary.handles.isEmpty else { return }
        }
        print("")
        print(
            BenchText.pad("line", 26) + BenchText.pad("candidates", 12) + BenchText.pad("median ms", 12)
                + BenchText.pad("max ms", 10)
                + "complete only")
        print(
            BenchText.pad("(vocabulary)", 26) + BenchText.pad("", 12)
                + BenchText.pad(BenchText.fixed(median(vocabularyTimes) * 1e3, 3), 12)
                + BenchText.fixed((vocabularyTimes.max() ?? 0) * 1e3, 3))
        var worst = 0.0
        for line in lines {
            var times: [Double] = []
            var completeTimes: [Double] = []
            var count = 0
            for _ in 0..<runs {
                let start = now()
                let vocabulary = vocabularySource.vocabulary(of: session)
                let middle = now()
                let candidates = Completer(vocabulary: vocabulary).complete(line)
                let end = now()
                times.append(end - start)
                completeTimes.append(end - middle)
                count = candidates.count
            }
            worst = max(worst, times.max() ?? 0)
            print(
                BenchText.pad(line.debugDescription, 26) + BenchText.pad(String(count), 12)
                    + BenchText.pad(BenchText.fixed(median(times) * 1e3, 3), 12)
                    + BenchText.pad(BenchText.fixed((times.max() ?? 0) * 1e3, 3), 10)
                    + BenchText.fixed(median(completeTimes) * 1e3, 3)
                    + " median")
        }
        // A statement adds a name between two keystrokes: the next Tab sorts in just that name.
        var afterStatement: [Double] = []
        for index in 0..<runs {
            _ = session.evaluate(SourceFile(path: "<bench>", text: "creator @newcomer\(index)"))
            let start = now()
            let candidates = Completer(vocabulary: vocabularySource.vocabulary(of: session)).complete(
                "show @newcomer")
            afterStatement.append(now() - start)
            guard !candidates.isEmpty else { return }
        }
        worst = max(worst, afterStatement.max() ?? 0)
        print(
            BenchText.pad("after `creator @newcomerN`", 26) + BenchText.pad("", 12)
                + BenchText.pad(BenchText.fixed(median(afterStatement) * 1e3, 3), 12)
                + BenchText.fixed((afterStatement.max() ?? 0) * 1e3, 3))
        let verdict = worst * 1e3 < budgetMilliseconds ? "within" : "OVER"
        print("")
        print(
            "slowest keystroke: \(BenchText.fixed(worst * 1e3, 3)) ms, \(verdict) the \(BenchText.fixed(budgetMilliseconds, 0)) ms budget"
        )
    }

    /// A session with `names` names, built by running statements through it.
    private static func makeSession(names: Int) -> Session {
        let creators = names / 2
        let videos = names - creators
        var script = ""
        script.reserveCapacity(names * 40)
        for index in 0..<creators { script += "creator @creator\(index)\n" }
        script += "enable ad authorization for @creator1\n"
        for index in 0..<videos {
            script += "post video \(70_000 + index) by @creator\(index % creators) \"clip \(index)\"\n"
        }
        for index in 0..<10 { script += "brand brand\(index)\n" }
        script += "brand acme\n"
        script += "let c1 = authorize video \(70_001)\n"
        script += "let v1 = 70001\n"
        let session = Session(options: SessionOptions(seed: 1), reader: NoScripts(), sink: Silence())
        let outcome = session.run([SourceFile(path: "<bench>", text: script)])
        if outcome != .succeeded { print("completion benchmark: building the session failed (\(outcome))") }
        return session
    }

    private static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted[sorted.count / 2]
    }

    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}

/// Drops every record: the benchmark measures completion, not printing.
private final class Silence: RecordSink {
    func emit(_ record: Record) {}
    var wantsResults: Bool { false }
}

/// The benchmark's script includes nothing.
private struct NoScripts: ScriptReader {
    func read(_ path: String) throws(Diagnostic) -> SourceFile {
        SourceFile(path: path, text: "")
    }
}
