import SparkRuntime
import SparkSyntax

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `spark-bench append [N]`: times `repeat N as i { append i to xs }` and the same at 10N, each
/// the best of five quiet runs. Appending to a bound list must not copy it (the list is taken out
/// of the bindings while it grows, and the undo log records the append, not the old list), so 10×
/// the count should take about 10× the time; the target is at most 12×.
enum AppendBenchmark {
    static func run(_ arguments: [String]) {
        let count = arguments.first.flatMap { Int($0) } ?? 100_000
        let small = best(count)
        let large = best(count * 10)
        let ratio = large / small
        print("repeat N as i { append i to xs }, best of 5, quiet")
        print("  N = \(count):  \(milliseconds(small)) ms")
        print("  N = \(count * 10): \(milliseconds(large)) ms")
        print(
            "  10× the count took \(String((ratio * 100).rounded() / 100))× the time (target ≤ 12×): "
                + (ratio <= 12 ? "linear" : "NOT LINEAR"))
    }

    /// The fastest of five runs of the script in a fresh session each.
    private static func best(_ count: Int) -> Double {
        let source = "let xs = []\nrepeat \(count) as i { append i to xs }\nexpect count of xs == \(count)\n"
        var fastest = Double.infinity
        for _ in 0..<5 {
            var options = SessionOptions()
            options.repeatLimit = UInt64(max(count, 1))
            let session = Session(options: options, reader: NoScripts(), sink: DiscardingSink())
            let start = now()
            let outcome = session.run([SourceFile(path: "append.spark", text: source)])
            fastest = min(fastest, now() - start)
            if outcome != .succeeded { print("spark-bench: the append script failed") }
        }
        return fastest
    }

    private static func milliseconds(_ seconds: Double) -> String {
        String((seconds * 10_000).rounded() / 10)
    }

    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}

/// Scripts without includes.
private struct NoScripts: ScriptReader {
    func read(_ path: String) throws(Diagnostic) -> SourceFile {
        throw Diagnostic(.error, "no includes in the benchmark")
    }
}
