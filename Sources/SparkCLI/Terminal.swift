#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The only place that asks the operating system about terminals and the environment.
enum Terminal {
    static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

    static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        return String(cString: value)
    }

    /// Writes to standard error unbuffered, so diagnostics interleave correctly with output.
    static func writeError(_ text: String) {
        writeFully(2, text)
    }
}
