import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Whether a write to standard output or standard error failed (`> /dev/full`, a full disk): the
/// report is then incomplete, so the process exits 74 (README "Exit codes") however the command
/// itself ended. One flag for the process, set from any thread, read once at exit by `Spark.main`.
enum OutputFailure {
    private static let failedDescriptor = Atomic<Int32>(-1)
    private static let failedCode = Atomic<Int32>(0)

    static func record(descriptor: Int32, code: Int32) {
        failedCode.store(code, ordering: .relaxed)
        failedDescriptor.store(descriptor, ordering: .releasing)
    }

    /// The descriptor whose write failed first (1 or 2) and the reason, if any did; stdio's buffered
    /// standard output (`print`) is flushed and checked here too.
    static func failure() -> (descriptor: Int32, reason: String)? {
        // Every stdio stream flushed at once; only standard output has anything buffered.
        if fflush(nil) != 0 { record(descriptor: 1, code: errno == 0 ? EIO : errno) }
        let descriptor = failedDescriptor.load(ordering: .acquiring)
        guard descriptor >= 0 else { return nil }
        let reason = String(cString: strerror(failedCode.load(ordering: .relaxed))).lowercased()
        return (descriptor, reason)
    }
}
