import SparkSyntax

/// Renders diagnostics to standard error, counting them for the closing summary.
///
/// At most `limitPerFile` are shown for one file, then one line says the rest are not: 100,000
/// stray `}` would otherwise print 26 MB of errors that nobody reads. All are counted. A failed
/// `expect` under `spark run` is shown whatever the count (`capped: false`): a run promises to
/// report every one.
final class DiagnosticPrinter {
    static let limitPerFile = 100

    private let renderer: DiagnosticRenderer
    private(set) var errorCount = 0
    private(set) var warningCount = 0
    /// The file of the diagnostics being shown, and how many of its have been.
    private var currentFile: SourceFile?
    private var shownForFile = 0

    init(color: ColorChoice) {
        renderer = DiagnosticRenderer(
            colors: color.enabled(forDescriptor: 2), escapesControls: Terminal.isTerminal(2))
    }

    func print(_ diagnostic: Diagnostic, capped: Bool = true) {
        if diagnostic.severity == .error { errorCount += 1 }
        if diagnostic.severity == .warning { warningCount += 1 }
        if capped, let file = diagnostic.file {
            if file !== currentFile {
                currentFile = file
                shownForFile = 0
            }
            shownForFile += 1
            if shownForFile == Self.limitPerFile + 1 {
                Terminal.writeError("\(file.path): too many errors; stopping\n\n")
            }
            if shownForFile > Self.limitPerFile { return }
        }
        Terminal.writeError(renderer.render(diagnostic) + "\n")
    }
}
