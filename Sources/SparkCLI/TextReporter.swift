import SparkBase
import SparkRuntime
import SparkSyntax

/// Prints records for people: results on standard output, diagnostics on standard error.
final class TextReporter: RecordSink {
    private let output: OutputBuffer
    private let printer: DiagnosticPrinter
    private let quiet: Bool
    /// On a terminal, text from scripts is shown with its control characters escaped: a caption
    /// must not retitle the window or clear the screen. Diagnostics: `DiagnosticRenderer`.
    private let escapesControls: Bool

    init(output: OutputBuffer, printer: DiagnosticPrinter, quiet: Bool) {
        self.output = output
        self.printer = printer
        self.quiet = quiet
        escapesControls = output.isTerminal
    }

    var wantsResults: Bool { !quiet }

    func emit(_ record: Record) {
        switch record {
        case .result(let result, _):
            if !quiet { output.writeLine(shown(ResultText.text(for: result))) }
        case .event(let event):
            if !quiet { output.writeLine(shown("  \(event.at)  \(event)")) }
        case .warning(let diagnostic), .error(let diagnostic):
            report(diagnostic)
        case .check(let check):
            if let failure = check.failure { report(failure, capped: false) }
        }
    }

    private func shown(_ text: String) -> String {
        escapesControls ? ControlCharacters.escaped(text) : text
    }

    /// Standard output is flushed first so a diagnostic appears after the results before it.
    private func report(_ diagnostic: Diagnostic, capped: Bool = true) {
        output.flush()
        printer.print(diagnostic, capped: capped)
    }
}
