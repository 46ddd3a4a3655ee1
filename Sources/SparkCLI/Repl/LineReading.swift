/// A source of input lines for the REPL: the libedit `LineEditor` on a terminal, a scripted
/// fake in tests.
protocol LineReading: AnyObject {
    /// Shows `prompt` and reads one line. The prompt may hold colour escapes wrapped in
    /// `LineEditor.invisible` markers.
    func readLine(prompt: String) -> LineResult

    /// Called on Tab with the text before the cursor; returns full candidate words for the word
    /// there. Nil turns completion off.
    var completion: ((_ lineBeforeCursor: String) -> [String])? { get set }
}
