#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Buffered writes to a file descriptor: a million result lines must not be a million syscalls.
final class OutputBuffer {
    private let descriptor: Int32
    private var bytes: [UInt8] = []
    private let limit = 1 << 16

    init(descriptor: Int32) {
        self.descriptor = descriptor
        bytes.reserveCapacity(limit)
    }

    deinit { flush() }

    /// Whether the descriptor is a terminal (text from scripts is then shown escaped).
    var isTerminal: Bool { Terminal.isTerminal(descriptor) }

    func write(_ text: String) {
        bytes.append(contentsOf: text.utf8)
        if bytes.count >= limit { flush() }
    }

    func writeLine(_ text: String) {
        write(text)
        bytes.append(10)
        if bytes.count >= limit { flush() }
    }

    /// Writes what is held; a failure is recorded for the exit status (`OutputFailure`).
    func flush() {
        guard !bytes.isEmpty else { return }
        bytes.withUnsafeBytes { _ = writeFully(descriptor, $0) }
        bytes.removeAll(keepingCapacity: true)
    }
}
