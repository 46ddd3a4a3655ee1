import SparkSyntax

/// Parses a whole file, dropping each statement, and returns its diagnostics.
///
/// Streaming keeps memory flat on million-statement scripts; the run that follows parses again,
/// which costs less than holding every statement.
enum SyntaxCheck {
    static func diagnostics(of file: SourceFile) -> [Diagnostic] {
        var parser = Parser(file: file)
        while parser.next() != nil {}
        return parser.diagnostics
    }
}
