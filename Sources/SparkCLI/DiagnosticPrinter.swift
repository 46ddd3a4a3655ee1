import SparkInteractive
import SparkModel
import SparkRuntime
import SparkSyntax

/// Renders diagnostics to standard error, counting them for the closing summary.
final class DiagnosticPrinter {
    private let renderer: DiagnosticRenderer
    private(set) var errorCount = 0
    private(set) var warningCount = 0

    init(color: ColorChoice) {
        renderer = DiagnosticRenderer(colors: color.enabled(forDescriptor: 2))
    }

    func print(_ diagnostic: Diagnostic) {
        if diagnostic.severity == .error { errorCount += 1 }
        if diagnostic.severity == .warning { warningCount += 1 }
        Terminal.writeError(renderer.render(diagnostic) + "\n")
    }
}
