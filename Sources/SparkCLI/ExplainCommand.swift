import ArgumentParser
import SparkInteractive
import SparkModel
import SparkRuntime
import SparkSyntax

/// `spark explain [NUMBER|NAME]`: the troubleshooting entry of an error.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain an error: what went wrong, why TikTok works that way, what to do.",
        discussion:
            "Give TikTok's error number (4025) or the error's name (auth_code_expired); without one, lists them all."
    )

    @Argument(help: "An error number such as 4025, or a name such as auth_code_expired.")
    var error: String?

    func run() throws {
        guard let error else {
            for entry in DomainError.explainable {
                let number = entry.number.map { "\($0)  " } ?? "      "
                print(number + entry.identifier + ": " + entry.message)
            }
            return
        }
        let matches = DomainError.explainable.filter {
            $0.identifier == error || $0.number.map(String.init) == error
        }
        guard !matches.isEmpty else {
            let names = DomainError.explainable.map(\.identifier)
            let hint = Suggestion.closest(to: error, among: names).map { "; did you mean `\($0)`?" } ?? ""
            throw ValidationError("no error `\(error)`\(hint) (`spark explain` lists them)")
        }
        print(matches.map(Explanation.text(for:)).joined(separator: "\n\n"))
    }
}
