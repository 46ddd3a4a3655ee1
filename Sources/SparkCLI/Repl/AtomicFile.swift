import SparkInteractive
import SparkModel
import SparkRuntime
import SparkSyntax

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a file whole or not at all: a temporary file beside it, then `rename` over it. A full
/// disk or a kill midway leaves the old file as it was.
enum AtomicFile {
    /// Why a write failed: the OS's reason, in lower case (`permission denied`).
    struct Failure: Error, Equatable {
        let reason: String

        init(code: Int32) {
            reason = String(cString: strerror(code)).lowercased()
        }
    }

    /// Writes `text` to `path` with `mode` (0600 by default: transcripts hold secret codes).
    static func write(_ text: String, to path: String, mode: mode_t = 0o600) throws(Failure) {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        var template = Array((directory + "." + name + ".XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return mkstemp(base)
        }
        guard descriptor >= 0 else { throw Failure(code: errno) }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var code = writeAll(text, to: descriptor)
        if code == 0 && fchmod(descriptor, mode) != 0 { code = errno }
        if code == 0 && fsync(descriptor) != 0 { code = errno }
        if close(descriptor) != 0 && code == 0 { code = errno }
        if code == 0 && rename(temporary, path) != 0 { code = errno }
        if code != 0 {
            unlink(temporary)
            throw Failure(code: code)
        }
    }

    /// 0, or the errno of the failed write.
    private static func writeAll(_ text: String, to descriptor: Int32) -> Int32 {
        var text = text
        return text.withUTF8 { bytes -> Int32 in
            guard let base = bytes.baseAddress else { return 0 }
            var offset = 0
            while offset < bytes.count {
                let written = atomicFileWrite(descriptor, base + offset, bytes.count - offset)
                if written < 0 && errno == EINTR { continue }
                if written <= 0 { return written < 0 ? errno : EIO }
                offset += written
            }
            return 0
        }
    }
}

/// `write(2)`, out of the enum so that `AtomicFile.write` does not hide it.
private func atomicFileWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
