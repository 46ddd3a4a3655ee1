import SparkSyntax

/// `spark check --format json`: `spark run --format json`'s `diagnostic` object with the end of
/// the range as well (`endLine`, `endColumn`, exclusive), for linters and CI annotations.
enum DiagnosticJSON {
    static func line(for diagnostic: Diagnostic) -> String {
        var object = JSONObject.diagnostic(diagnostic)
        if let file = diagnostic.file, let range = diagnostic.range {
            let end = file.location(of: SourceRange(start: range.end, end: range.end))
            object.add("endLine", end.line)
            object.add("endColumn", end.column)
        }
        return object.text
    }
}
