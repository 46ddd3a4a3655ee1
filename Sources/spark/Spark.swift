import ArgumentParser

/// `spark`: the TikTok Spark Code workflow as a scripting language.
@main
struct Spark: ParsableCommand {
    static let configuration = CommandConfiguration(
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
        subcommands: [
            RunCommand.self, TestCommand.self, CheckCommand.self, ReplCommand.self,
            HelpTopicCommand.self, ExplainCommand.self, TutorialCommand.self,
        ])

    func run() throws {
        if Terminal.isTerminal(0) {
            try ReplCommand().run()
        } else {
            try RunCommand.parse(["-"]).run()
        }
    }
}
