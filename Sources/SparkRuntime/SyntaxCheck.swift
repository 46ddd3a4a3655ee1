import SparkSyntax

/// Parses a whole file, dropping each statement, and returns its diagnostics.
///
/// Streaming keeps memory flat on million-statement scripts; the run that follows parses again,
/// which costs less than holding every statement.
enum SyntaxCheck {
    /// `checker` is nil where names may come from elsewhere (a second file of `spark run a b`, an
    /// included file): the static check cannot see them, and must not report what is fine.
    static func diagnostics(of file: SourceFile, checker: StaticChecker?) -> [Diagnostic] {
        var parser = Parser(file: file, checker: checker)
        while parser.next() != nil {}
        return parser.diagnostics
    }
}
