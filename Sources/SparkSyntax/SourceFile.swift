import Synchronization

/// The text of one script, held as UTF-8 bytes: the lexer scans bytes, never `Character`s.
///
/// Immutable once made, so it is shared freely between the parser, diagnostics and threads.
public final class SourceFile: Sendable {
    /// What diagnostics call this file: a path as the user gave it, `<stdin>` or `<repl>`.
    public let path: String
    public let bytes: [UInt8]
    /// Where each line starts, built by the first lookup of a line (`SourceFile+Lines.swift`) and
    /// kept: the parser never needs it, and a file with 40,000 diagnostics must not rescan its
    /// bytes from the start for each one. Guarded because threads share the file.
    let lineStarts = Mutex<[UInt32]?>(nil)

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public convenience init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }
}
