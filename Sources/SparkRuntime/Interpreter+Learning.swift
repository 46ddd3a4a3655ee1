import SparkModel
import SparkSyntax

/// `help` and `explain`.
extension Interpreter {
    private func emitLearning(_ request: LearningRequest, _ range: SourceRange) {
        emit(.learning(request), range)
    }

    func help(_ topic: Identifier?, _ range: SourceRange) throws(Diagnostic) {
        guard let topic else {
            emitLearning(.helpOverview, range)
            return
        }
        let word = topic.name.lowercased()
        guard HelpTopics.words.contains(word) else {
            let suggestion = Suggestion.closest(to: topic.name, among: HelpTopics.words)
            throw error(
                "no help on `\(topic.name)`", at: topic.range,
                help: suggestion.map { "did you mean `help \($0)`?" } ?? "`help` lists the topics")
        }
        emitLearning(.help(topic: word), range)
    }

    // explain [NUMBER | IDENTIFIER]
    func explain(_ subject: Expression?, _ range: SourceRange) throws(Diagnostic) {
        guard let subject else {
            guard let last = state.lastError else {
                throw error(
                    "nothing to explain yet", at: range,
                    help: "after an error, `explain` says why; or name one: `explain 4025`")
            }
            if let refusal = last.refusal {
                emitLearning(.explanation([refusal]), range)
            } else {
                let shown = last.diagnostic
                emitLearning(.lastError(message: shown.message, notes: shown.notes, help: shown.help), range)
            }
            return
        }
        let matches: [DomainError]
        switch subject.kind {
        case .integer(let number):
            matches = DomainError.explainable.filter { $0.number.map(UInt64.init) == number }
        case .name(let identifier):
            matches = DomainError.explainable.filter { $0.identifier == identifier.name }
        case .string(let text): matches = DomainError.explainable.filter { $0.identifier == text }
        default: matches = []
        }
        guard !matches.isEmpty else {
            let known = Set(DomainError.explainable.compactMap(\.number)).sorted().map(String.init)
            throw error(
                "no error `\(SourceLocation(file: currentFile, range: subject.range).text)` to explain",
                at: subject.range,
                help: "TikTok's numbers: \(known.joined(separator: ", ")); or a name like auth_code_expired")
        }
        emitLearning(.explanation(matches), range)
    }
}
