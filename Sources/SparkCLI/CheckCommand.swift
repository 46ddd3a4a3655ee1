import ArgumentParser
import SparkSyntax

/// `spark check FILE...`: syntax and static checks, no world.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check scripts for syntax errors without running them.",
        discussion: """
            Parses each file and runs the checks that need no world. Prints diagnostics to \
            standard error. A name used before any `let` binds it is a warning (an included file \
            may bind it). Exit status: 0 when no file has an error (warnings allowed), 65 when any \
            has one, 74 when a file cannot be read or standard error written, 64 for usage. With --format json, each \
            diagnostic is one JSON object on a line of standard output (`spark run --format json`'s \
            `diagnostic` object, with `endLine` and `endColumn`, the end of its range, exclusive).
            """)

    @Argument(help: "Scripts to check; `-` reads standard input.", completion: .file(extensions: ["spark"]))
    var files: [String]

    @Option(help: "Colour diagnostics: auto (on a terminal, unless NO_COLOR is set), always, never.")
    var color: ColorChoice = .auto

    @Option(
        help:
            "How diagnostics are printed: text (to standard error) or json (one object per line, to standard output)."
    )
    var format: OutputFormat = .text

    func run() throws {
        let printer = DiagnosticPrinter(color: color)
        let json = format == .json ? OutputBuffer(descriptor: 1) : nil
        var errorCount = 0
        var warningCount = 0
        func report(_ diagnostic: Diagnostic) {
            if diagnostic.severity == .error { errorCount += 1 }
            if diagnostic.severity == .warning { warningCount += 1 }
            if let json {
                json.writeLine(DiagnosticJSON.line(for: diagnostic))
            } else {
                printer.print(diagnostic)
            }
        }
        var unreadable = false
        for path in files {
            do {
                let file = try SourceReader.read(path)
                // A big file is parsed as two halves on two cores, with the diagnostics of one pass.
                for diagnostic in ParallelCheck.diagnostics(of: file) { report(diagnostic) }
            } catch {
                report(error)
                unreadable = true
            }
        }
        json?.flush()
        if unreadable { throw ExitStatus.ioError }
        if errorCount > 0 {
            let noun = errorCount == 1 ? "error" : "errors"
            Terminal.writeError("spark: \(errorCount) \(noun)\n")
            throw ExitStatus.dataError
        }
        if warningCount > 0 {
            let noun = warningCount == 1 ? "warning" : "warnings"
            Terminal.writeError("spark: \(warningCount) \(noun), no errors\n")
        }
    }
}
