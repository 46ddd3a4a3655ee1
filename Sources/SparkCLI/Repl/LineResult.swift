/// What one `readLine` produced.
enum LineResult: Equatable {
    /// The line the user entered, without its newline.
    case line(String)
    /// Ctrl-D on an empty line, or the terminal went away.
    case endOfInput
    /// Ctrl-C: the line was abandoned. `discarded` is what had been typed, so the REPL can tell a
    /// Ctrl-C that cleared something from one pressed on an empty line.
    case interrupted(discarded: String)
}
