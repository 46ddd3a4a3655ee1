import SparkModel
import SparkSyntax

/// `expect X is [not] STATE` and `expect VALUE OP VALUE`. A word that is no state or property of
/// the thing, and two values that do not compare, are failed checks (with the help a mistake
/// needs), not the end of the run.
extension Interpreter {
    func expectState(
        _ subjectExpression: Expression, _ negated: Bool, _ state: Identifier, _ range: SourceRange
    )
        throws(Diagnostic)
    {
        let subject = try self.subject(subjectExpression)
        let words = States.words(for: subject)
        let location = SourceLocation(file: currentFile, range: range)
        guard let holds = States.holds(state.name, for: subject) else {
            let alias = Language.stateAliases[state.name].flatMap { words.contains($0) ? $0 : nil }
            let suggestion =
                (alias ?? Suggestion.closest(to: state.name, among: words)).map { "did you mean `\($0)`? " }
                ?? ""
            let states = "states: " + words.joined(separator: ", ")
            let failure = error(
                "`\(state.name)` is not a state of \(States.kind(of: subject))", at: state.range,
                help: suggestion + states)
            record(CheckRecord(location: location, failure: failure))
            return
        }
        let written = SourceLocation(file: currentFile, range: subjectExpression.range).text
        let failure: Diagnostic? =
            holds != negated
            ? nil
            : error(
                "expected `\(written)` \(negated ? "not " : "")to be \(state.name), but \(States.actual(subject, now: world.now))",
                at: range)
        record(CheckRecord(location: location, failure: failure))
    }

    func expectComparison(
        _ left: Expression, _ op: ComparisonOperator, _ right: Expression, _ range: SourceRange
    ) throws(Diagnostic) {
        let location = SourceLocation(file: currentFile, range: range)
        let actual: Value
        let wanted: Value
        unknownWord = nil
        do {
            actual = try value(of: left)
            wanted = try value(of: right)
        } catch {
            // An unknown property fails the check; anything else (a division by zero, an unknown
            // video) is an error as it is elsewhere.
            guard let unknown = unknownWord, unknown.range == error.range else { throw error }
            unknownWord = nil
            record(CheckRecord(location: location, failure: error))
            return
        }
        guard let order = Value.order(actual, wanted) else {
            record(CheckRecord(location: location, failure: incomparable(left, actual, right, wanted)))
            return
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
                "expected \(text(of: left.range)) \(op.rawValue) \(text(of: right.range)), but it is \(actual)"
                    + (Self.isLiteral(right) ? "" : " and that is \(wanted)"),
                at: range)
        record(CheckRecord(location: location, failure: failure))
    }

    private func incomparable(_ left: Expression, _ actual: Value, _ right: Expression, _ wanted: Value)
        -> Diagnostic
    {
        var help: String?
        if case .money = actual, let number = wanted.ratio {
            help = "money is written `$\(number)`"
        } else if case .money = wanted, let number = actual.ratio {
            help = "money is written `$\(number)`"
        }
        return error(
            "cannot compare \(text(of: left.range)) (\(actual.kindName)) with \(wanted.kindName)",
            at: right.range, help: help)
    }

    private static func isLiteral(_ expression: Expression) -> Bool {
        switch expression.kind {
        case .integer, .decimal, .money, .timeSpan, .dateTime, .string, .code, .handle: true
        default: false
        }
    }
}
