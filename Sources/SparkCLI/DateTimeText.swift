import SparkInteractive
import SparkModel
import SparkRuntime
import SparkSyntax

/// Reads a date from the command line with the language's own lexer, so `--start` accepts exactly
/// what a `start` statement accepts.
enum DateTimeText {
    static func parse(_ text: String) -> Int64? {
        let (statements, diagnostics) = Parser.parse(SourceFile(path: "--start", text: text))
        guard diagnostics.isEmpty, statements.count == 1,
            case .expression(let expression) = statements[0].kind,
            case .dateTime(let literal) = expression.kind
        else { return nil }
        return literal.secondsSinceEpoch
    }
}
