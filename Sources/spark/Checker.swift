import SparkSyntax

/// `spark check`'s work for one file: the parser's syntax errors and its static checks (a big file's
/// two halves on two threads, with the sequential result).
enum Checker {
    static func check(_ file: SourceFile) -> [Diagnostic] {
        ParallelCheck.diagnostics(of: file)
    }
}
