import ArgumentParser
import SparkInteractive
import SparkModel
import SparkRuntime
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
            has one, 74 when a file cannot be read, 64 for usage.
            """)

    @Argument(help: "Scripts to check; `-` reads standard input.", completion: .file(extensions: ["spark"]))
    var files: [String]

    @Option(help: "Colour diagnostics: auto (on a terminal, unless NO_COLOR is set), always, never.")
    var color: ColorChoice = .auto

    func run() throws {
        let printer = DiagnosticPrinter(color: color)
        var unreadable = false
        for path in files {
            do {
                let file = try SourceReader.read(path)
                // A big file is parsed as two halves on two cores, with the diagnostics of one pass.
                for diagnostic in ParallelCheck.diagnostics(of: file) { printer.print(diagnostic) }
            } catch {
                printer.print(error)
                unreadable = true
            }
        }
        if unreadable { throw ExitStatus.ioError }
        if printer.errorCount > 0 {
            let noun = printer.errorCount == 1 ? "error" : "errors"
            Terminal.writeError("spark: \(printer.errorCount) \(noun)\n")
            throw ExitStatus.dataError
        }
        if printer.warningCount > 0 {
            let noun = printer.warningCount == 1 ? "warning" : "warnings"
            Terminal.writeError("spark: \(printer.warningCount) \(noun), no errors\n")
        }
    }
}
