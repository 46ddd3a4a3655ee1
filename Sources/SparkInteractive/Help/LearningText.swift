import SparkModel
import SparkRuntime
import SparkSyntax

/// The text of what `help` and `explain` asked for.
public enum LearningText {
    public static func text(for request: LearningRequest) -> String {
        switch request {
        case .helpOverview: HelpCatalogue.overview
        case .help(let topic): HelpCatalogue.text(for: topic) ?? "no help on `\(topic)`"
        case .explanation(let errors): errors.map(Explanation.text(for:)).joined(separator: "\n\n")
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
}
