import ArgumentParser
import SparkInteractive
import SparkModel
import SparkRuntime

/// `spark explain [NUMBER|NAME]`: the troubleshooting entry of an error.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain an error: what went wrong, why TikTok works that way, what to do.",
        discussion:
            "Give TikTok's error number (4025) or the error's name (auth_code_expired); without one, lists them all."
    )

    @Argument(
        help: "An error number such as 4025, or a name such as auth_code_expired.",
        completion: .list(ExplainCommand.completionWords))
    var error: String?

    func validate() throws {
        guard let error, Self.entries(for: error).isEmpty else { return }
        let numbers = Set(DomainError.explainable.compactMap(\.number)).sorted().map(String.init)
        var message = "no error `\(error)`"
        if let suggestion = Suggestion.closest(to: error, among: DomainError.explainable.map(\.identifier)) {
            message += "; did you mean `\(suggestion)`?"
        }
        message += ": TikTok's numbers are \(numbers.joined(separator: ", ")); the other errors go by name"
        message += ", such as auth_code_expired (`spark explain` lists all \(DomainError.explainable.count))"
        throw ValidationError(message)
    }

    static func entries(for error: String) -> [DomainError] {
        DomainError.explainable.filter { $0.identifier == error || $0.number.map(String.init) == error }
    }

    func run() throws {
        guard let error else {
            for entry in DomainError.explainable {
                let number = entry.number.map { "\($0)  " } ?? "      "
                print(number + entry.identifier + ": " + entry.message)
            }
            return
        }
        let matches = Self.entries(for: error)
        print(matches.map(Explanation.text(for:)).joined(separator: "\n\n"))
    }
}

extension ExplainCommand {
    /// What the shells complete after `spark explain`: the errors' names, then TikTok's numbers.
    static var completionWords: [String] {
        let catalogue = DomainError.explainable
        let numbers = Set(catalogue.compactMap(\.number)).sorted().map(String.init)
        return catalogue.map(\.identifier) + numbers
    }
}
