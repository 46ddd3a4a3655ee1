import SparkModel
import SparkRuntime

/// The text of what `help` and `explain` asked for.
public enum LearningText {
    public static func text(for request: LearningRequest) -> String {
        switch request {
        case .helpOverview: HelpCatalogue.overview
        case .help(let topic): HelpCatalogue.text(for: topic) ?? "no help on `\(topic)`"
        case .explanation(let errors): errors.map(Explanation.text(for:)).joined(separator: "\n\n")
        case .lastError(let message, let notes, let help):
            Explanation.lastError(message: message, notes: notes, help: help)
        }
    }
}

/// The troubleshooting entry of an error: what went wrong, why TikTok works that way, what to do.
public enum Explanation {
    public static func text(for error: DomainError) -> String {
        let heading = error.number.map { "error \($0) (\(error.identifier))" } ?? error.identifier
        return [
            heading,
            "  what went wrong: \(error.message)",
            "  why:             \(error.why)",
            "  what to do:      \(error.help)",
        ].joined(separator: "\n")
    }

    /// The last error, when it is not one of the domain's: a mistake in the statement itself.
    public static func lastError(message: String, notes: [String], help: String?) -> String {
        var lines = [
            "the last error",
            "  what went wrong: \(message)",
        ]
        for note in notes { lines.append("                   \(note)") }
        lines.append(
            "  why:             spark checks a statement before anything reaches TikTok, and this one did not pass"
        )
        let help = help ?? "`help` and the statement's first word show how it is written"
        lines.append("  what to do:      \(help)")
        return lines.joined(separator: "\n")
    }
}
