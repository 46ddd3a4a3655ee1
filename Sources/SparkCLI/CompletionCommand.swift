import ArgumentParser

/// `spark completion bash|zsh|fish`: the shell completion script, which completes subcommands,
/// options, `.spark` files, help topics, error names and numbers, and lesson numbers.
struct CompletionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "completion",
        abstract: "Print the completion script for bash, zsh or fish.",
        discussion: """
            bash: `spark completion bash > ~/.local/share/bash-completion/completions/spark`; \
            zsh: `spark completion zsh > \"${fpath[1]}/_spark\"`; fish: `spark completion fish > \
            ~/.config/fish/completions/spark.fish`. Then open a new shell.
            """)

    @Argument(help: "The shell: bash, zsh or fish.", completion: .list(["bash", "zsh", "fish"]))
    var shell: String

    func validate() throws {
        guard CompletionShell(rawValue: shell) != nil, ["bash", "zsh", "fish"].contains(shell) else {
            throw ValidationError("no completion for the shell `\(shell)`: the shells are bash, zsh and fish")
        }
    }

    func run() throws {
        guard let shell = CompletionShell(rawValue: shell) else { return }
        print(CompletionScript.text(for: shell), terminator: "")
    }
}

/// ArgumentParser's completion script, without its own `help` subcommand: spark has a `help` of
/// its own (the language's topics, and `spark help COMMAND` too), and the generated scripts named
/// both, so bash and zsh defined `_spark_help` twice, the second (completing nothing) winning.
enum CompletionScript {
    static func text(for shell: CompletionShell) -> String {
        let script = Spark.completionScript(for: shell)
        var lines = script.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines = lines.filter { !$0.contains("Show subcommand help information.") }
        lines = lines.map(withoutRepeatedHelp)
        lines = withoutSecondDefinition(of: "_spark_help() {", in: lines)
        lines = withoutSecondBlock(startingWith: "case 'help'", in: lines)
        var seen = Set<String>()
        lines = lines.filter { !$0.hasPrefix("complete -c") || seen.insert($0).inserted }
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `run|test|help|explain|help)` and `'run test help explain help'` name `help` once: the last
    /// `help` goes when an earlier one is there.
    private static func withoutRepeatedHelp(_ line: String) -> String {
        for (separator, closer) in [("|", ")"), (" ", "'")] {
            let last = separator + "help" + closer
            guard line.hasSuffix(last) || line.contains(last + " ") else { continue }
            guard let cut = line.lastRange(of: last) else { continue }
            let before = line[..<cut.lowerBound]
            guard
                before.contains(separator + "help" + separator) || before.hasSuffix(separator + "help")
                    || before.contains("|help|") || before.contains(" help ")
            else { continue }
            return String(before) + closer + line[cut.upperBound...]
        }
        return line
    }

    /// Drops a function's second definition, from its first line to the closing `}`.
    private static func withoutSecondDefinition(of header: String, in lines: [String]) -> [String] {
        let starts = lines.indices.filter { lines[$0] == header }
        guard starts.count > 1, let end = lines[starts[1]...].firstIndex(of: "}") else { return lines }
        return Array(lines[..<starts[1]] + lines[(end + 1)...].drop { $0.isEmpty })
    }

    /// fish: drops a repeated `case 'help'` and the line under it.
    private static func withoutSecondBlock(startingWith header: String, in lines: [String]) -> [String] {
        let starts = lines.indices.filter { lines[$0].drop { $0 == " " } == header }
        guard starts.count > 1 else { return lines }
        var result = lines
        result.removeSubrange(starts[1]...min(starts[1] + 1, lines.count - 1))
        return result
    }
}

extension String {
    /// The range of the last occurrence of `needle`.
    fileprivate func lastRange(of needle: String) -> Range<String.Index>? {
        var index = endIndex
        while index > startIndex {
            index = self.index(before: index)
            if self[index...].hasPrefix(needle) { return index..<self.index(index, offsetBy: needle.count) }
        }
        return nil
    }
}
