import SparkInteractive

/// What an `InputLoop` serves: the REPL (`ReplLoop`) or the tutorial (`TutorialLoop`). The loop
/// reads lines, gathers unfinished input, handles Ctrl-C and Ctrl-D, keeps the history and offers
/// completion; the handler says what the prompts are and what input and commands do.
protocol InputHandler: AnyObject {
    var primaryPrompt: String { get }
    var continuationPrompt: String { get }
    /// Is this (possibly multi-line) input unfinished: an open `{`, `[` or string?
    func isIncomplete(_ source: String) -> Bool
    /// Runs a complete piece of input. False ends the session.
    func submit(_ source: String) -> Bool
    /// Runs a line that starts with `.` (outside a block). False ends the session.
    func command(_ line: String) -> Bool
    /// Ctrl-D, or the terminal went away: the last word before the loop ends.
    func endOfInput()
    /// Names the completer may offer for statements right now.
    var vocabulary: CompletionVocabulary { get }
    /// Candidates for a dot-command being typed (`.s` → `.save`).
    func completeCommand(_ line: String) -> [String]
}
