import SparkBase
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

    /// Why `text` is not a date: for a day the month does not have, the month's length
    /// ("February 2026 has 28 days"); then the forms that are dates.
    static func problem(_ text: String) -> String {
        let forms = "write a date such as 2026-12-01, or a time such as 2026-12-01T09:30Z (UTC)"
        let parts = text.prefix(10).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) }),
            let year = Int64(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return forms }
        guard (1...12).contains(month) else { return "there is no month \(month); " + forms }
        let length = CivilDate.daysIn(month: month, year: year)
        guard (1...length).contains(day) else {
            return "\(CivilDate.monthNames[month - 1]) \(year) has \(length) days; " + forms
        }
        return forms
    }
}
