import SparkModel
import SparkSyntax

/// `help` and `explain`.
extension Interpreter {
    func help(_ topic: Identifier?, _ range: SourceRange) throws(Diagnostic) {
        guard let topic else {
            emit(HelpCatalogue.overview, range)
            return
        }
        guard let text = HelpCatalogue.text(for: topic.name.lowercased()) else {
            let suggestion = Suggestion.closest(to: topic.name, among: HelpCatalogue.words)
            throw error(
                "no help on `\(topic.name)`", at: topic.range,
                help: suggestion.map { "did you mean `help \($0)`?" } ?? "`help` lists the topics")
        }
        emit(text, range)
    }

    // explain [NUMBER | IDENTIFIER]
    func explain(_ subject: Expression?, _ range: SourceRange) throws(Diagnostic) {
        guard let subject else {
            guard let last = lastDomainError else {
                throw error(
                    "nothing to explain yet", at: range,
                    help: "after an error, `explain` says why; or name one: `explain 4025`")
            }
            emit(Explanation.text(for: last), range)
            return
        }
        let matches: [DomainError]
        switch subject.kind {
        case .integer(let number):
            matches = DomainError.catalogue.filter { $0.number.map(UInt64.init) == number }
        case .name(let identifier):
            matches = DomainError.catalogue.filter { $0.identifier == identifier.name }
        case .string(let text): matches = DomainError.catalogue.filter { $0.identifier == text }
        default: matches = []
        }
        guard !matches.isEmpty else {
            let known = Set(DomainError.catalogue.compactMap(\.number)).sorted().map(String.init)
            throw error(
                "no error `\(SourceLocation(file: currentFile, range: subject.range).text)` to explain",
                at: subject.range,
                help: "TikTok's numbers: \(known.joined(separator: ", ")); or a name like auth_code_expired")
        }
        emit(matches.map(Explanation.text(for:)).joined(separator: "\n\n"), range)
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
