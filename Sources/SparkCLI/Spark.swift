import ArgumentParser
import SparkRuntime

/// `spark`: the TikTok Spark Code workflow as a scripting language.
public struct Spark: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "spark",
        abstract: "The TikTok Spark Code workflow as a small scripting language.",
        discussion: """
            Write the workflow as statements (a creator authorizes a video, a brand redeems the \
            code and runs a campaign), run them against a faithful simulation, and see what \
            happens. With no subcommand, spark starts the REPL on a terminal and runs standard \
            input as a script otherwise.

            Exit status: 0 success, 1 a runtime error or failed expectation, 64 usage, \
            65 syntax errors, 74 a file that cannot be read or written (standard output and \
            error included).
            """,
        version: SparkVersion.text,
        subcommands: [
            RunCommand.self, TestCommand.self, CheckCommand.self, ReplCommand.self,
            HelpTopicCommand.self, ExplainCommand.self, TutorialCommand.self, ServeCommand.self,
            FmtCommand.self, LspCommand.self, CompletionCommand.self,
        ])

    /// `spark run [-q|--quiet] FILE...` is parsed by hand: ArgumentParser's reflection is three
    /// quarters of the instructions of a one-statement run, and start-up is what a CI loop of small
    /// scripts pays for. Anything else (other options, `--help`, mistakes) goes through ArgumentParser.
    public static func main() {
        guard let fast = FastRunArguments(CommandLine.arguments.dropFirst()) else {
            do {
                var command = try parseAsRoot(Array(CommandLine.arguments.dropFirst()))
                try command.run()
                finish(nil)
            } catch {
                finish(error)
            }
        }
        do {
            try RunCommand.run(
                files: fast.files, options: SessionOptions(), quiet: fast.quiet, format: .text, color: .auto)
            finish(nil)
        } catch {
            finish(error)
        }
    }

    /// Exits as `error` says, unless a write to standard output or error failed: then the output is
    /// incomplete and the exit status is 74, whatever the command's own outcome.
    private static func finish(_ error: Error?) -> Never {
        if let failure = OutputFailure.failure() {
            let stream = failure.descriptor == 2 ? "standard error" : "standard output"
            Terminal.writeError("spark: error: cannot write \(stream): \(failure.reason)\n")
            exit(withError: ExitStatus.ioError)
        }
        exit(withError: error)
    }

    public init() {}

    public func run() throws {
        // A command built with `ReplCommand()` has no parsed values to read: parse it, like any other.
        if Terminal.isTerminal(0) {
            try ReplCommand.parse([]).run()
        } else {
            try RunCommand.parse(["-"]).run()
        }
    }
}
