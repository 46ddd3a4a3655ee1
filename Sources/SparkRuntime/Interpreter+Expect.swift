import SparkModel
import SparkSyntax

/// `expect X is [not] STATE` and `expect PROPERTY of X OP VALUE`.
extension Interpreter {
    func expectState(
        _ subjectExpression: Expression, _ negated: Bool, _ state: Identifier, _ range: SourceRange
    )
        throws(Diagnostic)
    {
        let subject = try self.subject(subjectExpression)
        let words = States.words(for: subject)
        guard let holds = States.holds(state.name, for: subject) else {
            let suggestion =
                Suggestion.closest(to: state.name, among: words).map { "did you mean `\($0)`? " } ?? ""
            throw error(
                "`\(state.name)` is not a state of \(States.kind(of: subject))", at: state.range,
                help: suggestion + "states: " + words.joined(separator: ", "))
        }
        let written = SourceLocation(file: currentFile, range: subjectExpression.range).text
        let failure: Diagnostic? =
            holds != negated
            ? nil
            : error(
                "expected `\(written)` \(negated ? "not " : "")to be \(state.name), but \(States.actual(subject, now: world.now))",
                at: range)
        record(CheckRecord(location: SourceLocation(file: currentFile, range: range), failure: failure))
    }

    func expectProperty(
        _ property: Identifier, _ subjectExpression: Expression, _ op: ComparisonOperator,
        _ expected: Expression,
        _ range: SourceRange
    ) throws(Diagnostic) {
        let subject = try self.subject(subjectExpression)
        guard let actual = Properties.value(property.name, of: subject) else {
            let names = Properties.names(for: subject)
            let suggestion =
                Suggestion.closest(to: property.name, among: names).map { "did you mean `\($0)`? " } ?? ""
            throw error(
                "\(States.kind(of: subject)) has no property `\(property.name)`", at: property.range,
                help: suggestion + "properties: " + names.joined(separator: ", "))
        }
        let wanted = try value(of: expected)
        guard let order = Properties.compare(actual, wanted) else {
            throw error(
                "cannot compare \(property.name) (\(actual.kindName)) with \(wanted.kindName)",
                at: expected.range)
        }
        let holds: Bool =
            switch op {
            case .equal: order == 0
            case .notEqual: order != 0
            case .less: order < 0
            case .lessOrEqual: order <= 0
            case .greater: order > 0
            case .greaterOrEqual: order >= 0
            }
        let failure: Diagnostic? =
            holds
            ? nil
            : error(
                "expected \(property.name) of \(subject.name) \(op.rawValue) \(wanted), but it is \(actual)",
                at: range)
        record(CheckRecord(location: SourceLocation(file: currentFile, range: range), failure: failure))
    }
}
