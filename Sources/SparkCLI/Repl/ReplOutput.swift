#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where the REPL's own messages go (banner, dot-command results and errors); the evaluator
/// prints statement results itself. Injected so tests can read what the REPL said.
struct ReplOutput {
    var write: (String) -> Void
    var writeError: (String) -> Void

    /// Standard output and standard error, unbuffered, so they interleave in order with the
    /// evaluator's output and libedit's redraws.
    static var standard: ReplOutput {
        ReplOutput(
            write: { ReplOutput.writeAll($0, to: 1) },
            writeError: { ReplOutput.writeAll($0, to: 2) })
    }

    private static func writeAll(_ text: String, to descriptor: Int32) {
        writeFully(descriptor, text)
    }
}
