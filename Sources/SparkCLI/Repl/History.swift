import CEditLine
import SparkInteractive
import SparkModel
import SparkRuntime
import SparkSyntax

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
        guard let handle = history_init() else { return nil }
        self.handle = handle
        self.path = path
        _ = spark_history_set_size(handle, &event, Int32(History.capacity))
        _ = spark_history_set_unique(handle, &event, 1)
        guard let path else { return }
        StateFile.createDirectories(containing: path)
        // A file left readable by others by some earlier tool gets tightened before use.
        _ = chmod(path, 0o600)
        _ = spark_history_load(handle, &event, path)
    }

    deinit { history_end(handle) }

    /// `SPARK_HISTORY_FILE` if set, else `history` in the state directory (see `StateFile`).
    static func defaultPath(environment: (String) -> String? = Terminal.environment) -> String? {
        StateFile.path(named: "history", override: "SPARK_HISTORY_FILE", environment: environment)
    }

    /// The number of entries held.
    var count: Int {
        _ = spark_history_get_size(handle, &event)
        return Int(event.num)
    }

    /// Adds an entry and saves the file at once.
    func add(_ entry: String) throws(SaveError) {
        _ = spark_history_enter(handle, &event, entry)
        guard let path else { return }
        try save(to: path)
    }

    private func save(to path: String) throws(SaveError) {
        // mkstemp creates the temporary file 0600 in the same directory, so `rename` is atomic
        // and the mode carries over; libedit's save then rewrites it in place.
        var template = Array((path + ".XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return mkstemp(base)
        }
        guard descriptor >= 0 else { throw SaveError(path: path, code: errno) }
        close(descriptor)
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if spark_history_save(handle, &event, temporary) < 0 {
            let code = errno
            unlink(temporary)
            throw SaveError(path: path, code: code)
        }
        if rename(temporary, path) != 0 {
            let code = errno
            unlink(temporary)
            throw SaveError(path: path, code: code)
        }
    }
}

extension History.SaveError {
    init(path: String, code: Int32) {
        let reason = String(cString: strerror(code)).lowercased()
        self.init(message: "cannot save the history to `\(path)`: \(reason)")
    }
}
