import CEditLine

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The REPL's history: libedit's, bounded to `capacity` entries with consecutive duplicates
/// collapsed, and saved to its file after every entry so that Ctrl-D, a crash or a kill loses
/// nothing. The file may hold secret codes, so it is only ever readable by its owner (0600, in
/// directories created 0700), and it is replaced whole (a temporary file, then `rename`), so a
/// kill in the middle of a save cannot leave it cut short.
///
/// A multi-line entry is one entry; libedit's file format escapes its newlines.
final class History {
    static let capacity = 1_000

    /// libedit's `History *`, for `LineEditor` to browse.
    let handle: OpaquePointer
    /// Nil: kept in memory only.
    let path: String?
    private var event = HistEvent()

    /// Why the history could not be saved, with the reason from the OS.
    struct SaveError: Error, Equatable {
        let message: String
    }

    /// Loads `path` if it exists. Nil only if libedit cannot allocate a history.
    init?(path: String?) {
        guard spark_editline_load() == 0, let handle = spark_history_init() else { return nil }
        self.handle = handle
        self.path = path
        _ = spark_history_set_size(handle, &event, Int32(History.capacity))
        _ = spark_history_set_unique(handle, &event, 1)
        guard let path else { return }
        StateFile.createDirectories(containing: path)
        History.load(path, into: handle, event: &event)
    }

    /// Loads the file if it is a regular file. Opened without following a link, and a file left
    /// readable by others by some earlier tool is tightened through its descriptor: never a chmod
    /// of a name, which could be a directory, or a link to someone else's file. Anything else
    /// there is left alone, and saving to it is refused (`AtomicFile`).
    private static func load(_ path: String, into handle: OpaquePointer, event: inout HistEvent) {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            return
        }
        _ = fchmod(descriptor, 0o600)
        guard let stream = fdopen(descriptor, "r") else {
            close(descriptor)
            return
        }
        defer { fclose(stream) }
        // libedit loads from a path only; /dev/fd names the file already opened and checked.
        _ = spark_history_load(handle, &event, "/dev/fd/\(fileno(stream))")
    }

    deinit { spark_history_end(handle) }

    /// `SPARK_HISTORY_FILE` if set, else `history` in the state directory (see `StateFile`).
    static func defaultPath(environment: (String) -> String? = Terminal.environment) -> String? {
        StateFile.path(named: "history", override: "SPARK_HISTORY_FILE", environment: environment)
    }

    /// The number of entries held.
    var count: Int {
        _ = spark_history_get_size(handle, &event)
        return Int(event.num)
    }

    /// Adds an entry and saves the file at once, merged: the file's entries as they are now (two
    /// REPLs open at once each add theirs), then this one.
    func add(_ entry: String) throws(SaveError) {
        _ = spark_history_enter(handle, &event, entry)
        guard let path else { return }
        guard let merged = spark_history_init() else { return }
        defer { spark_history_end(merged) }
        var mergedEvent = HistEvent()
        _ = spark_history_set_size(merged, &mergedEvent, Int32(History.capacity))
        _ = spark_history_set_unique(merged, &mergedEvent, 1)
        History.load(path, into: merged, event: &mergedEvent)
        _ = spark_history_enter(merged, &mergedEvent, entry)
        try History.save(merged, event: &mergedEvent, to: path)
    }

    /// Replaced whole through `AtomicFile`: a fresh 0600 file created exclusively, then `rename`.
    private static func save(_ handle: OpaquePointer, event: inout HistEvent, to path: String)
        throws(SaveError)
    {
        do {
            try AtomicFile.replace(path, mode: 0o600) { descriptor in
                let copy = dup(descriptor)
                guard copy >= 0, let stream = fdopen(copy, "w") else { return errno }
                let saved = spark_history_save_fp(handle, &event, stream)
                let flushed = fflush(stream) == 0
                let code = errno
                fclose(stream)
                return saved >= 0 && flushed ? 0 : (code == 0 ? EIO : code)
            }
        } catch {
            throw SaveError(message: "cannot save the history to `\(path)`: \(error.reason)")
        }
    }
}

extension History.SaveError {
    init(path: String, code: Int32) {
        let reason = String(cString: strerror(code)).lowercased()
        self.init(message: "cannot save the history to `\(path)`: \(reason)")
    }
}
