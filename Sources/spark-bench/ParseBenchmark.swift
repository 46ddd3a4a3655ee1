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
        let readStart = now()
        guard let bytes = readFile(path) else {
            print("spark-bench: cannot read \(path)")
            return
        }
        let readSeconds = now() - readStart
        let file = SourceFile(path: path, bytes: bytes)
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

    /// The whole file in one exactly sized array: no second copy of a 60 MB input.
    private static func readFile(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        let size = Int(info.st_size)
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            adviseHugePages(buffer)
            var done = 0
            while done < size {
                let got = read(descriptor, buffer.baseAddress.map { $0 + done }, size - done)
                if got <= 0 {
                    failed = got < 0
                    break
                }
                done += got
            }
            count = done
        }
        return failed ? nil : bytes
    }

    /// Asks for transparent huge pages under a large buffer before filling it: 60 MB of fresh 4 KiB
    /// pages costs some 15,000 page faults, huge pages about thirty.
    private static func adviseHugePages(_ buffer: UnsafeMutableBufferPointer<UInt8>) {
        #if os(Linux)
            guard let base = buffer.baseAddress, buffer.count >= 4 << 20 else { return }
            let huge = 2 << 20
            let start = (Int(bitPattern: base) + huge - 1) & ~(huge - 1)
            let end = (Int(bitPattern: base) + buffer.count) & ~(huge - 1)
            guard end > start, let pointer = UnsafeMutableRawPointer(bitPattern: start) else { return }
            _ = madvise(pointer, end - start, MADV_HUGEPAGE)
        #endif
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
