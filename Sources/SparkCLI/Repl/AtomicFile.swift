#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a file whole or not at all: a fresh temporary file beside it, then `rename` over it. A full
/// disk or a kill midway leaves the old file as it was; two writers of one path each rename a
/// complete file of their own, so the last one wins and neither is cut into the other.
///
/// The temporary file has a random name and is created exclusively without following links
/// (`O_CREAT | O_EXCL | O_NOFOLLOW`): a link planted under a predictable name cannot redirect the
/// write. The target must be a regular file or absent: a directory, FIFO, device or symbolic link
/// there is refused, never followed, replaced or chmod-ed.
enum AtomicFile {
    /// Why a write failed: the OS's reason, in lower case (`permission denied`).
    struct Failure: Error, Equatable {
        let reason: String

        init(code: Int32) {
            reason = String(cString: strerror(code)).lowercased()
        }

        init(reason: String) {
            self.reason = reason
        }
    }

    /// Writes `text` to `path` with `mode` (0600 by default: transcripts hold secret codes).
    static func write(_ text: String, to path: String, mode: mode_t = 0o600) throws(Failure) {
        try replace(path, mode: mode) { descriptor in writeAll(text, to: descriptor) }
    }

    /// Replaces `path` with a file that `fill` writes through the descriptor it is given (returning
    /// 0, or the errno of what failed), created with `mode`.
    static func replace(_ path: String, mode: mode_t, fill: (Int32) -> Int32) throws(Failure) {
        try requireReplaceable(path)
        let (descriptor, temporary) = try createTemporary(beside: path, mode: mode)
        var code = fill(descriptor)
        // The mode asked for, whatever the umask took away; on our own new file, not a name.
        if code == 0 && fchmod(descriptor, mode) != 0 { code = errno }
        if code == 0 && fsync(descriptor) != 0 { code = errno }
        if close(descriptor) != 0 && code == 0 { code = errno }
        if code == 0 && rename(temporary, path) != 0 { code = errno }
        if code != 0 {
            unlink(temporary)
            throw Failure(code: code)
        }
    }

    /// Refuses a target that exists and is not a regular file (`lstat`: a link is not followed).
    static func requireReplaceable(_ path: String) throws(Failure) {
        guard !path.utf8.contains(0) else { throw Failure(reason: "the path contains a NUL byte") }
        var status = stat()
        guard lstat(path, &status) == 0 else {
            if errno == ENOENT { return }
            throw Failure(code: errno)
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return
        case S_IFDIR: throw Failure(code: EISDIR)
        case S_IFLNK: throw Failure(reason: "it is a symbolic link, which spark does not follow or replace")
        case S_IFIFO: throw Failure(reason: "it is a FIFO, not a regular file")
        case S_IFCHR, S_IFBLK: throw Failure(reason: "it is a device, not a regular file")
        default: throw Failure(reason: "it is not a regular file")
        }
    }

    /// `DIR/.NAME.RANDOM.tmp`, created exclusively; a few tries if a name is taken.
    private static func createTemporary(beside path: String, mode: mode_t) throws(Failure) -> (Int32, String)
    {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        var code = EEXIST
        for _ in 0..<16 {
            let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 36)
            let temporary = directory + "." + name + "." + suffix + ".tmp"
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
            if descriptor >= 0 { return (descriptor, temporary) }
            code = errno
            if code != EEXIST { break }
        }
        throw Failure(code: code)
    }

    /// 0, or the errno of the failed write.
    static func writeAll(_ text: String, to descriptor: Int32) -> Int32 {
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
