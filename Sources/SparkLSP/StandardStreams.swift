#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs a server over standard input and output: framed messages in, framed messages out, and
/// nothing else ever written to standard output.
public enum StandardStreams {
    /// Serves until `exit` or the end of input; returns the exit status: 0 after `shutdown` then
    /// `exit`, or when the input ends before any message (nothing was started); 1 otherwise.
    public static func serve(_ server: LanguageServer = LanguageServer()) -> Int32 {
        var framer = MessageFramer()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else {
                return server.state == .waitingForInitialize || server.state == .shutDown ? 0 : 1
            }
            framer.append(chunk[0..<count])
            while let frame = framer.next() {
                let replies: [[UInt8]]
                switch frame {
                case .message(let content): replies = server.handle(content).map { Array($0) }
                case .malformed(let reason): replies = server.malformedFrame(reason).map { Array($0) }
                }
                for reply in replies { writeAll(MessageFramer.frame(reply)) }
                if case .exited(let status) = server.state { return status }
            }
        }
    }

    private static func writeAll(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = write(1, base + offset, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                if written <= 0 { return }
                offset += written
            }
        }
    }
}
