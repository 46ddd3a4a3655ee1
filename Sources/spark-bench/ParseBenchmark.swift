import SparkCLI
import SparkSyntax

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `spark-bench parse FILE [--no-check]`: parses FILE one statement at a time, dropping each (as
/// `spark check` does), and prints statements, seconds, MB/s, statements/s and peak memory.
enum ParseBenchmark {
    static func run(_ arguments: [String]) {
        guard let path = arguments.first else {
            print("usage: spark-bench parse FILE [--no-check]")
            return
        }
        // Read as `spark check` reads it (one exactly sized buffer, huge pages under a large one).
        let readStart = now()
        let file: SourceFile
        do { file = try SourceReader.read(path) } catch {
            print("spark-bench: cannot read \(path): \(error.message)")
            return
        }
        let readSeconds = now() - readStart
        let bytes = file.bytes
        let checker: StaticChecker? = arguments.contains("--no-check") ? nil : StaticChecker()
        let start = now()
        var parser = Parser(file: file, checker: checker)
        var statements = 0
        while parser.next() != nil { statements += 1 }
        let seconds = now() - start
        let megabytes = Double(bytes.count) / 1_000_000
        print("file:        \(path) (\(format(megabytes)) MB, read in \(format(readSeconds)) s)")
        print("statements:  \(statements)")
        print("diagnostics: \(parser.diagnostics.count)")
        print("seconds:     \(format(seconds))")
        print("MB/s:        \(format(megabytes / seconds))")
        print("statements/s: \(Int(Double(statements) / seconds))")
        if let peak = peakMemoryKilobytes() { print("peak memory: \(peak / 1024) MiB (VmHWM)") }
    }

    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    private static func format(_ value: Double) -> String {
        let scaled = (value * 1000).rounded() / 1000
        return String(scaled)
    }

    private static func peakMemoryKilobytes() -> Int? {
        guard let status = fopen("/proc/self/status", "r") else { return nil }
        defer { fclose(status) }
        var line = [CChar](repeating: 0, count: 256)
        while fgets(&line, Int32(line.count), status) != nil {
            let text = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if text.hasPrefix("VmHWM:") {
                return Int(text.dropFirst(6).filter { $0.isNumber })
            }
        }
        return nil
    }
}
