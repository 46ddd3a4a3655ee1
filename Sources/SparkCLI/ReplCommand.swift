import ArgumentParser

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `spark repl`: the interactive session.
struct ReplCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl",
        abstract: "Explore the workflow interactively (the default on a terminal).",
        discussion: """
            Line editing (emacs keys, Ctrl-R to search history), Tab completion, multi-line input \
            for unfinished blocks, and history in $XDG_STATE_HOME/spark/history (mode 0600: it \
            holds codes). The clock is the real time and codes come from the system's CSPRNG \
            unless --start or --seed say otherwise. Commands: .help .load .save .timeline .reset .quit
            """)

    @OptionGroup var world: WorldOptions

    @Option(
        help:
            "Colour the prompt and diagnostics: auto (on a terminal, unless NO_COLOR is set), always, never.")
    var color: ColorChoice = .auto

    func run() throws {
        // The real clock, to the minute: scripts can only write minutes, so `.save` stays exact.
        let now = Int64(time(nil)) / 60 * 60
        var options = try world.interactiveOptions(now: now)
        // Ctrl-C while a statement runs stops it (the line editor's handler raises the flag).
        options.interruption = { InterruptSignal.take() }
        let session = ReplSession(options: options, color: color)
        guard Terminal.isTerminal(0),
            let loop = ReplLoop(evaluator: session, colors: color.enabled(forDescriptor: 1))
        else {
            if Terminal.isTerminal(0), let reason = LineEditor.unavailability {
                Terminal.writeError("spark: no line editor (\(reason)): reading standard input as a script\n")
            }
            return try RunCommand.parse(["--color", color.rawValue, "-"]).run()
        }
        loop.run()
    }
}
