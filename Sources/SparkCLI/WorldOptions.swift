import ArgumentParser
import SparkRuntime

/// `--seed` and `--start`, shared by the commands that build a world.
struct WorldOptions: ParsableArguments {
    // Read as text, whatever it looks like: `--seed -1` is a seed that is wrong, not a missing one.
    @Option(
        name: .customLong("seed"), parsing: .unconditional,
        help:
            "Seed for the code generator, a non-negative integer (scripts default to a fixed seed, the REPL to a CSPRNG)."
    )
    var seedText: String?

    /// Refuses what no seed or date can be, naming the value and what would do.
    func validate() throws {
        if let seedText, UInt64(seedText) == nil {
            throw ValidationError("`--seed \(seedText)` is not a seed: use a non-negative integer such as 7")
        }
        guard let start else { return }
        // The language's lexer skips blanks; a command line's value is taken as it is written.
        if start.first?.isWhitespace == true || start.last?.isWhitespace == true {
            throw ValidationError(
                "`--start \"\(start)\"` has spaces around the date: write it alone, as 2026-12-01")
        }
        if DateTimeText.parse(start) == nil {
            throw ValidationError("`--start \(start)` is not a date: \(DateTimeText.problem(start))")
        }
    }

    var seed: UInt64? { seedText.flatMap { UInt64($0) } }

    @Option(help: "Start of the simulated clock, e.g. 2026-12-01 or 2026-12-01T09:30Z (UTC).")
    var start: String?

    /// Options for a script run: fixed clock and seed unless overridden.
    func scriptOptions() throws -> SessionOptions {
        var options = SessionOptions(
            start: try startSeconds() ?? SessionOptions.defaultStart,
            seed: seed ?? SessionOptions.defaultSeed)
        options.startGiven = start != nil
        return options
    }

    /// Options for an interactive session: real time and real randomness unless overridden.
    func interactiveOptions(now: Int64) throws -> SessionOptions {
        var options = SessionOptions(start: try startSeconds() ?? now, seed: seed)
        options.startGiven = start != nil
        return options
    }

    private func startSeconds() throws -> Int64? {
        guard let start else { return nil }
        // The language's lexer skips blanks; a command line's value is taken as it is written.
        if start.first?.isWhitespace == true || start.last?.isWhitespace == true {
            throw ValidationError(
                "`--start \"\(start)\"` has spaces around the date: write it alone, as 2026-12-01")
        }
        guard let seconds = DateTimeText.parse(start) else {
            throw ValidationError("`--start \(start)` is not a date: use 2026-12-01 or 2026-12-01T09:30Z")
        }
        return seconds
    }
}
