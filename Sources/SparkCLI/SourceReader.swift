import SparkSyntax

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads scripts into `SourceFile`s with plain POSIX calls (no Foundation: it costs start-up time).
///
/// Only regular files (and standard input, `-`) are read, at most `maximumSize` bytes: `/dev/zero`
/// would fill memory, a FIFO with no writer would block forever, a directory has no text.
public enum SourceReader {
    /// The largest script read, from a file or standard input (README, "Limits").
    static let maximumSize = 64 << 20

    /// Reads a path, or standard input for `-`. Errors are diagnostics with the reason from the OS.
    public static func read(_ path: String) throws(Diagnostic) -> SourceFile {
        if path == "-" {
            return SourceFile(path: "<stdin>", bytes: try readAll(descriptor: 0, path: "<stdin>"))
        }
        guard !path.utf8.contains(0) else {
            throw Diagnostic(
                .error, "cannot read `\(printable(path))`: the path contains a NUL byte",
                help: "a file name cannot hold NUL; remove it from the path")
        }
        // Non-blocking, so that opening a FIFO returns at once and is refused below.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw ioDiagnostic(path, errno) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw ioDiagnostic(path, errno) }
        try requireRegularFile(path, mode: status.st_mode)
        let size = Int(status.st_size)
        if size > maximumSize { throw tooLarge(path) }
        return SourceFile(path: path, bytes: try readAll(descriptor: descriptor, path: path, sizeHint: size))
    }

    private static func requireRegularFile(_ path: String, mode: mode_t) throws(Diagnostic) {
        switch mode & S_IFMT {
        case S_IFREG: return
        case S_IFDIR:
            throw Diagnostic(
                .error, "cannot read `\(path)`: it is a directory",
                help: "give a .spark file; `spark test \(path)` runs every script under a directory")
        default:
            let kind =
                switch mode & S_IFMT {
                case S_IFIFO: "a FIFO"
                case S_IFCHR, S_IFBLK: "a device"
                case S_IFSOCK: "a socket"
                default: "not a regular file"
                }
            throw Diagnostic(
                .error, "cannot read `\(path)`: it is \(kind), not a regular file",
                help: "give a .spark file, or `-` to read standard input")
        }
    }

    static func tooLarge(_ path: String) -> Diagnostic {
        Diagnostic(
            .error, "cannot read `\(path)`: it is larger than \(maximumSize >> 20) MiB",
            notes: ["spark reads scripts of at most \(maximumSize >> 20) MiB"],
            help: "split the script into smaller files and `include` them")
    }

    /// The path with NUL shown as `\0`, for a message.
    private static func printable(_ path: String) -> String {
        var shown = ""
        for scalar in path.unicodeScalars {
            if scalar == "\u{0}" { shown += "\\0" } else { shown.unicodeScalars.append(scalar) }
        }
        return shown
    }

    /// Reads straight into the array: a regular file's size is known, so one buffer of that size
    /// (and a byte more, to see the end) is filled in place, with no chunk to zero and copy. Whatever
    /// is left (standard input, a file that grew) is read in chunks and appended.
    private static func readAll(descriptor: Int32, path: String, sizeHint: Int = 0) throws(Diagnostic)
        -> [UInt8]
    {
        var failure: Int32 = 0
        var atEnd = false
        var bytes = [UInt8](unsafeUninitializedCapacity: max(sizeHint + 1, 1 << 12)) { buffer, filled in
            filled = 0
            guard let base = buffer.baseAddress else { return }
            adviseHugePages(buffer)
            while filled < buffer.count {
                let count = systemRead(descriptor, base + filled, buffer.count - filled)
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if count == 0 {
                    atEnd = true
                    return
                }
                filled += count
            }
        }
        if failure != 0 { throw ioDiagnostic(path, failure) }
        if bytes.count > maximumSize { throw tooLarge(path) }
        if atEnd { return bytes }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw ioDiagnostic(path, errno)
            }
            if count == 0 { return bytes }
            if bytes.count + count > maximumSize { throw tooLarge(path) }
            bytes.append(contentsOf: chunk[0..<count])
            if chunk.count < 1 << 22 { chunk = [UInt8](repeating: 0, count: chunk.count * 4) }
        }
    }

    /// Asks for transparent huge pages under a large buffer before filling it: 60 MB of fresh 4 KiB
    /// pages costs some 15,000 page faults, huge pages about thirty (spark-bench's parse benchmark
    /// reads through here too).
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

    static func ioDiagnostic(_ path: String, _ code: Int32) -> Diagnostic {
        let reason = String(cString: strerror(code)).lowercased()
        return Diagnostic(.error, "cannot read `\(path)`: \(reason)")
    }
}
