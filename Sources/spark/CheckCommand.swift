import ArgumentParser
import SparkSyntax

/// `spark check FILE...`: syntax and static checks, no world.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check scripts for syntax errors without running them.",
        discussion: """
            Parses each file and runs the checks that need no world (a name used before it is \
            bound, for example). Prints diagnostics to standard error. Exit status: 0 when every \
            file is clean, 65 when any has an error, 74 when a file cannot be read, 64 for usage.
            """)

    @Argument(help: "Scripts to check; `-` reads standard input.")
    var files: [String]

    @Option(help: "Colour diagnostics: auto (on a terminal, unless NO_COLOR is set), always, never.")
    var color: ColorChoice = .auto

    func run() throws {
        let printer = DiagnosticPrinter(color: color)
        var unreadable = false
        for path in files {
            do {
                let file = try SourceReader.read(path)
                for diagnostic in Checker.check(file) { printer.print(diagnostic) }
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
    }
}
