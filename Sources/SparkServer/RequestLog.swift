#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One line per request on standard error: method, path, HTTP status, the envelope's code and the
/// time taken. The query string is left out and anything shaped like a code in the path is masked,
/// so a Spark Code never reaches the log whole.
public struct RequestLog: Sendable {
    let write: @Sendable (String) -> Void

    /// Writes each line to standard error with one `write(2)`.
    public static func standardError() -> RequestLog {
        RequestLog { line in writeLine(line, to: 2) }
    }

    public init(write: @escaping @Sendable (String) -> Void) {
        self.write = write
    }

    public func record(method: String, path: String, status: Int, code: Int?, microseconds: Int64) {
        let tenths = (microseconds + 50) / 100
        let time = "\(tenths / 10).\(tenths % 10)ms"
        let codeText = code.map { "code=\($0)" } ?? "code=-"
        write("\(Self.printable(method)) \(Self.masked(path)) \(status) \(codeText) \(time)")
    }

    /// `#s63DdePaj9…` and `%23s63DdePaj9…` runs longer than 9 characters become `#s63Dde…qA=`.
    static func masked(_ path: String) -> String {
        let bytes = Array(printable(path).utf8)
        var out: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let markLength = bytes[index] == UInt8(ascii: "#") ? 1 : hasEncodedHash(bytes, at: index) ? 3 : 0
            guard markLength > 0 else {
                out.append(bytes[index])
                index += 1
                continue
            }
            var end = index + markLength
            while end < bytes.count, isCodeByte(bytes[end]) { end += 1 }
            let run = bytes[(index + markLength)..<end]
            out.append(UInt8(ascii: "#"))
            if run.count > 9 {
                out.append(contentsOf: run.prefix(6))
                out.append(contentsOf: "…".utf8)
                out.append(contentsOf: run.suffix(3))
            } else {
                out.append(contentsOf: run)
            }
            index = end
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func hasEncodedHash(_ bytes: [UInt8], at index: Int) -> Bool {
        index + 2 < bytes.count && bytes[index] == UInt8(ascii: "%") && bytes[index + 1] == UInt8(ascii: "2")
            && (bytes[index + 2] == UInt8(ascii: "3"))
    }

    private static func isCodeByte(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
            || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=")
            || byte == UInt8(ascii: "%")
    }

    /// Control characters would let a request forge log lines: they are shown as `?`.
    private static func printable(_ text: String) -> String {
        String(
            decoding: text.utf8.prefix(2048).map { $0 < 0x20 || $0 == 0x7F ? UInt8(ascii: "?") : $0 },
            as: UTF8.self)
    }
}

/// Writes a line with as few `write(2)` calls as the descriptor allows (one, for a short line).
func writeLine(_ line: String, to descriptor: Int32) {
    var bytes = Array(line.utf8)
    bytes.append(10)
    bytes.withUnsafeBytes { buffer in
        var offset = 0
        while offset < buffer.count, let base = buffer.baseAddress {
            let written = write(descriptor, base + offset, buffer.count - offset)
            if written <= 0 { return }
            offset += written
        }
    }
}
