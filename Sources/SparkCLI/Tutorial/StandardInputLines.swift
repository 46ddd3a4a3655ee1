/// Lines from standard input when it is not a terminal (a pipe, a file, a test): each prompt
/// and line is echoed, so the output reads like a session at the terminal.
final class StandardInputLines: LineReading {
    var completion: ((_ lineBeforeCursor: String) -> [String])?
    private let output: ReplOutput

    init(output: ReplOutput = .standard) {
        self.output = output
    }

    func readLine(prompt: String) -> LineResult {
        output.write(prompt)
        guard let line = Swift.readLine(strippingNewline: true) else { return .endOfInput }
        output.write(line + "\n")
        return .line(line)
    }
}
