import SparkRuntime

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The control endpoint's answer: the records of a script as `spark run --format json` prints
/// them, by the same JSONReporter. The reporter writes to a descriptor, so it writes to an
/// anonymous temporary file, read back whole.
enum JSONLines {
    @Sendable static func render(_ records: [Record]) -> [UInt8] {
        guard let file = tmpfile() else { return fallback(records) }
        defer { fclose(file) }
        let descriptor = fileno(file)
        let output = OutputBuffer(descriptor: descriptor)
        let reporter = JSONReporter(output: output, quiet: false)
        for record in records { reporter.emit(record) }
        output.flush()
        let size = Int(lseek(descriptor, 0, SEEK_END))
        guard size >= 0, lseek(descriptor, 0, SEEK_SET) == 0 else { return fallback(records) }
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while filled < size {
            let count = bytes.withUnsafeMutableBytes { buffer in
                guard let base = buffer.baseAddress else { return 0 }
                return systemRead(descriptor, base + filled, size - filled)
            }
            if count <= 0 { break }
            filled += count
        }
        return Array(bytes[0..<filled])
    }

    /// Without a temporary file (a full disk), one diagnostic line says so.
    private static func fallback(_ records: [Record]) -> [UInt8] {
        Array(
            (#"{"type":"diagnostic","severity":"error","message":"the server could not write its answer: "#
                + #"no temporary file","notes":[]}"# + "\n").utf8)
    }
}
