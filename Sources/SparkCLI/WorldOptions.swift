import ArgumentParser
import SparkInteractive
import SparkModel
import SparkRuntime
import SparkSyntax

/// `--seed` and `--start`, shared by the commands that build a world.
struct WorldOptions: ParsableArguments {
    @Option(help: "Seed for the code generator (scripts default to a fixed seed, the REPL to a CSPRNG).")
    var seed: UInt64?

    @Option(help: "Start of the simulated clock, e.g. 2026-12-01 or 2026-12-01T09:30Z (UTC).")
    var start: String?

    func validate() throws {
        if let start, DateTimeText.parse(start) == nil {
            throw ValidationError("`--start \(start)` is not a date: \(DateTimeText.problem(start))")
        }
    }

    /// Options for a script run: fixed clock and seed unless overridden.
    func scriptOptions() throws -> SessionOptions {
        SessionOptions(
            start: try startSeconds() ?? SessionOptions.defaultStart,
            seed: seed ?? SessionOptions.defaultSeed)
    }

    /// Options for an interactive session: real time and real randomness unless overridden.
    func interactiveOptions(now: Int64) throws -> SessionOptions {
        SessionOptions(start: try startSeconds() ?? now, seed: seed)
    }

    private func startSeconds() throws -> Int64? {
        guard let start else { return nil }
        guard let seconds = DateTimeText.parse(start) else {
            throw ValidationError("`--start \(start)` is not a date: use 2026-12-01 or 2026-12-01T09:30Z")
        }
        return seconds
    }
}
