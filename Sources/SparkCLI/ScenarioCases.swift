import SparkRuntime
import SparkSyntax

/// A scenario's results as test cases, the one shape the TAP, JSON and JUnit reports all draw:
/// each check that ran, each check a runtime error kept from running, and each error.
struct ScenarioCase {
    enum Status {
        case passed
        case failed(Diagnostic)
        case skipped(reason: String)
        /// A syntax, runtime or I/O error of the file itself.
        case error(Diagnostic, kind: ErrorKind)
    }

    enum ErrorKind: String {
        case syntax, runtime, io
    }

    /// "line 4: expect c is redeemed", "scenarios/typo.spark:2: syntax error".
    var name: String
    var status: Status
    /// Where the case points, when it has a place.
    var file: String?
    var line: Int?
    var column: Int?
    /// The `expect` as written (checks only).
    var source: String?
    var seconds: Double

    var isFailure: Bool { if case .failed = status { true } else { false } }
    var isError: Bool { if case .error = status { true } else { false } }
    var isSkipped: Bool { if case .skipped = status { true } else { false } }

    /// The cases of one file, in this order: checks that ran, checks skipped, errors.
    static func cases(of result: ScenarioResult) -> [ScenarioCase] {
        var cases: [ScenarioCase] = []
        for (index, check) in result.checks.enumerated() {
            let seconds = index < result.checkSeconds.count ? result.checkSeconds[index] : 0
            cases.append(
                checkCase(
                    check.location, status: check.failure.map(Status.failed) ?? .passed, seconds: seconds))
        }
        for skipped in result.skipped {
            cases.append(checkCase(skipped.location, status: .skipped(reason: skipped.reason), seconds: 0))
        }
        // The time after the last check went to the errors: to reading, parsing or the statement
        // that failed.
        let errors = result.errors
        let errorSeconds =
            max(0, result.seconds - result.checkSeconds.reduce(0, +)) / Double(max(1, errors.count))
        for error in errors {
            let kind: ErrorKind = result.outcome == .invalid ? .syntax : error.file == nil ? .io : .runtime
            var place = result.path
            var line: Int?
            var column: Int?
            if let file = error.file, let range = error.range {
                let position = file.location(of: range)
                place = "\(file.path):\(position.line)"
                line = position.line
                column = position.column
            }
            let name = kind == .io ? "\(place): cannot be read" : "\(place): \(kind.rawValue) error"
            cases.append(
                ScenarioCase(
                    name: name, status: .error(error, kind: kind), file: error.file?.path ?? result.path,
                    line: line, column: column, source: nil, seconds: errorSeconds))
        }
        return cases
    }

    /// The source on one line: a multi-line `expect error { ... }` has its line breaks and their
    /// indentation folded to single spaces.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.drop(while: \.isWhitespace) }.joined(separator: " ")
    }

    private static func checkCase(_ location: SourceLocation, status: Status, seconds: Double) -> ScenarioCase
    {
        let position = location.file.location(of: location.range)
        return ScenarioCase(
            name: "line \(position.line): \(oneLine(location.text))", status: status,
            file: location.file.path,
            line: position.line, column: position.column, source: location.text, seconds: seconds)
    }
}
