import SparkSyntax

/// `spark check`'s work for one file: the parser's syntax errors and its static checks.
enum Checker {
    static func check(_ file: SourceFile) -> [Diagnostic] {
        var parser = Parser(file: file)
        while parser.next() != nil {}
        return parser.diagnostics
    }
}
