import ArgumentParser
import SparkInteractive
import SparkModel
import SparkRuntime
import SparkSyntax

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
            65 syntax errors, 74 a file that cannot be read or written.
            """,
        version: SparkVersion.text,
        subcommands: [
            RunCommand.self, TestCommand.self, CheckCommand.self, ReplCommand.self,
            HelpTopicCommand.self, ExplainCommand.self, TutorialCommand.self,
            FmtCommand.self, LspCommand.self, CompletionCommand.self,
        ])

    /// `spark run [-q|--quiet] FILE...` is parsed by hand: ArgumentParser's reflection is three
    /// quarters of the instructions of a one-statement run, and start-up is what a CI loop of small
    /// scripts pays for. Anything else (other options, `--help`, mistakes) goes through ArgumentParser.
    public static func main() {
        guard let fast = FastRunArguments(CommandLine.arguments.dropFirst()) else {
            main(nil)
            return
        }
        do {
            try RunCommand.run(
                files: fast.files, options: SessionOptions(), quiet: fast.quiet, format: .text, color: .auto)
        } catch let code as ExitCode {
            exit(withError: code)
        } catch {
            exit(withError: error)
        }
        exit(withError: nil)
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
