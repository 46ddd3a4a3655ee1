import SparkInteractive
import SparkModel
import SparkRuntime
import SparkSyntax

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
        var text = text
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            var offset = 0
            while offset < bytes.count {
                let written = replWrite(descriptor, base + offset, bytes.count - offset)
                if written < 0 && errno == EINTR { continue }
                if written <= 0 { return }
                offset += written
            }
        }
    }
}

/// `write(2)`, out of the struct so that its `write` property does not hide it.
private func replWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
