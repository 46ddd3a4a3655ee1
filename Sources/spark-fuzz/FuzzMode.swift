#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What `SPARK_FUZZ_MODE` asks for, read once.
enum FuzzMode {
    case bytes, grammar

    static let current: FuzzMode = environment("SPARK_FUZZ_MODE") == "grammar" ? .grammar : .bytes

    /// `SPARK_FUZZ_EXPAND=DIR`: each grammar input's files are also written to DIR, to turn a
    /// finding (a recipe) into the scripts kept in Tests/SparkCLITests/Fixtures/fuzz-regressions.
    static let expandDirectory = environment("SPARK_FUZZ_EXPAND")

    private static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    static func write(_ files: [(name: String, text: String)], to directory: String) {
        for file in files {
            guard let stream = fopen(directory + "/" + file.name, "w") else { continue }
            fputs(file.text, stream)
            fclose(stream)
        }
    }
}

/// The deepest and the longest input made, printed when the fuzzer exits (`make fuzz` reports them).
enum FuzzStatistics {
    nonisolated(unsafe) private static var deepest = 0
    nonisolated(unsafe) private static var longest = 0
    nonisolated(unsafe) private static var inputs = 0

    /// libFuzzer runs one input at a time, on one thread: the counters need no lock.
    static func note(depth: Int, bytes: Int) {
        if inputs == 0 { atexit { FuzzStatistics.report() } }
        inputs += 1
        deepest = max(deepest, depth)
        longest = max(longest, bytes)
    }

    static func report() {
        let mode = FuzzMode.current == .grammar ? "grammar" : "bytes"
        let line =
            "spark-fuzz (\(mode)): \(inputs) inputs; deepest nesting made \(deepest); longest input \(longest) bytes\n"
        var text = line
        text.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
    }
}
