import SparkRuntime
import SparkSyntax

/// An `expect` that never ran: a runtime error stopped its scenario first.
struct SkippedCheck: Sendable {
    var location: SourceLocation
    /// "the scenario stopped at line 7 with a runtime error".
    var reason: String
}

/// Finds the `expect`s of a scenario that a runtime error kept from running.
enum UnreachedChecks {
    /// The file's `expect`s (nested ones included) that come after the runtime error and produced
    /// no check. When the error is in an included file, those after the last check that ran.
    static func after(_ result: ScenarioResult, in file: SourceFile) -> [SkippedCheck] {
        guard let error = result.errors.last else { return [] }
        let ran = Set(result.checks.filter { $0.location.file.path == file.path }.map(\.location.range.start))
        let stop: Int
        let place: String
        if let errorFile = error.file, errorFile.path == file.path, let range = error.range {
            stop = range.start
            place = "line \(file.location(of: range).line)"
        } else {
            stop = ran.max() ?? -1
            place =
                error.file.map { errorFile in
                    error.range.map { "\(errorFile.path):\(errorFile.location(of: $0).line)" }
                        ?? errorFile.path
                } ?? "its start"
        }
        let reason = "not run: the scenario stopped at \(place) with a runtime error"
        var parser = Parser(file: file, checker: nil)
        var expects: [SourceRange] = []
        while let statement = parser.next() { collectExpects(statement, into: &expects) }
        return expects.filter { $0.start > stop && !ran.contains($0.start) }.map {
            SkippedCheck(location: SourceLocation(file: file, range: $0), reason: reason)
        }
    }

    private static func collectExpects(_ statement: Statement, into expects: inout [SourceRange]) {
        switch statement.kind {
        case .expectState, .expectComparison, .expectError: expects.append(statement.range)
        case .block(let body), .repeatBlock(_, _, let body), .forEach(_, _, let body):
            for inner in body { collectExpects(inner, into: &expects) }
        case .bind(_, let value): collectExpects(value, into: &expects)
        default: break
        }
    }
}
