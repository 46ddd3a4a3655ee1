import ArgumentParser
import SparkInteractive
import SparkRuntime
import SparkSyntax

/// `spark help [TOPIC]`: the language's help, the same text as the `help` statement.
struct HelpTopicCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "help",
        abstract: "Show the language's help: every statement, an example, and its TikTok screen.",
        discussion: "Without a topic, lists the topics. `spark help COMMAND` shows a command's options.")

    /// The topics, from the language table.
    static let topicHelp = ArgumentHelp(
        "A topic (\((HelpTopics.groups.map(\.name) + HelpTopics.notes).joined(separator: ", "))) or a statement's first word."
    )

    @Argument(help: topicHelp, completion: .list(HelpTopics.words))
    var topic: String?

    func validate() throws {
        guard let topic, !isCommand(topic), HelpCatalogue.text(for: topic.lowercased()) == nil else { return }
        var message = "no help on `\(topic)`"
        if let suggestion = Suggestion.closest(to: topic, among: HelpCatalogue.words) {
            message += "; did you mean `\(suggestion)`?"
        }
        let topics = (HelpTopics.groups.map(\.name) + HelpTopics.notes).joined(separator: ", ")
        message += ": the topics are \(topics), any statement's first word (`spark help creator` lists"
        message += " them), or a command: \(Self.commands.joined(separator: ", "))"
        throw ValidationError(message)
    }

    private static var commands: [String] {
        Spark.configuration.subcommands.map { $0.configuration.commandName ?? "" }.filter { !$0.isEmpty }
    }

    private func isCommand(_ word: String) -> Bool { Self.commands.contains(word) }

    func run() throws {
        guard let topic else {
            print(HelpCatalogue.overview)
            return
        }
        // `spark help run` is ArgumentParser's convention, which its own help text advertises.
        if let command = Spark.configuration.subcommands.first(where: {
            $0.configuration.commandName == topic
        }) {
            print(Spark.helpMessage(for: command))
            return
        }
        guard let text = HelpCatalogue.text(for: topic.lowercased()) else {
            var message = "no help on `\(topic)`"
            if let suggestion = Suggestion.closest(to: topic, among: HelpCatalogue.words) {
                message += "; did you mean `\(suggestion)`?"
            }
            throw ValidationError(message + " (`spark help` lists the topics)")
        }
        print(text)
    }
}
